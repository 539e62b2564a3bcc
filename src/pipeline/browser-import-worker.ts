// The import worker: reads notes into a deck off the page's thread, telling the page how far it is. The page can
// stop it at any moment (Cancel terminates the worker). What it says back is plain data (src/domain/note-import.ts).
import type { ImportReply, NoteText } from '../domain/note-import';
import { buildImportedDeck, failureReason } from './browser-import';

const reply = (message: ImportReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<{ sources: NoteText[] }>) => {
  const { sources } = event.data;
  try {
    const notes = buildImportedDeck(sources, (progress) => reply({ type: 'progress', progress }));
    reply({ type: 'done', notes });
  } catch (error) {
    reply({ type: 'failed', reason: failureReason(error) });
  }
});

reply({ type: 'ready' });
