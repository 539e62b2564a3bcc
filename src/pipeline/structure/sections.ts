// Sections: headings under the chapter, titled blocks (callouts, fenced divs) and plain lines followed by bullets
// ("Define Kubernetes", "Explain reasons for container orchestration:", "Networking Challenges-- microserves …").
import type { Section } from '../../domain/deck';
import { type IdRegistry, slugify } from '../card-ids';
import { type OutlineNode, isOutlineLine } from '../normalise/outline';
import { dropTrailingColon, tidyText, wordsOf } from '../text/phrase-rules';

export interface ChapterSections {
  sections: Section[];
  /** The section each heading, titled block or section-title node opens. */
  sectionOf: Map<OutlineNode, Section>;
}

/** Whether a line reads as a card of its own (then its children are its answer, not a section). */
export type ReadsAsCard = (node: OutlineNode) => boolean;

/** Titles are short; a long sentence over bullets is prose, not a title. */
const MAX_TITLE_WORDS = 14;

/** The title and note of the section a node opens, or null when it opens none. */
export function sectionTitleOf(node: OutlineNode, readsAsCard: ReadsAsCard): { title: string; note: string | null } | null {
  if (node.marker === 'heading') return splitTitleAndNote(node);
  if (node.marker === 'callout') return node.children.length > 0 ? { title: tidyText(node.text), note: null } : null;
  if (node.marker !== 'plain' || node.depth !== 0 || !node.children.some(isOutlineLine)) return null;
  if (readsAsCard(node)) return null;
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
  readsAsCard: ReadsAsCard,
  registry: IdRegistry,
): ChapterSections {
  const sections: Section[] = [];
  const sectionOf = new Map<OutlineNode, Section>();
  const visit = (node: OutlineNode, parent: Section | null) => {
    for (const child of node.children) {
      const titled = sectionTitleOf(child, readsAsCard);
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
      if (child.marker === 'heading' || child.marker === 'callout') visit(child, section);
    }
  };
  visit(root, null);
  return { sections, sectionOf };
}
