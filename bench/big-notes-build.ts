// The app built with a generated collection of notes (bench/generate-notes.ts) instead of content/: written to a
// folder of its own and built into another, so content/ is never touched. Used by `npm run bench` (big-notes rows),
// by CI's big-notes build and by the browser tests of that build (playwright.big.config.ts).
// CLI: npx tsx bench/big-notes-build.ts <work folder> [bytes]   → <work folder>/notes/, <work folder>/dist/
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateNotes } from './generate-notes';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIG_NOTES_BYTES = 1_000_000;
export const BIG_NOTES_SEED = 20_240_601;
export const BIG_NOTES_FILE = 'generated-notes.md';

export interface BigNotesBuild {
  notesDir: string;
  distDir: string;
  notesBytes: number;
  text: string;
  /** Wall-clock time of `vite build`, in ms. */
  buildMs: number;
  /** What the build printed (warnings), for the log. */
  output: string;
}

/** Writes the generated notes into `<workDir>/notes/` (emptied first) and returns the text. */
export async function writeBigNotes(workDir: string, bytes = BIG_NOTES_BYTES): Promise<{ notesDir: string; text: string }> {
  const notesDir = path.join(workDir, 'notes');
  await rm(notesDir, { recursive: true, force: true });
  await mkdir(notesDir, { recursive: true });
  const text = generateNotes({ bytes, seed: BIG_NOTES_SEED });
  await writeFile(path.join(notesDir, BIG_NOTES_FILE), text);
  return { notesDir, text };
}

function runViteBuild(notesDir: string, distDir: string): Promise<string> {
  const args = ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { cwd: ROOT_DIR, env: { ...process.env, STUDY_DECK_CONTENT: notesDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `the build with ${path.relative(ROOT_DIR, notesDir) || notesDir} failed (exit ${code}):\n${output.trim().split('\n').slice(-15).join('\n')}`,
          ),
        );
    });
  });
}

/** Generates the notes and builds the app from them into `<workDir>/dist/`. */
export async function buildWithBigNotes(workDir: string, bytes = BIG_NOTES_BYTES): Promise<BigNotesBuild> {
  const { notesDir, text } = await writeBigNotes(workDir, bytes);
  const distDir = path.join(workDir, 'dist');
  const started = performance.now();
  const output = await runViteBuild(notesDir, distDir);
  return { notesDir, distDir, notesBytes: Buffer.byteLength(text), text, buildMs: performance.now() - started, output };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [workDir, bytes] = process.argv.slice(2);
  if (!workDir) {
    console.error('Usage: npx tsx bench/big-notes-build.ts <work folder> [bytes]');
    process.exitCode = 2;
  } else {
    const build = await buildWithBigNotes(path.resolve(workDir), bytes ? Number(bytes) : BIG_NOTES_BYTES);
    process.stdout.write(
      `${(build.notesBytes / 1e6).toFixed(2)} MB of notes in ${build.notesDir}, built into ${build.distDir} in ${(build.buildMs / 1000).toFixed(1)} s\n`,
    );
  }
}
