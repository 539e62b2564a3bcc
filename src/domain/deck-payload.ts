// The deck as it is shipped: the outline (chapters and their counts) apart from each chapter's sections and cards,
// which load when a screen needs them. Nothing is said twice: what can be derived is left out and rebuilt here on
// load (a reverse card from its forward card, a section path from the section, a source file from the chapter,
// an enumeration's answer from its items), so the payload stays close to the size of the notes.
// decodeDeck(encodeDeck(deck)) equals the deck (a property test checks it); anything that does not follow the usual
// shape is kept as it is, only less compactly.
import type { AnswerDetail, Card, CardKind, Chapter, Deck, DeckWarning, Section, SourcePlace } from './deck';
import { type ChapterOutline, type DeckOutline, cardsByChapter, chapterOutline } from './deck-outline';

/**
 * A place. A number is `{ file: <the chapter's file>, line, column: 1 }`; `[line]` has no column, `[line, column]`
 * another column; an object names another file.
 */
export type PlacePayload = number | [number] | [number, number] | { f: string; l: number; c?: number };

/**
 * A path of titles, from the one before it: `k` keeps the first k titles of the previous path and adds the item's
 * own title; `[k, ...titles]` keeps k and adds those titles.
 */
export type PathPayload = number | [number, ...string[]];

export interface SectionPayload {
  /**
   * The id without `<chapter id>/` (absent when it is the title's slug), or `I`, the whole id when it does not
   * start so.
   */
  i?: string;
  I?: string;
  t: string;
  /** The note after `--`; absent when null. */
  n?: string;
  p: PathPayload;
  o: PlacePayload;
}

/** A patch of a text: the first `pre` and last `post` characters of the base, with `middle` between them. */
export type TextPatch = 0 | [pre: number, post: number, middle: string];

export interface CardPayload {
  /** Index in KINDS; absent for a definition. */
  k?: number;
  /** The note id without `<chapter id>/<kind>/` (absent when it is the prompt's slug), or `I`, the whole note id. */
  i?: string;
  I?: string;
  /** The card id is `<note id>/<x>`; absent: the note id itself; `X`: the whole card id. */
  x?: string;
  X?: string;
  /** 1 when the card is a reverse card (one that could not be derived from the card before it). */
  v?: 1;
  /** Index of the section in the chapter's sections; `S`: a section id the chapter does not list; neither: null. */
  s?: number;
  S?: string;
  /** The section path when it is not the section's own path: from that path (or the chapter's title alone). */
  q?: PathPayload;
  p: string;
  /** Absent for an enumeration whose answer is its items joined by ", ". */
  a?: string;
  /** The term: absent for null, 0 for the prompt itself. */
  t?: string | 0;
  /** The items; an item that is the prompt of a card of the chapter is that card's index. */
  m?: Array<string | number>;
  /** Details: a text alone has depth 1. */
  d?: Array<string | [string, number]>;
  c?: string;
  o: PlacePayload;
  /** The card is followed by its reverse card, whose prompt is this patch of this card's answer. */
  r?: TextPatch;
  /** The answer is code (Card.answerCode): its language, or 0 when it names none. */
  y?: string | 0;
  /** The card's tags (Card.tags); absent when it has none. */
  g?: string[];
}

export interface ChapterPayload {
  s: SectionPayload[];
  c: CardPayload[];
}

/** What the deck holds besides its outline and chapters: loaded with the cards, never on the first page. */
export interface DeckRestPayload {
  warnings: DeckWarning[];
  /**
   * How the chapters' cards interleave in the deck's card order, as [chapter index, count] runs; absent when the
   * cards come chapter by chapter in the chapters' order (as the pipeline makes them).
   */
  runs?: Array<[number, number]>;
}

export interface DeckPayload {
  outline: DeckOutline;
  /** By chapter id. */
  chapters: Record<string, ChapterPayload>;
  rest: DeckRestPayload;
}

const KINDS: readonly CardKind[] = ['definition', 'enumeration', 'cloze', 'question'];
const REVERSE_SUFFIX = 'reverse';
const ITEM_SEPARATOR = ', ';

const MAX_SLUG_LENGTH = 64;

/**
 * The slug ids are usually made of ("Cloud Native (CNCF)" → "cloud-native-cncf"), for plain ASCII text; null
 * otherwise. Only a guess that saves repeating the id: an id that differs from it is shipped as it is.
 */
