import { readSubjectStatement } from './src/pipeline/rules/subject-statement';
const t = process.argv[2];
console.log(readSubjectStatement({ text: t, mask: t }));
