// The deck built from content/ at build time by the deck Vite plugin (src/pipeline/node/vite-plugin-deck.ts).

// The outline the first page carries, and loaders for the rest: each chapter's sections and cards, the deck's
// warnings, and each chapter's note document (chunks of their own).
declare module 'virtual:deck-outline' {
  // An ambient module cannot import a relative path; import types are the way to name the types here.
  /* eslint-disable @typescript-eslint/consistent-type-imports */
  const outline: import('./domain/deck-outline').DeckOutline;
  export default outline;
  export const chapterLoaders: Readonly<Record<string, () => Promise<{ default: import('./domain/deck-payload').ChapterPayload }>>>;
  export const documentLoaders: Readonly<Record<string, () => Promise<{ default: import('./domain/note-document').NoteDocument }>>>;
  export const loadRest: () => Promise<{ default: import('./domain/deck-payload').DeckRestPayload }>;
  /* eslint-enable @typescript-eslint/consistent-type-imports */
}

// The whole deck in one module, for tests and tools. The app never imports it: the first page would carry every card.
declare module 'virtual:deck' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const deck: import('./domain/deck').Deck;
  export default deck;
}
