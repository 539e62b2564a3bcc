// Fuzzy search over the records with fuse.js. This module (and fuse.js) runs in the search worker (search-worker.ts),
// so neither is part of the initial page and building the index never holds up the page. Results say what matched,
// where it is, and where to go.
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Chapter, Deck } from '../../domain/deck';
import type { NoteDocuments } from '../../domain/note-document';
import { paths } from '../../config/paths';
import { type SearchRecord, searchRecords } from './search-records';
import { chapterLabel } from '../../components/scope-label';

export interface TextPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  key: string;
  /** What matched: "Term", "Definition", "List", "Question", "Section", "Notes"… */
  label: string;
  /** The matched text (cut around the match when long), in parts, the matching ones marked. */
  parts: TextPart[];
  /** "Chapter 3: Kubernetes Architecture". */
  chapter: string;
  section: string | null;
  /** Route to open: the note place, or the card at its place. */
  href: string;
}

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
  size: number;
}

const SNIPPET_LENGTH = 120;
const SNIPPET_LEAD = 40;
export const DEFAULT_LIMIT = 12;
/** Queries shorter than this match too much to be useful. */
export const MIN_QUERY_LENGTH = 2;

/** Below this length a query only matches titles that contain it: two letters are close to almost anything. */
const MIN_FUZZY_LENGTH = 3;

// Two indexes keep typing fast on a large deck: titles (terms, lead-ins, section titles: short) are matched fuzzily,
// so "schedular" finds Scheduler; answers and note lines (long, many) must contain every word typed.
/** One entry per distinct title: the same term in several chapters is matched once. */
interface TitleEntry {
  title: string;
  records: SearchRecord[];
}

const TITLE_OPTIONS: IFuseOptions<TitleEntry> = {
  keys: ['title'],
  includeMatches: true,
  // Words anywhere in a title count, not only near its start.
  ignoreLocation: true,
  ignoreDiacritics: true,
  // Several words must each be found (fuzzily).
  useExtendedSearch: true,
  // Lets "schedular" find Scheduler and "etdc" ETCD, but not "kubelet" Kubernetes.
  threshold: 0.25,
  minMatchCharLength: MIN_QUERY_LENGTH,
};

const TEXT_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: ['body'],
  includeMatches: true,
  ignoreDiacritics: true,
  useExtendedSearch: true,
  minMatchCharLength: MIN_QUERY_LENGTH,
};

