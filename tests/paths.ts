// Files the tests read, found from this file rather than from the working directory, so a test reads the same
// files wherever it is started from.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// From the module's own file path: under jsdom the global URL is jsdom's, which node:url does not accept.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A path inside the repository: `repoPath('tests/fixtures/stored', name)`; the root itself with no parts. */
export const repoPath = (...parts: string[]) => path.join(REPO_ROOT, ...parts);

/** The notes in ../shared/notes/ beside the repository: `sharedNotesPath('kubernetes-notes.md')`. */
export const sharedNotesPath = (...parts: string[]) => path.join(REPO_ROOT, '..', 'shared', 'notes', ...parts);
