// The deck built from content/ at build time by the deck Vite plugin (src/pipeline/node/vite-plugin-deck.ts).
declare module 'virtual:deck' {
  // An ambient module cannot import a relative path; an import type is the way to name the type here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const deck: import('./domain/deck').Deck;
  export default deck;
}
