// Vite plugin: builds the deck from the notes folder and serves it as `virtual:deck`.
// Warnings become Vite warnings with file:line:column; unreadable notes fail the build.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildDeck } from '../build-deck';
import { readNotes } from './read-notes';

export const VIRTUAL_DECK_ID = 'virtual:deck';
const RESOLVED_DECK_ID = '\0' + VIRTUAL_DECK_ID;

export interface DeckPluginOptions {
  /** Folder with the notes, relative to the Vite root. */
  contentDir?: string;
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  let root = process.cwd();
  let contentDir = path.resolve(root, options.contentDir ?? 'content');

  const isNote = (file: string) => file.startsWith(contentDir + path.sep) && /\.(md|markdown)$/i.test(file);

  function reloadOnNoteChange(server: ViteDevServer) {
    server.watcher.add(contentDir);
    const onChange = (file: string) => {
      if (!isNote(path.resolve(file))) return;
      for (const environment of Object.values(server.environments)) {
        const module = environment.moduleGraph.getModuleById(RESOLVED_DECK_ID);
        if (module) environment.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
    };
    server.watcher.on('add', onChange);
    server.watcher.on('change', onChange);
    server.watcher.on('unlink', onChange);
  }

  return {
    name: 'study-deck:deck',
    configResolved(config) {
      root = config.root;
      contentDir = path.resolve(root, options.contentDir ?? 'content');
    },
    resolveId(id) {
      return id === VIRTUAL_DECK_ID ? RESOLVED_DECK_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_DECK_ID) return undefined;
      const notes = await readNotes([contentDir], root);
      const [problem] = notes.problems;
      if (problem) this.error({ message: `${problem.path}: cannot read notes (${problem.message})`, id: problem.path });
      for (const file of notes.files) this.addWatchFile(file);
      const deck = buildDeck(notes.sources);
      for (const warning of deck.warnings) {
        const where = `${warning.file}:${warning.line}:${warning.column}`;
        if (warning.fatal) {
          this.error({ message: `${where}: ${warning.message}`, id: path.resolve(root, warning.file), loc: { line: warning.line, column: warning.column } });
        }
        this.warn({ message: `${where}: ${warning.message}`, id: path.resolve(root, warning.file), loc: { line: warning.line, column: warning.column } });
      }
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(deck))});`;
    },
    configureServer: reloadOnNoteChange,
  };
}
