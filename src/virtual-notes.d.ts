// Every chapter's note document in one module, built from content/ at build time by the deck Vite plugin
// (src/pipeline/node/vite-plugin-deck.ts), for tests and tools. The app loads one chapter's document at a time
// through `documentLoaders` of `virtual:deck-outline`.
declare module 'virtual:notes' {
  // An ambient module cannot import a relative path; an import type is the way to name the type here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const documents: import('./domain/note-document').NoteDocuments;
  export default documents;
}
