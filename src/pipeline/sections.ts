// Sections: H3+ headings and plain lines followed by bullets ("Define Kubernetes",
// "Explain reasons for container orchestration:", "Networking Challenges-- microserves based apps …").
import type { Section } from '../domain/deck';
import { type IdRegistry, slugify } from './card-ids';
import type { OutlineNode } from './outline';
import { dropTrailingColon, tidyText, wordsOf } from './phrase-rules';
import type { LineReader } from './read-line';

export interface ChapterSections {
  sections: Section[];
  /** The section each heading or section-title node opens. */
  sectionOf: Map<OutlineNode, Section>;
}

/** Titles are short; a long sentence over bullets is prose, not a title. */
const MAX_TITLE_WORDS = 14;

/** A plain top-level line with children, unless the line is itself a card (then its children are its answer). */
export function isSectionTitle(node: OutlineNode, reader: LineReader): boolean {
  return sectionTitleOf(node, reader) !== null;
}

/** The title and note of the section a node opens, or null when it opens none. */
function sectionTitleOf(node: OutlineNode, reader: LineReader): { title: string; note: string | null } | null {
  if (node.marker === 'heading') return splitTitleAndNote(node);
  if (node.marker !== 'plain' || node.depth !== 0 || node.children.length === 0) return null;
  const kind = reader.read(node).kind;
  if (kind !== 'plain' && kind !== 'lead-in') return null;
  const titled = splitTitleAndNote(node);
  const { title } = titled;
  return wordsOf(title).length <= MAX_TITLE_WORDS && !/[.!]$/.test(title) && !/[.!?]\s+\p{Lu}/u.test(title) ? titled : null;
}

/** "Networking Challenges-- microserves based apps …" → title "Networking Challenges" and its note. */
export function splitTitleAndNote(node: OutlineNode): { title: string; note: string | null } {
  const at = node.mask.indexOf('--', 1);
  const title = at === -1 ? node.text : node.text.slice(0, at);
  const note = at === -1 ? '' : tidyText(node.text.slice(at + 2).replace(/^-+/, ''));
  return { title: tidyText(dropTrailingColon(tidyText(title))) || tidyText(node.text), note: note === '' ? null : note };
}

export function collectSections(
  root: OutlineNode,
  chapter: { id: string; title: string; file: string },
  reader: LineReader,
  registry: IdRegistry,
): ChapterSections {
  const sections: Section[] = [];
  const sectionOf = new Map<OutlineNode, Section>();
  const visit = (node: OutlineNode, parent: Section | null) => {
    for (const child of node.children) {
      const titled = sectionTitleOf(child, reader);
      if (titled === null) continue;
      const { title, note } = titled;
      const parentSlug = parent ? parent.id.slice(chapter.id.length + 1) : null;
      const place = { file: chapter.file, line: child.line, column: child.column };
      const section: Section = {
        id: registry.claimQuietly(`${chapter.id}/${slugify(title)}`, place, parentSlug),
        title,
        note,
        path: [...(parent?.path ?? [chapter.title]), title],
        source: place,
      };
      sections.push(section);
      sectionOf.set(child, section);
      if (child.marker === 'heading') visit(child, section);
    }
  };
  visit(root, null);
  return { sections, sectionOf };
}
