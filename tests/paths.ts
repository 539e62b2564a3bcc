// Files the tests read, found from this file rather than from the working directory, so a test reads the same
// files wherever it is started from.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A path inside the repository: `repoPath('tests/fixtures/stored', name)`; the root itself with no parts. */
export const repoPath = (...parts: string[]) => path.join(REPO_ROOT, ...parts);
