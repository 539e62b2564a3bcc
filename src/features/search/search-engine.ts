// Search over the records: the words typed found whole, begun or inside a word (search-match.ts), and terms found
// fuzzily by fuse.js. This module (and fuse.js) runs in the search worker (search-worker.ts), so neither is part of the
// initial page and building the index never holds up the page. Results say what matched, where it is, and where to go.
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Chapter, Deck } from '../../domain/deck';
import type { NoteDocuments } from '../../domain/note-document';
import { paths } from '../../config/paths';
import { type SearchRecord, searchRecords } from './search-records';
import { chapterLabel } from '../../components/scope-label';
import { BEGUN, foldText, INSIDE, matchText, type QueryWord, queryWords, WHOLE, type WordQuality } from './search-match';

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

/** Below this length a query only matches words that start with it: two letters are close to almost anything. */
const MIN_FUZZY_LENGTH = 3;

// Ranks, best first. A term (card front, section title) holding every word typed as a whole word ("NAT", "Pod" for
// "pod"); answers and note lines holding every word whole ("Raft" in "etcd is based on Raft…"); the same two with words
// only begun ("prox" in "Kube-proxy"); terms matched fuzzily by fuse.js ("kublet" finds Kubelet); last, answers and
// lines holding a word inside another ("nat" in "donated"). Within a rank: the words as typed first ("NAT" over "nat"),
// then a term that is the query itself, then shorter texts, then the notes' order.
const TITLE_RANKS: Record<WordQuality, number | null> = { [WHOLE]: 0, [BEGUN]: 2, [INSIDE]: null };
const BODY_RANKS: Record<WordQuality, number | null> = { [WHOLE]: 1, [BEGUN]: 3, [INSIDE]: 5 };
const FUZZY_RANK = 4;

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

/** A record with its texts folded once, when the index is built. */
interface IndexedRecord {
  record: SearchRecord;
  title: string;
  body: string;
  order: number;
}

/** A record found, and where in it. */
interface Found {
  record: SearchRecord;
  field: 'title' | 'body';
  ranges: ReadonlyArray<readonly [number, number]>;
}

interface Candidate extends Found {
  rank: number;
  asTyped: boolean;
  /** The term is the query itself. */
  isQuery: boolean;
  length: number;
  order: number;
}

const byRank = (a: Candidate, b: Candidate) =>
  a.rank - b.rank || Number(b.asTyped) - Number(a.asTyped) || Number(b.isQuery) - Number(a.isQuery) || a.length - b.length || a.order - b.order;

/** The record's better field for the words, or null when neither holds them all (well enough). */
function candidate(indexed: IndexedRecord, words: readonly QueryWord[], foldedQuery: string, allowInside: boolean): Candidate | null {
  const { record } = indexed;
  let best: Candidate | null = null;
  for (const field of ['title', 'body'] as const) {
    const match = matchText(record[field], indexed[field], words);
    if (match === null || (match.quality === INSIDE && !allowInside)) continue;
    const rank = (field === 'title' ? TITLE_RANKS : BODY_RANKS)[match.quality];
    if (rank === null || (best !== null && best.rank <= rank)) continue;
    best = {
      record,
      field,
      rank,
      asTyped: match.asTyped,
      isQuery: indexed[field] === foldedQuery,
      length: record[field].length,
      order: indexed.order,
      ranges: match.ranges,
    };
  }
  return best;
}

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
  const indexed: IndexedRecord[] = records.map((record, order) => ({ record, title: foldText(record.title), body: foldText(record.body), order }));
  const chapters = new Map(places.chapters);
  const sections = new Map(places.sections);
  const toHit = ({ record, field, ranges }: Found): SearchHit => ({
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
      const foldedQuery = foldText(words.join(' '));
      if (foldedQuery.length < MIN_QUERY_LENGTH) return [];
      const fuzzy = foldedQuery.length >= MIN_FUZZY_LENGTH;
      const typed = queryWords(words);
      const found = indexed.flatMap((entry) => candidate(entry, typed, foldedQuery, fuzzy) ?? []).sort(byRank);
      const ranked: Found[] = found.filter((hit) => hit.rank < FUZZY_RANK);
      if (fuzzy && ranked.length < limit) {
        const seen = new Set(ranked.map((hit) => hit.record.key));
        for (const { item, matches } of titles.search(fuzzyWords(words), { limit })) {
          for (const record of item.records) {
            if (!seen.has(record.key)) ranked.push({ record, field: 'title', ranges: rangesOf(matches) });
            seen.add(record.key);
          }
        }
        ranked.push(...found.filter((hit) => hit.rank > FUZZY_RANK && !seen.has(hit.record.key)));
      }
      return ranked.slice(0, limit).map(toHit);
    },
  };
}
