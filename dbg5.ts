import { writeFileSync } from 'node:fs';
import { generateNotes } from './bench/generate-notes';
writeFileSync('/tmp/gen.md', generateNotes({ bytes: 100_000, seed: 20_240_601 }));