export function plainSlug(text: string): string | null {
  if (!/^[\x20-\x7e]*$/.test(text)) return null;
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return null;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastBreak) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** The id's part after `prefix`, left out (undefined) when it is the text's slug; null when the id does not start with `prefix`. */
function relativeId(id: string, prefix: string, text: string): string | undefined | null {
  if (!id.startsWith(prefix)) return null;
  const rest = id.slice(prefix.length);
  return rest === plainSlug(text) ? undefined : rest;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function encodePlace(place: SourcePlace, file: string): PlacePayload {
  if (place.file !== file) return place.column === undefined ? { f: place.file, l: place.line } : { f: place.file, l: place.line, c: place.column };
  if (place.column === undefined) return [place.line];
  return place.column === 1 ? place.line : [place.line, place.column];
}

function decodePlace(payload: PlacePayload, file: string): SourcePlace {
  if (typeof payload === 'number') return { file, line: payload, column: 1 };
  if (Array.isArray(payload)) return payload.length === 1 ? { file, line: payload[0] } : { file, line: payload[0], column: payload[1] };
  return payload.c === undefined ? { file: payload.f, line: payload.l } : { file: payload.f, line: payload.l, column: payload.c };
}

function sharedStart(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared;
}

function encodePath(path: readonly string[], base: readonly string[], title: string | null): PathPayload {
  const shared = sharedStart(path, base);
  const tail = path.slice(shared);
  return title !== null && tail.length === 1 && tail[0] === title ? shared : [shared, ...tail];
}

function decodePath(payload: PathPayload, base: readonly string[], title: string | null): string[] {
  if (typeof payload === 'number') return [...base.slice(0, payload), title ?? ''];
  const [shared, ...tail] = payload;
  return [...base.slice(0, shared), ...tail];
}

/** `text` as a patch of `base`: what they share at the start and at the end is not repeated. */
export function encodePatch(text: string, base: string): TextPatch {
  if (text === base) return 0;
  let pre = 0;
  while (pre < text.length && pre < base.length && text[pre] === base[pre]) pre += 1;
  let post = 0;
  while (post < text.length - pre && post < base.length - pre && text[text.length - 1 - post] === base[base.length - 1 - post]) post += 1;
  return [pre, post, text.slice(pre, text.length - post)];
}

export function decodePatch(patch: TextPatch, base: string): string {
  if (patch === 0) return base;
  const [pre, post, middle] = patch;
  return base.slice(0, pre) + middle + base.slice(base.length - post);
}

/** The reverse card the pipeline makes from a forward card: the same note asked from its answer back. */
function derivedReverse(forward: Card, prompt: string): Card {
  const reverse: Card = {
    id: `${forward.id}/${REVERSE_SUFFIX}`,
    kind: forward.kind,
    noteId: forward.noteId,
    reverse: true,
    chapterId: forward.chapterId,
    sectionId: forward.sectionId,
    prompt,
    answer: forward.term ?? forward.prompt,
    term: forward.term,
    items: null,
    details: [],
    context: null,
    // Shared with the forward card, as the pipeline shares them.
    sectionPath: forward.sectionPath,
    source: forward.source,
  };
  // A note's tags are on each of its cards.
  if (forward.tags) reverse.tags = forward.tags;
  return reverse;
}

/** The patch that makes `next` from `card`, when `next` is exactly the reverse card derived from it. */
function reversePatch(card: Card, next: Card | undefined): TextPatch | null {
  if (card.reverse || next === undefined || !next.reverse) return null;
  const patch = encodePatch(next.prompt, card.answer);
  return sameValue(derivedReverse(card, decodePatch(patch, card.answer)), next) ? patch : null;
}

interface ChapterContext {
  chapterId: string;
  file: string;
  chapterTitle: string;
  sections: readonly Section[];
  sectionIndex: ReadonlyMap<string, number>;
  /** Prompt → index of the first encoded card with it (only when encoding). */
  promptIndex: ReadonlyMap<string, number>;
}

function encodeSections(chapter: Chapter): SectionPayload[] {
  let previousPath: readonly string[] = [chapter.title];
  return chapter.sections.map((section) => {
    const encoded = { t: section.title } as SectionPayload;
    const relative = relativeId(section.id, `${chapter.id}/`, section.title);
    if (relative === null) encoded.I = section.id;
    else if (relative !== undefined) encoded.i = relative;
    if (section.note !== null) encoded.n = section.note;
    encoded.p = encodePath(section.path, previousPath, section.title);
    encoded.o = encodePlace(section.source, chapter.file);
    previousPath = section.path;
    return encoded;
  });
}

function decodeSections(chapter: Pick<Chapter, 'id' | 'title' | 'file'>, payloads: readonly SectionPayload[]): Section[] {
  let previousPath: readonly string[] = [chapter.title];
  return payloads.map((payload) => {
    const path = decodePath(payload.p, previousPath, payload.t);
    previousPath = path;
    return {
      id: payload.I ?? `${chapter.id}/${payload.i ?? plainSlug(payload.t)}`,
      title: payload.t,
      note: payload.n ?? null,
      path,
      source: decodePlace(payload.o, chapter.file),
    };
  });
}

function sectionPathBase(context: ChapterContext, sectionAt: number | undefined): readonly string[] {
  return sectionAt === undefined ? [context.chapterTitle] : context.sections[sectionAt]!.path;
}

function encodeCard(card: Card, context: ChapterContext, reverse: TextPatch | null): CardPayload {
  const kindAt = KINDS.indexOf(card.kind);
  const encoded = { p: card.prompt } as CardPayload;
  if (kindAt !== 0) encoded.k = kindAt;
  const relative = relativeId(card.noteId, `${context.chapterId}/${card.kind}/`, card.prompt);
  if (relative === null) encoded.I = card.noteId;
  else if (relative !== undefined) encoded.i = relative;
  if (card.id !== card.noteId) {
    if (card.id.startsWith(`${card.noteId}/`)) encoded.x = card.id.slice(card.noteId.length + 1);
    else encoded.X = card.id;
  }
  if (card.reverse) encoded.v = 1;
  const sectionAt = card.sectionId === null ? undefined : context.sectionIndex.get(card.sectionId);
  if (sectionAt !== undefined) encoded.s = sectionAt;
  else if (card.sectionId !== null) encoded.S = card.sectionId;
  const pathBase = sectionPathBase(context, sectionAt);
  if (!sameValue(card.sectionPath, pathBase)) encoded.q = encodePath(card.sectionPath, pathBase, null);
  if (!(card.items !== null && card.answer === card.items.join(ITEM_SEPARATOR))) encoded.a = card.answer;
  if (card.term !== null) encoded.t = card.term === card.prompt ? 0 : card.term;
  if (card.items !== null) encoded.m = card.items.map((item) => context.promptIndex.get(item) ?? item);
  if (card.details.length > 0) encoded.d = card.details.map((detail) => (detail.depth === 1 ? detail.text : [detail.text, detail.depth]));
  if (card.context !== null) encoded.c = card.context;
  encoded.o = encodePlace(card.source, context.file);
  if (reverse !== null) encoded.r = reverse;
  if (card.answerCode) encoded.y = card.answerCode.lang ?? 0;
  if (card.tags) encoded.g = card.tags;
  return encoded;
}

function decodeDetail(detail: string | [string, number]): AnswerDetail {
  return typeof detail === 'string' ? { text: detail, depth: 1 } : { text: detail[0], depth: detail[1] };
}

function decodeCard(payload: CardPayload, context: ChapterContext, prompts: readonly string[]): Card {
  const kind = KINDS[payload.k ?? 0] ?? 'definition';
  const noteId = payload.I ?? `${context.chapterId}/${kind}/${payload.i ?? plainSlug(payload.p)}`;
  const items = payload.m?.map((item) => (typeof item === 'number' ? prompts[item]! : item)) ?? null;
  const sectionPath = sectionPathBase(context, payload.s);
  const card: Card = {
    id: payload.X ?? (payload.x === undefined ? noteId : `${noteId}/${payload.x}`),
    kind,
    noteId,
    reverse: payload.v === 1,
    chapterId: context.chapterId,
    sectionId: payload.s === undefined ? (payload.S ?? null) : context.sections[payload.s]!.id,
    prompt: payload.p,
    answer: payload.a ?? (items ?? []).join(ITEM_SEPARATOR),
    term: payload.t === undefined ? null : payload.t === 0 ? payload.p : payload.t,
    items,
    details: (payload.d ?? []).map(decodeDetail),
    context: payload.c ?? null,
    // The section's own path, shared by its cards as in the pipeline's deck.
    sectionPath: payload.q === undefined ? (sectionPath as string[]) : decodePath(payload.q, sectionPath, null),
    source: decodePlace(payload.o, context.file),
  };
  if (payload.y !== undefined) card.answerCode = { lang: payload.y === 0 ? null : payload.y };
  if (payload.g !== undefined) card.tags = payload.g;
  return card;
}

function chapterContext(
  chapter: Pick<Chapter, 'id' | 'title' | 'file'>,
  sections: readonly Section[],
  promptIndex: ReadonlyMap<string, number> = new Map(),
): ChapterContext {
  return {
    chapterId: chapter.id,
    file: chapter.file,
    chapterTitle: chapter.title,
    sections,
    sectionIndex: new Map(sections.map((section, index) => [section.id, index])),
    promptIndex,
  };
}

/** The cards as they will be encoded: a reverse card that can be derived from the card before it goes with that card. */
function encodedRuns(cards: readonly Card[]): Array<{ card: Card; reverse: TextPatch | null }> {
  const runs: Array<{ card: Card; reverse: TextPatch | null }> = [];
  for (let index = 0; index < cards.length; index += 1) {
    const card = cards[index]!;
    const reverse = reversePatch(card, cards[index + 1]);
    runs.push({ card, reverse });
    if (reverse !== null) index += 1;
  }
  return runs;
}

/** A chapter's sections and cards (all of the chapter's, in deck order) as shipped. */
export function encodeChapter(chapter: Chapter, cards: readonly Card[]): ChapterPayload {
  const runs = encodedRuns(cards);
  const promptIndex = new Map<string, number>();
  runs.forEach(({ card }, index) => {
    if (!promptIndex.has(card.prompt)) promptIndex.set(card.prompt, index);
  });
  const context = chapterContext(chapter, chapter.sections, promptIndex);
  return { s: encodeSections(chapter), c: runs.map(({ card, reverse }) => encodeCard(card, context, reverse)) };
}

export interface DecodedChapter {
  chapter: Chapter;
  cards: Card[];
}

/** The chapter and its cards back from the outline and the shipped payload. */
export function decodeChapter(outline: ChapterOutline, payload: ChapterPayload): DecodedChapter {
  const sections = decodeSections(outline, payload.s);
  const chapter: Chapter = { id: outline.id, title: outline.title, order: outline.order, file: outline.file, sections, empty: outline.empty };
  const context = chapterContext(chapter, sections);
  const prompts = payload.c.map((card) => card.p);
  const cards: Card[] = [];
  for (const cardPayload of payload.c) {
    const card = decodeCard(cardPayload, context, prompts);
    cards.push(card);
    if (cardPayload.r !== undefined) cards.push(derivedReverse(card, decodePatch(cardPayload.r, card.answer)));
  }
  return { chapter, cards };
}

/** Runs of [chapter index, count] in the deck's card order. */
function cardRuns(deck: Deck, chapterIndex: ReadonlyMap<string, number>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const card of deck.cards) {
    const index = chapterIndex.get(card.chapterId);
    if (index === undefined) throw new Error(`Card ${card.id} belongs to chapter "${card.chapterId}", which the deck does not have`);
    const last = runs.at(-1);
    if (last && last[0] === index) last[1] += 1;
    else runs.push([index, 1]);
  }
  return runs;
}

