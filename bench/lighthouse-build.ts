// The built app the Lighthouse bench measures: rebuilt when missing or older than anything it is built from.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Everything a build reads besides node_modules; a change to any of them makes dist/ stale. */
const BUILD_INPUTS = ['src', 'content', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** Newest modification time (ms) of a file or of any file under a folder; 0 when the path does not exist. */
async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(target);
  const times = await Promise.all(entries.map((entry) => newestMtime(path.join(target, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** Why the build in `distDir` must be redone, or undefined when it is up to date. */
export async function staleBuildReason(rootDir: string, distDir: string): Promise<string | undefined> {
  const builtAt = (await stat(path.join(distDir, 'index.html')).catch(() => undefined))?.mtimeMs;
  if (builtAt === undefined) return `${distDir} has no index.html`;
  const times = await Promise.all(BUILD_INPUTS.map(async (input) => [input, await newestMtime(path.join(rootDir, input))] as const));
  const newer = times.filter(([, time]) => time > builtAt).map(([input]) => input);
  return newer.length > 0 ? `changed since the last build: ${newer.join(', ')}` : undefined;
}

function runBuild(rootDir: string, distDir: string): Promise<void> {
  const isDefaultOutDir = path.resolve(distDir) === path.resolve(rootDir, 'dist');
  // Vite only empties an outDir outside the project when told to.
  const outDirArgs = isDefaultOutDir ? [] : ['--outDir', distDir, '--emptyOutDir'];
  const args = ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'warn', ...outDirArgs];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { cwd: rootDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`npx ${args.join(' ')} exited with ${code}: ${output.trim().split('\n').slice(-5).join(' | ')}`));
    });
  });
}

/** Builds the app into `distDir` when needed; returns what was done, for the log. */
export async function ensureBuiltApp(rootDir: string, distDir: string): Promise<string> {
  const reason = await staleBuildReason(rootDir, distDir);
  if (reason === undefined) return `using the existing build in ${distDir}`;
  await runBuild(rootDir, distDir);
  if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`the build wrote no index.html to ${distDir}`);
  return `built ${distDir} (${reason})`;
}
