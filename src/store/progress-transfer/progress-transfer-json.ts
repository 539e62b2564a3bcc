// Reading an untrusted progress file as JSON: the size first (before reading it all), strict UTF-8, JSON.parse, then
// a refusal of any key that could reach a prototype if later code ever copied the value carelessly.
// JSON.parse itself never sets a prototype (`"__proto__"` becomes an own key), but such a file is never a real export.

/** Largest progress file accepted; 10,000 cards × 20 reviews export to about 2 MB. */
export const MAX_PROGRESS_FILE_BYTES = 10 * 1024 * 1024;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: string };

const MEGABYTE = 1024 * 1024;

/** `52428800` → "50.0 MB", `2048` → "2.0 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= MEGABYTE) return `${(bytes / MEGABYTE).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Why a file of `bytes` is refused, or null when its size is fine. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_PROGRESS_FILE_BYTES) return null;
  return `The file is too large (${formatFileSize(bytes)}). A progress file is at most ${formatFileSize(MAX_PROGRESS_FILE_BYTES)}.`;
}

/** The UTF-8 size of `text`, counted only until it passes `limit` (a 50 MB string is not measured to its end). */
function utf8SizeUpTo(text: string, limit: number): number {
  // Each UTF-16 unit is at least one UTF-8 byte, so a string this long is too large whatever it holds.
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(input: string | ArrayBuffer | Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if (typeof input === 'string') {
    const problem = fileSizeProblem(utf8SizeUpTo(input, MAX_PROGRESS_FILE_BYTES));
    return problem ? { ok: false, reason: problem } : { ok: true, text: input.replace(/^\uFEFF/, '') };
  }
  const problem = fileSizeProblem(input.byteLength);
  if (problem) return { ok: false, reason: problem };
  try {
    // The decoder drops a byte-order mark.
    return { ok: true, text: strictUtf8.decode(input) };
  } catch {
    return { ok: false, reason: 'The file is not text (it is not valid UTF-8), so it cannot be a progress file.' };
  }
}

const TRUNCATED = /end of (JSON input|data)|Unterminated string|unterminated string/;

function jsonErrorReason(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const endsEarly = TRUNCATED.test(message) || (position !== null && Number(position[1]) >= text.trimEnd().length);
  if (endsEarly) return 'The file is cut short: its JSON ends before it is complete. Export the progress again and import the new file.';
  return `The file is not valid JSON (${message}), so it cannot be a progress file.`;
}

interface Pending {
  value: object;
  path: string;
}

/** The first forbidden key anywhere in a parsed JSON value, with where it is; iterative, so depth cannot overflow. */
export function findForbiddenKey(root: unknown): { key: string; path: string } | null {
  if (typeof root !== 'object' || root === null) return null;
  const stack: Pending[] = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        const item: unknown = value[index];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: `${path}[${index}]` });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { key, path: path || 'the top level' };
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}

/** Reads text or bytes as JSON, or says why it cannot be a progress file. */
export function readUntrustedJson(input: string | ArrayBuffer | Uint8Array): JsonRead {
  const decoded = decodeText(input);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: jsonErrorReason(text, error) };
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    return {
      ok: false,
      reason: `The file contains the key “${forbidden.key}” (in ${forbidden.path}), which no progress file has. It was refused to keep the app safe.`,
    };
  }
  return { ok: true, value };
}
