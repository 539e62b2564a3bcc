// Vite plugin: builds the deck from the notes folder and serves it as `virtual:deck`.
// Only the deck's JSON reaches the client: the pipeline (remark, unified) runs here, in Node.
// Warnings become Vite warnings with file:line:column; unreadable notes fail the build.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Deck } from '../../domain/deck';
import { buildDeck } from '../build-deck';
import { describeDeckWarning, describeReadProblem } from './places';
import { readNotes } from './read-notes';

export const VIRTUAL_DECK_ID = 'virtual:deck';
const RESOLVED_DECK_ID = '\0' + VIRTUAL_DECK_ID;
const NOTE_FILE = /\.(md|markdown)$/i;

export interface DeckPluginOptions {
  /** Folder with the notes, relative to the Vite root. */
  contentDir?: string;
}

/** The module Vite serves for `virtual:deck`. */
export function deckModuleCode(deck: Deck): string {
  // JSON.parse of a string literal is faster to start than an object literal of the same size.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(deck))});\n`;
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  let root = process.cwd();
  let contentDir = path.resolve(root, options.contentDir ?? 'content');

  const isNote = (file: string) => {
    const absolute = path.resolve(file);
    return absolute.startsWith(contentDir + path.sep) && NOTE_FILE.test(absolute);
  };

  return {
    name: 'study-deck:deck',
    configResolved(config) {
      root = config.root;
      contentDir = path.resolve(root, options.contentDir ?? 'content');
    },
    configureServer(server: ViteDevServer) {
      // The notes may live outside the Vite root, where the dev server does not watch by default.
      server.watcher.add(contentDir);
    },
    resolveId: {
      filter: { id: /^virtual:deck$/ },
      handler(id) {
        return id === VIRTUAL_DECK_ID ? RESOLVED_DECK_ID : undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:deck$/ },
      async handler(id) {
        if (id !== RESOLVED_DECK_ID) return undefined;
        const notes = await readNotes([contentDir], root);
        for (const file of notes.files) this.addWatchFile(file);
        const [problem, ...moreProblems] = notes.problems;
        if (problem) {
          this.error({
            message: [problem, ...moreProblems].map(describeReadProblem).join('\n'),
            id: path.resolve(root, problem.path),
            ...(problem.line === undefined ? {} : { loc: { line: problem.line, column: problem.column ?? 1 } }),
          });
        }
        const deck = buildDeck(notes.sources);
        const fatal = deck.warnings.find((warning) => warning.fatal);
        if (fatal) this.error({ message: describeDeckWarning(fatal), id: path.resolve(root, fatal.file), loc: { line: fatal.line, column: fatal.column } });
        for (const warning of deck.warnings) this.warn(describeDeckWarning(warning));
        // Generated code has no source to map to; an empty map keeps a second copy of the deck out of dev responses.
        return { code: deckModuleCode(deck), map: { mappings: '' } };
      },
    },
    // Any note added, edited or removed: rebuild the deck on the next request and reload the page.
    hotUpdate({ file }) {
      if (!isNote(file)) return undefined;
      const deckModule = this.environment.moduleGraph.getModuleById(RESOLVED_DECK_ID);
      if (deckModule) this.environment.moduleGraph.invalidateModule(deckModule);
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload', path: '*' });
      return [];
    },
  };
}
