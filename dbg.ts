import { buildDeck } from './src/pipeline/build-deck';
const text = process.argv[2].replace(/\\n/g, '\n');
const deck = buildDeck([{ path: 'x.md', text }]);
for (const c of deck.cards) console.log(c.kind, JSON.stringify(c.prompt), '→', JSON.stringify(c.answer), c.items ?? '');
console.log(deck.warnings.map(w=>w.message));
