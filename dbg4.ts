import { generateNotes } from './bench/generate-notes';
import { buildDeck } from './src/pipeline/build-deck';
import { parseMarkdown } from './src/pipeline/parse-markdown';
const text = generateNotes({ bytes: 1_000_000, seed: 20_240_601 });
for (let i = 0; i < 3; i++) {
  let t = performance.now(); parseMarkdown(text); const p = performance.now() - t;
  t = performance.now(); const d = buildDeck([{ path: 'x.md', text }]); const b = performance.now() - t;
  console.log(`parse ${p.toFixed(0)} build ${b.toFixed(0)} ratio ${(b / p).toFixed(2)} cards ${d.cards.length}`);
}
