import { generateNotes } from './bench/generate-notes';
import { buildDeck } from './src/pipeline/build-deck';
const text = generateNotes({ bytes: 1_000_000, seed: 20_240_601 });
buildDeck([{ path: 'x.md', text }]);
const t = performance.now();
buildDeck([{ path: 'x.md', text }]);
console.log('build', performance.now() - t);
