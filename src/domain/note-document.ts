// A chapter's notes as a document the app can render: the author's outline rebuilt as nested lists, plus
// paragraphs, code, tables… Plain data (JSON-serialisable), made by the pipeline (src/pipeline/note-document.ts)
// at build time and shipped as `virtual:notes`. Every block and list item keeps its source line, which is how
// cards (whose source is a line) find the place they came from.

/** Inline content. Raw HTML and images arrive as text: nothing in a note is ever interpreted as markup. */
export type NoteInline =
  | { type: 'text'; value: string }
  | { type: 'strong' | 'emphasis' | 'delete'; children: NoteInline[] }
  | { type: 'inlineCode'; value: string }
  /** `url` is null when the target is not a web or mail link (`javascript:`, `data:`, relative…): shown as text. */
  | { type: 'link'; url: string | null; children: NoteInline[] }
  | { type: 'break' };

export interface NoteListItem {
  line: number;
  /** The number the author wrote on a numbered item; null on bullets and dash lines. */
  ordinal: number | null;
  content: NoteInline[];
  /** What is nested under the item: sub-lists, and any paragraph or code inside it. */
  children: NoteBlock[];
}

export type TableAlign = 'left' | 'right' | 'center' | null;

export type NoteBlock =
  /**
   * A section: its title (the line or heading that opens it) and what is under it. `sectionId` is the deck's section
   * id; `depth` is 1 for a top-level section, 2 for one inside it…
   */
  | { type: 'section'; sectionId: string; title: string; note: string | null; depth: number; line: number; blocks: NoteBlock[] }
  | { type: 'heading'; depth: number; content: NoteInline[]; line: number }
  | { type: 'paragraph'; content: NoteInline[]; line: number }
  | { type: 'list'; ordered: boolean; items: NoteListItem[]; line: number }
  | { type: 'code'; lang: string | null; value: string; line: number }
  | { type: 'table'; align: TableAlign[]; head: NoteInline[][]; rows: NoteInline[][][]; line: number }
  /** Raw HTML in the notes, kept as the text the author typed. */
  | { type: 'html'; value: string; line: number }
  | { type: 'thematicBreak'; line: number };

export interface NoteDocument {
  chapterId: string;
  file: string;
  blocks: NoteBlock[];
}

/** Documents by chapter id. */
export type NoteDocuments = Record<string, NoteDocument>;

const WEB_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL when it is an absolute web or mail link, else null. Parsing (rather than matching a prefix) sees through
 * tricks like `java\tscript:` or leading control characters, which URL parsing strips just as browsers do.
 */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return WEB_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/** The text of inline content, as it reads (a hard break is a newline). */
export function inlineText(content: readonly NoteInline[]): string {
  let text = '';
  for (const node of content) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        text += node.value;
        break;
      case 'break':
        text += '\n';
        break;
      default:
        text += inlineText(node.children);
    }
  }
  return text;
}
