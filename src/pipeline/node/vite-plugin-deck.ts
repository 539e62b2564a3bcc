// Vite plugin: builds the deck from the notes folder and serves it to the app in parts, so the first page carries
// only the outline and each chapter's cards and note document arrive when a screen needs them:
// - `virtual:deck-outline`: the outline (chapters and their counts) and a loader for each part below;
// - `virtual:deck-chapter-<chapter id>`: the chapter's sections and cards, lean (src/domain/deck-payload.ts);
// - `virtual:deck-rest`: the deck's warnings (and card order, when unusual);
// - `virtual:notes-chapter-<chapter id>`: the chapter's note document.
// `virtual:deck` (the whole deck) and `virtual:notes` (every document) are for tests and tools: imported by the app,
// they would put the whole deck into one chunk.
// Only JSON reaches the client: the pipeline (remark, unified) runs here, in Node. The notes are read and the deck
// built once per change of the notes (or of their card id map, card-ids.json), for every module. Warnings become
// Vite warnings with file:line:column; unreadable notes fail the build.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin, Rolldown, ViteDevServer } from 'vite';
import type { Deck } from '../../domain/deck';
import { encodeDeck, type DeckPayload } from '../../domain/deck-payload';
import type { NoteDocuments } from '../../domain/note-document';
import { buildDeck, type NoteSource } from '../build-deck';
import { type CardIdMap, idMovesOf } from '../card-id-map';
import { limitSources, withWarnings } from '../nesting-limit';
import { buildNoteDocuments } from '../note-document';
import { CARD_ID_MAP_FILE, readCardIdMap } from './card-id-map-file';
import { describeDeckWarning, describeReadProblem } from './places';
import { readNotes } from './read-notes';

export const VIRTUAL_DECK_ID = 'virtual:deck';
export const VIRTUAL_NOTES_ID = 'virtual:notes';
export const VIRTUAL_OUTLINE_ID = 'virtual:deck-outline';
export const VIRTUAL_REST_ID = 'virtual:deck-rest';
export const CHAPTER_MODULE_PREFIX = 'virtual:deck-chapter-';
export const DOCUMENT_MODULE_PREFIX = 'virtual:notes-chapter-';
const VIRTUAL_ID = /^virtual:(?:deck|notes|deck-outline|deck-rest|deck-chapter-.+|notes-chapter-.+)$/;
const RESOLVED_ID = /^\0virtual:(?:deck|notes|deck-outline|deck-rest|deck-chapter-.+|notes-chapter-.+)$/;
const NOTE_FILE = /\.(md|markdown)$/i;

export interface DeckPluginOptions {
  /** Folder with the notes, relative to the Vite root (or absolute). */
  contentDir?: string;
}

