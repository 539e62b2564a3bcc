import { VFile } from 'vfile';
import { normaliseNotes } from './src/pipeline/normalise/normalise-notes';
import { parseMarkdown } from './src/pipeline/parse-markdown';
import { splitChapters } from './src/pipeline/structure/chapters';
import { createRuleContext } from './src/pipeline/rules/run-rules';
import { RULES } from './src/pipeline/rules/rule-list';
import { enumeration } from './src/pipeline/rules/enumeration';
const text = process.argv[2].replace(/\\n/g, '\n');
const file = new VFile({ path: 'x.md', value: text });
const notes = normaliseNotes(parseMarkdown(text), text, file);
for (const ch of splitChapters(notes, file).chapters) {
  const ctx = createRuleContext(ch.outline, { id: 'x', title: ch.title, file: 'x.md' }, RULES);
  console.log(ch.title, ch.outline.marker, ch.outline.children.map(c => c.marker + ':' + c.text));
  console.log(JSON.stringify(enumeration.apply(ch.outline, ctx)));
}
