// The deck built from content/ at build time by the deck Vite plugin (src/pipeline/node/vite-plugin-deck.ts).
declare module 'virtual:deck' {
  const deck: import('./domain/deck').Deck;
  export default deck;
}