/** The query's words, without the characters Fuse's extended search reads as operators. */
function plainWords(query: string): string[] {
  return query
    .replace(/[|"]/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^[!'^=]+|\$+$/g, ''))
    .filter((word) => word !== '');
}

/** Each word fuzzily ("schedular" finds Scheduler), but a word of one or two letters as written. */
const fuzzyWords = (words: string[]) => words.map((word) => (word.length < MIN_FUZZY_LENGTH ? `'${word}` : word)).join(' ');
/** Each word as written ("must contain"). */
const exactWords = (words: string[]) => words.map((word) => `'${word}`).join(' ');

export function hitHref(record: SearchRecord): string {
  return paths.chapter.href(record.chapterId, {
    sectionId: record.sectionId,
    cardId: record.card?.id,
    line: record.kind === 'note' ? record.line : null,
  });
}

function hitLabel(record: SearchRecord, field: 'title' | 'body'): string {
  if (record.kind === 'section') return 'Section';
  if (record.kind === 'note' || record.card === null) return 'Notes';
  switch (record.card.kind) {
    case 'definition':
      return field === 'title' ? 'Term' : 'Definition';
    case 'enumeration':
      return 'List';
    case 'question':
      return 'Question';
    case 'cloze':
      return 'Fill in the blank';
  }
}

/** The text in parts, the matched ranges marked; a long text is cut to a window around its first match. */
export function matchedParts(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextPart[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let from = 0;
  let to = text.length;
  if (text.length > SNIPPET_LENGTH) {
    from = Math.max(0, Math.min((sorted[0]?.[0] ?? 0) - SNIPPET_LEAD, text.length - SNIPPET_LENGTH));
    to = Math.min(text.length, from + SNIPPET_LENGTH);
  }
  const parts: TextPart[] = [];
  const push = (start: number, end: number, match: boolean) => {
    if (end > start) parts.push({ text: text.slice(start, end), match });
  };
  let at = from;
  for (const [start, endInclusive] of sorted) {
    const end = Math.min(endInclusive + 1, to);
    if (end <= at || start >= to) continue;
    push(at, Math.max(at, start), false);
    push(Math.max(at, start), end, true);
    at = end;
  }
  push(at, to, false);
  if (from > 0) parts.unshift({ text: '…', match: false });
  if (to < text.length) parts.push({ text: '…', match: false });
  return parts;
}

/** Every matched range of the results' matches. */
const rangesOf = (matches: readonly FuseResultMatch[] = []) => matches.flatMap((match) => match.indices);

function titleEntries(records: readonly SearchRecord[]): TitleEntry[] {
  const byTitle = new Map<string, SearchRecord[]>();
  for (const record of records) {
    if (record.title === '') continue;
    const same = byTitle.get(record.title);
    if (same) same.push(record);
    else byTitle.set(record.title, [record]);
  }
  return [...byTitle].map(([title, titled]) => ({ title, records: titled }));
}

/** The names results show for their place: chapter id → "Chapter 3: …", section id → its title. Plain data. */
export interface SearchPlaces {
  chapters: Array<[string, string]>;
  sections: Array<[string, string]>;
}

export function searchPlaces(chapters: readonly Chapter[]): SearchPlaces {
  return {
    chapters: chapters.map((chapter) => [chapter.id, chapterLabel(chapter)]),
    sections: chapters.flatMap((chapter) => chapter.sections.map((section): [string, string] => [section.id, section.title])),
  };
}

export function buildSearchIndex(deck: Pick<Deck, 'chapters' | 'cards'>, documents: NoteDocuments | null): SearchIndex {
  return indexRecords(searchRecords(deck, documents), searchPlaces(deck.chapters));
}

/** The index over records made beforehand (chapter by chapter, say). */
export function indexRecords(records: SearchRecord[], places: SearchPlaces): SearchIndex {
  const entries = titleEntries(records);
  const titles = new Fuse(entries, TITLE_OPTIONS, Fuse.createIndex(['title'], entries));
  const texts = new Fuse(records, TEXT_OPTIONS, Fuse.createIndex(['body'], records));
  const chapters = new Map(places.chapters);
  const sections = new Map(places.sections);
  const toHit = (record: SearchRecord, field: 'title' | 'body', ranges: ReadonlyArray<readonly [number, number]>): SearchHit => ({
    key: record.key,
    label: hitLabel(record, field),
    parts: matchedParts(record[field], ranges),
    chapter: chapters.get(record.chapterId) ?? record.chapterId,
    section: record.kind === 'section' || record.sectionId === null ? null : (sections.get(record.sectionId) ?? null),
    href: hitHref(record),
  });
  return {
    size: records.length,
    search: (query, limit = DEFAULT_LIMIT) => {
      const words = plainWords(query);
      const length = words.join(' ').length;
      if (length < MIN_QUERY_LENGTH) return [];
      const exact = exactWords(words);
      const hits = titles
        .search(length < MIN_FUZZY_LENGTH ? exact : fuzzyWords(words), { limit })
        .flatMap(({ item, matches }) => item.records.map((record) => toHit(record, 'title', rangesOf(matches))))
        .slice(0, limit);
      if (hits.length < limit) {
        const seen = new Set(hits.map((hit) => hit.key));
        for (const { item, matches } of texts.search(exact, { limit })) {
          if (!seen.has(item.key)) hits.push(toHit(item, 'body', rangesOf(matches)));
        }
      }
      return hits.slice(0, limit);
    },
  };
}