/** Whether the runs are the chapters one after another, in order (each chapter at most once). */
const inChapterOrder = (runs: ReadonlyArray<readonly [number, number]>) => runs.every(([index], at) => at === 0 || index > runs[at - 1]![0]);

export function encodeDeck(deck: Deck): DeckPayload {
  const chapterIndex = new Map(deck.chapters.map((chapter, index) => [chapter.id, index]));
  if (chapterIndex.size !== deck.chapters.length) throw new Error('Two chapters of the deck share an id');
  const runs = cardRuns(deck, chapterIndex);
  const byChapter = cardsByChapter(deck);
  const chapters: Record<string, ChapterPayload> = {};
  for (const chapter of deck.chapters) chapters[chapter.id] = encodeChapter(chapter, byChapter.get(chapter.id) ?? []);
  const outline: DeckOutline = {
    id: deck.id,
    title: deck.title,
    chapters: deck.chapters.map((chapter) => chapterOutline(chapter, byChapter.get(chapter.id) ?? [])),
  };
  if (deck.idMoves) outline.idMoves = deck.idMoves;
  return {
    outline,
    chapters,
    rest: inChapterOrder(runs) ? { warnings: deck.warnings } : { warnings: deck.warnings, runs },
  };
}

/** The deck from its outline, its chapters (decoded, in the outline's order) and the rest. */
export function assembleDeck(outline: DeckOutline, decoded: readonly DecodedChapter[], rest: DeckRestPayload): Deck {
  let cards: Card[];
  if (rest.runs === undefined) cards = decoded.flatMap((chapter) => chapter.cards);
  else {
    const taken = decoded.map(() => 0);
    cards = rest.runs.flatMap(([index, count]) => {
      const from = taken[index]!;
      taken[index] = from + count;
      return decoded[index]!.cards.slice(from, from + count);
    });
  }
  const deck: Deck = { id: outline.id, title: outline.title, chapters: decoded.map((chapter) => chapter.chapter), cards, warnings: rest.warnings };
  if (outline.idMoves) deck.idMoves = outline.idMoves;
  return deck;
}

/** The deck from its outline, every chapter's payload (by chapter id) and the rest. */
export function decodeDeck(outline: DeckOutline, chapters: Readonly<Record<string, ChapterPayload>>, rest: DeckRestPayload): Deck {
  const decoded = outline.chapters.map((chapter) => {
    const payload = chapters[chapter.id];
    if (payload === undefined) throw new Error(`The cards of chapter "${chapter.id}" are missing`);
    return decodeChapter(chapter, payload);
  });
  return assembleDeck(outline, decoded, rest);
}
