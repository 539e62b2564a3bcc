// Front matter (YAML between `---` lines): a title, an order and tags. Anything else in it is left alone.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  title: string | null;
  order: number | null;
  /** `tags: [a, b]`, `tags: a, b` or a YAML list, without `#`. */
  tags: string[];
}

const EMPTY: FrontMatter = { title: null, order: null, tags: [] };

function readTags(value: unknown): string[] {
  const raw = typeof value === 'string' ? value.split(/[,\s]+/) : Array.isArray(value) ? value : [];
  return raw
    .filter((tag): tag is string | number => typeof tag === 'string' || typeof tag === 'number')
    .map((tag) => String(tag).trim().replace(/^#/, ''))
    .filter((tag) => tag !== '');
}

/** The front matter of a file; invalid YAML is a warning with its place, and is ignored. */
export function readFrontMatter(root: Root, file: VFile): FrontMatter {
  const first = root.children[0];
  if (first?.type !== 'yaml') return EMPTY;
  let data: unknown;
  try {
    data = parseYaml(first.value);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    file.message(`Front matter is not valid YAML (${reason}); it is ignored`, { place: first.position?.start, ruleId: 'front-matter', source: 'study-deck' });
    return EMPTY;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return EMPTY;
  const record = data as Record<string, unknown>;
  const title = typeof record.title === 'string' || typeof record.title === 'number' ? String(record.title).trim() : null;
  const order = typeof record.order === 'number' && Number.isFinite(record.order) ? record.order : null;
  return { title: title === '' ? null : title, order, tags: readTags(record.tags) };
}