/** A JSON value as module code: JSON.parse of a string literal is faster to start than an object literal. */
function jsonModuleCode(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

/** The module Vite serves for `virtual:deck`. */
export function deckModuleCode(deck: Deck): string {
  return jsonModuleCode(deck);
}

/** The module Vite serves for `virtual:notes`: the note documents by chapter id. */
export function notesModuleCode(documents: NoteDocuments): string {
  return jsonModuleCode(documents);
}

/** A loader per chapter, by chapter id: each `import()` is a chunk of its own. */
function loaderTable(chapterIds: readonly string[], prefix: string): string {
  const entries = chapterIds.map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(prefix + id)}),`);
  return `{\n${entries.join('\n')}\n}`;
}

/** The module Vite serves for `virtual:deck-outline`: the outline, and loaders for the rest of the deck. */
export function outlineModuleCode(payload: DeckPayload, documentChapterIds: readonly string[]): string {
  const chapterIds = payload.outline.chapters.map((chapter) => chapter.id);
  return [
    jsonModuleCode(payload.outline).trimEnd(),
    `export const chapterLoaders = ${loaderTable(chapterIds, CHAPTER_MODULE_PREFIX)};`,
    `export const documentLoaders = ${loaderTable(documentChapterIds, DOCUMENT_MODULE_PREFIX)};`,
    `export const loadRest = () => import(${JSON.stringify(VIRTUAL_REST_ID)});`,
    '',
  ].join('\n');
}

interface BuiltContent {
  deck: Deck;
  payload: DeckPayload;
  documents: NoteDocuments;
}

/**
 * Decks built from notes, by a digest of the notes: the build's prerender runs a second Vite server in this
 * process, and the notes are the same. Kept on globalThis so a second copy of this module shares it too.
 */
const builtContent: Map<string, BuiltContent> = ((globalThis as { __studyDeckBuilt?: Map<string, BuiltContent> }).__studyDeckBuilt ??= new Map());

function digestOf(sources: readonly NoteSource[], idMap: CardIdMap): string {
  const hash = createHash('sha256');
  for (const source of sources) hash.update(source.path).update('\0').update(source.text).update('\0');
  hash.update(JSON.stringify(idMap));
  return hash.digest('hex');
}

function buildContent(sources: readonly NoteSource[], idMap: CardIdMap): BuiltContent {
  const digest = digestOf(sources, idMap);
  const cached = builtContent.get(digest);
  if (cached) return cached;
  // Lines nested absurdly deep are read at the deepest level allowed, with a warning, as in the browser's import.
  const readable = limitSources(sources);
  const deck = withWarnings(buildDeck(readable.sources), sources, readable.warnings);
  // Progress kept under ids the cards no longer have (a renamed chapter or section) is found through the id map.
  const moves = idMovesOf(deck, idMap);
  if (moves.length > 0) deck.idMoves = moves;
  const built = { deck, payload: encodeDeck(deck), documents: buildNoteDocuments(readable.sources, deck) };
  // One deck is enough: the notes only ever change forward.
  builtContent.clear();
  builtContent.set(digest, built);
  return built;
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  let root = process.cwd();
  let contentDir = path.resolve(root, options.contentDir ?? 'content');
  /** The notes read and built for the current state of the notes folder; dropped when a note changes. */
  let current: Promise<BuiltContent> | null = null;

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

  /** Reports the deck's warnings (once per build of the deck); a fatal one fails the build. */
  const report = (context: Pick<Rolldown.PluginContext, 'error' | 'warn'>, deck: Deck) => {
    const fatal = deck.warnings.find((warning) => warning.fatal);
    if (fatal) context.error({ message: describeDeckWarning(fatal), id: path.resolve(root, fatal.file), loc: { line: fatal.line, column: fatal.column } });
    for (const warning of deck.warnings) context.warn(describeDeckWarning(warning));
  };

  const contentFor = (context: Pick<Rolldown.PluginContext, 'addWatchFile' | 'error' | 'warn'>) => {
    current ??= Promise.all([readContent(context), readCardIdMap(path.join(contentDir, CARD_ID_MAP_FILE))]).then(([notes, idMap]) => {
      const built = buildContent(notes.sources, idMap);
      report(context, built.deck);
      return built;
    });
    // A failed read is not kept: the next request reads again.
    current.catch(() => (current = null));
    return current;
  };

  /** The code of a resolved virtual module, or undefined when there is no such module (a chapter that is gone). */
  const moduleCode = ({ deck, payload, documents }: BuiltContent, id: string): string | undefined => {
    const name = id.slice(1);
    if (name === VIRTUAL_DECK_ID) return deckModuleCode(deck);
    if (name === VIRTUAL_NOTES_ID) return notesModuleCode(documents);
    if (name === VIRTUAL_OUTLINE_ID) return outlineModuleCode(payload, Object.keys(documents));
    if (name === VIRTUAL_REST_ID) return jsonModuleCode(payload.rest);
    if (name.startsWith(CHAPTER_MODULE_PREFIX)) {
      const chapter = payload.chapters[name.slice(CHAPTER_MODULE_PREFIX.length)];
      return chapter && jsonModuleCode(chapter);
    }
    const document = documents[name.slice(DOCUMENT_MODULE_PREFIX.length)];
    return document && jsonModuleCode(document);
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
      filter: { id: VIRTUAL_ID },
      handler(id) {
        return VIRTUAL_ID.test(id) ? `\0${id}` : undefined;
      },
    },
    load: {
      filter: { id: RESOLVED_ID },
      async handler(id) {
        if (!RESOLVED_ID.test(id)) return undefined;
        const code = moduleCode(await contentFor(this), id);
        if (code === undefined) this.error(`${id.slice(1)}: the notes have no such chapter`);
        // Generated code has no source to map to; an empty map keeps a second copy of the deck out of dev responses.
        return { code, map: { mappings: '' } };
      },
    },
    // Any note added, edited or removed: rebuild the deck and its parts on the next request and reload the page.
    hotUpdate({ file }) {
      if (!isNote(file)) return undefined;
      current = null;
      const graph = this.environment.moduleGraph;
      for (const [moduleId, served] of graph.idToModuleMap) if (RESOLVED_ID.test(moduleId)) graph.invalidateModule(served);
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload', path: '*' });
      return [];
    },
  };
}
