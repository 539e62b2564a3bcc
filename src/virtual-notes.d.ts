// The chapters as readable documents, built from content/ at build time by the deck Vite plugin
// (src/pipeline/node/vite-plugin-deck.ts). Import it with `import()` only, so it stays out of the initial page.
declare module 'virtual:notes' {
  // An ambient module cannot import a relative path; an import type is the way to name the type here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const documents: import('./domain/note-document').NoteDocuments;
  export default documents;
}
