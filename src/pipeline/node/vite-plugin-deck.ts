// Vite plugin: builds the deck from the notes folder and serves it as `virtual:deck`, and the chapters as readable
// documents as `virtual:notes` (imported lazily by the notes screen, so it is a chunk of its own).
// Only JSON reaches the client: the pipeline (remark, unified) runs here, in Node.
// Warnings become Vite warnings with file:line:column; unreadable notes fail the build.
import path from 'node:path';
import type { Plugin, Rolldown, ViteDevServer } from 'vite';
import type { Deck } from '../../domain/deck';
import type { NoteDocuments } from '../../domain/note-document';
import { buildDeck } from '../build-deck';
import { idMovesOf } from '../card-id-map';
import { buildNoteDocuments } from '../note-document';
import { CARD_ID_MAP_FILE, readCardIdMap } from './card-id-map-file';
import { describeDeckWarning, describeReadProblem } from './places';
import { readNotes } from './read-notes';

export const VIRTUAL_DECK_ID = 'virtual:deck';
const RESOLVED_DECK_ID = '\0' + VIRTUAL_DECK_ID;
export const VIRTUAL_NOTES_ID = 'virtual:notes';
const RESOLVED_NOTES_ID = '\0' + VIRTUAL_NOTES_ID;
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

/** The module Vite serves for `virtual:notes`: the note documents by chapter id. */
export function notesModuleCode(documents: NoteDocuments): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(documents))});\n`;
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  let root = process.cwd();
  let contentDir = path.resolve(root, options.contentDir ?? 'content');

  const isNote = (file: string) => {
    const absolute = path.resolve(file);
    return absolute.startsWith(contentDir + path.sep) && (NOTE_FILE.test(absolute) || path.basename(absolute) === CARD_ID_MAP_FILE);
  };

  /** The notes, watched; unreadable ones fail the build with their places. */
  const readContent = async (context: Pick<Rolldown.PluginContext, 'addWatchFile' | 'error'>) => {
    const notes = await readNotes([contentDir], root);
    for (const file of notes.files) context.addWatchFile(file);
    const [problem, ...moreProblems] = notes.problems;
    if (problem) {
      context.error({
        message: [problem, ...moreProblems].map(describeReadProblem).join('\n'),
        id: path.resolve(root, problem.path),
        ...(problem.line === undefined ? {} : { loc: { line: problem.line, column: problem.column ?? 1 } }),
      });
    }
    return notes;
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
      filter: { id: /^virtual:(?:deck|notes)$/ },
      handler(id) {
        if (id === VIRTUAL_DECK_ID) return RESOLVED_DECK_ID;
        return id === VIRTUAL_NOTES_ID ? RESOLVED_NOTES_ID : undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:(?:deck|notes)$/ },
      async handler(id) {
        if (id !== RESOLVED_DECK_ID && id !== RESOLVED_NOTES_ID) return undefined;
        const notes = await readContent(this);
        const deck = buildDeck(notes.sources);
        // Progress kept under ids the cards no longer have (a renamed chapter or section) is found through the map.
        const moves = idMovesOf(deck, await readCardIdMap(path.join(contentDir, CARD_ID_MAP_FILE)));
        if (moves.length > 0) deck.idMoves = moves;
        // The deck's warnings are reported once, with the deck.
        if (id === RESOLVED_NOTES_ID) return { code: notesModuleCode(buildNoteDocuments(notes.sources, deck)), map: { mappings: '' } };
        const fatal = deck.warnings.find((warning) => warning.fatal);
        if (fatal) this.error({ message: describeDeckWarning(fatal), id: path.resolve(root, fatal.file), loc: { line: fatal.line, column: fatal.column } });
        for (const warning of deck.warnings) this.warn(describeDeckWarning(warning));
        // Generated code has no source to map to; an empty map keeps a second copy of the deck out of dev responses.
        return { code: deckModuleCode(deck), map: { mappings: '' } };
      },
    },
    // Any note added, edited or removed: rebuild the deck and the documents on the next request and reload the page.
    hotUpdate({ file }) {
      if (!isNote(file)) return undefined;
      for (const moduleId of [RESOLVED_DECK_ID, RESOLVED_NOTES_ID]) {
        const served = this.environment.moduleGraph.getModuleById(moduleId);
        if (served) this.environment.moduleGraph.invalidateModule(served);
      }
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload', path: '*' });
      return [];
    },
  };
}
