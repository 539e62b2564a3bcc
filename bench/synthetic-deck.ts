// Large, realistic decks and study histories for benchmarks, reproducible from a seed.
// Progress is made by really grading with the app's scheduler, so states and logs have the shapes real use gives.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Card, Chapter, Deck, Section } from '../src/domain/deck';
import { defaultStudySettings, Rating, State, type CardProgress, type Grade, type ReviewEntry, type SchedulingState } from '../src/domain/progress';
import { GRADES, gradeCard, newSchedulingState, schedulerOptionsFrom } from '../src/domain/scheduler';

type Rng = ReturnType<typeof xoroshiro128plus>;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const CHAPTER_TITLES = [
  'Container Orchestration',
  'Kubernetes',
  'Kubernetes Architecture',
  'Installing Kubernetes',
  'Minikube',
  'Accessing Minikube',
  'Kubernetes Building Blocks',
  'Authentication, Authorization, Admission Control',
  'Services',
  'Deploying a Stand-Alone Application',
  'Kubernetes Volume Management',
  'ConfigMaps and Secrets',
  'Ingress',
  'Advanced Topics',
  'Kubernetes Community',
];

const SECTION_TITLES = [
  'Define the concept',
  'Explain the components',
  'Networking Challenges',
  'Review the setup requirements',
  'Describe the benefits',
  'Discuss the options',
  'Explain the workflow',
  'List the objects',
];

const WORDS = [
  'api',
  'server',
  'scheduler',
  'controller',
  'manager',
  'etcd',
  'kubelet',
  'proxy',
  'pod',
  'node',
  'service',
  'ingress',
  'volume',
  'secret',
  'config',
  'map',
  'namespace',
  'label',
  'selector',
  'deployment',
  'replica',
  'set',
  'daemon',
  'stateful',
  'job',
  'cron',
  'container',
  'runtime',
  'image',
  'network',
  'policy',
  'cluster',
  'role',
  'binding',
  'account',
  'token',
  'admission',
  'webhook',
  'endpoint',
  'port',
  'load',
  'balancer',
];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[uniformInt(rng, 0, items.length - 1)];
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalised(words: string[]): string {
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

/** A readable term, unique in its chapter (a numeral is added on collision, as duplicate ids would be). */
function uniqueTerm(rng: Rng, used: Set<string>): string {
  const words: string[] = [];
  const length = uniformInt(rng, 1, 3);
  while (words.length < length) {
    const word = pick(rng, WORDS);
    if (!words.includes(word)) words.push(word);
  }
  let term = capitalised(words);
  for (let n = 2; used.has(slug(term)); n += 1) term = `${capitalised(words)} ${n}`;
  used.add(slug(term));
  return term;
}

function sentence(rng: Rng, wordCount: number): string {
  const words = Array.from({ length: wordCount }, () => pick(rng, WORDS)).join(' ');
  return words[0].toUpperCase() + words.slice(1);
}

interface Place {
  chapter: Chapter;
  section: Section;
  line: number;
}

function cardAt(place: Place, fields: Pick<Card, 'id' | 'kind' | 'noteId' | 'reverse' | 'prompt' | 'answer'> & Partial<Card>): Card {
  return {
    term: null,
    items: null,
    details: [],
    context: null,
    ...fields,
    chapterId: place.chapter.id,
    sectionId: place.section.id,
    sectionPath: place.section.path,
    source: { file: place.chapter.file, line: place.line },
  };
}

/** Cards of one note: a definition and its reverse, an enumeration, or a cloze sentence with one or two deletions. */
function noteCards(rng: Rng, place: Place, usedTerms: Set<string>): Card[] {
  const roll = uniformFloat64(rng);
  const chapterId = place.chapter.id;
  if (roll < 0.65) {
    const term = uniqueTerm(rng, usedTerms);
    const definition = sentence(rng, uniformInt(rng, 6, 18));
    const id = `${chapterId}/definition/${slug(term)}`;
    const forward = cardAt(place, { id, kind: 'definition', noteId: id, reverse: false, prompt: term, answer: definition, term });
    return [forward, { ...forward, id: `${id}/reverse`, reverse: true, prompt: definition, answer: term }];
  }
  if (roll < 0.85) {
    const leadIn = `${uniqueTerm(rng, usedTerms)} has following components`;
    const items = Array.from({ length: uniformInt(rng, 3, 8) }, () => capitalised([pick(rng, WORDS), pick(rng, WORDS)]));
    const id = `${chapterId}/enumeration/${slug(leadIn)}`;
    return [cardAt(place, { id, kind: 'enumeration', noteId: id, reverse: false, prompt: leadIn, answer: items.join(', '), items })];
  }
  const hidden = [uniqueTerm(rng, usedTerms)];
  if (uniformFloat64(rng) < 0.3) hidden.push(capitalised([pick(rng, WORDS)]));
  const context = `${sentence(rng, 5)} ${hidden.join(' and ')} ${sentence(rng, 5).toLowerCase()}`;
  const noteId = `${chapterId}/cloze/${slug(context).slice(0, 60)}`;
  return hidden.map((part, i) =>
    cardAt(place, {
      id: `${noteId}/c${i + 1}`,
      kind: 'cloze',
      noteId,
      reverse: false,
      prompt: context.replace(part, '[…]'),
      answer: part,
      context,
    }),
  );
}

/** A deck of exactly `cardCount` cards over chapters and sections, like the pipeline makes from long notes. */
export function makeSyntheticDeck(cardCount: number, seed: number): Deck {
  const rng = xoroshiro128plus(seed);
  const chapterCount = Math.min(CHAPTER_TITLES.length, Math.max(1, Math.ceil(cardCount / 400)));
  const chapters: Chapter[] = CHAPTER_TITLES.slice(0, chapterCount).map((title, i) => {
    const id = slug(title);
    const file = `content/${String(i + 1).padStart(2, '0')}-${id}.md`;
    const sections = SECTION_TITLES.map((sectionTitle, j) => ({
      id: `${id}/${slug(sectionTitle)}`,
      title: sectionTitle,
      note: null,
      path: [title, sectionTitle],
      source: { file, line: 3 + j * 40 },
    }));
    return { id, title, order: i + 1, file, sections, empty: false };
  });
  const cards: Card[] = [];
  const usedTermsByChapter = new Map(chapters.map((chapter) => [chapter.id, new Set<string>()]));
  const perChapter = Math.ceil(cardCount / chapterCount);
  for (const chapter of chapters) {
    const chapterStart = cards.length;
    const chapterEnd = Math.min(cardCount, chapterStart + perChapter);
    let line = 5;
    while (cards.length < chapterEnd) {
      // Sections follow each other through the chapter, as in a note file.
      const shareDone = (cards.length - chapterStart) / perChapter;
      const section = chapter.sections[Math.floor(shareDone * chapter.sections.length)];
      const made = noteCards(rng, { chapter, section, line }, usedTermsByChapter.get(chapter.id)!);
      cards.push(...made.slice(0, chapterEnd - cards.length));
      line += uniformInt(rng, 1, 4);
    }
  }
  return { id: 'kubernetes', title: 'Kubernetes', chapters, cards, warnings: [] };
}

function weightedGrade(rng: Rng, weights: readonly [number, number, number, number]): Grade {
  let roll = uniformFloat64(rng);
  for (let i = 0; i < 3; i += 1) {
    roll -= weights[i];
    if (roll < 0) return GRADES[i]!;
  }
  return Rating.Easy;
}

// Learners press Good most of the time; learning steps are failed more often than reviews.
const REVIEW_GRADE_WEIGHTS = [0.08, 0.12, 0.7, 0.1] as const;
const LEARNING_GRADE_WEIGHTS = [0.15, 0.05, 0.8, 0] as const;

export interface SyntheticProgress {
  progress: Record<string, CardProgress>;
  /** Every grade, oldest first. */
  log: ReviewEntry[];
}

/**
 * Grades every card `reviewsPerCard` times, ending before `now`: reviews when the card falls due (a little late),
 * and, once its next due date is past `now`, quiz answers at any time (they feed the same schedule).
 * Uses the app's settings with fuzz on. About 1% of studied cards end suspended.
 */
export function makeSyntheticProgress(deck: Deck, reviewsPerCard: number, seed: number, now: number): SyntheticProgress {
  const rng = xoroshiro128plus(seed);
  const options = schedulerOptionsFrom(defaultStudySettings, true);
  const progress: Record<string, CardProgress> = {};
  const log: ReviewEntry[] = [];
  for (const card of deck.cards) {
    if (reviewsPerCard <= 0) break;
    let at = now - uniformInt(rng, 30, 720) * DAY_MS - uniformInt(rng, 0, DAY_MS);
    let state: SchedulingState = newSchedulingState(at);
    for (let done = 0; done < reviewsPerCard; done += 1) {
      const remaining = reviewsPerCard - done;
      const learning = state.state === State.Learning || state.state === State.Relearning;
      const lateness = learning ? uniformInt(rng, 0, 5 * MINUTE_MS) : uniformInt(rng, 0, 2 * DAY_MS);
      const onTime = state.state === State.New ? at : Math.max(at, state.due) + lateness;
      // Leave room for the remaining grades before `now`; past that, answers come from quizzes at any time.
      const fromReview = onTime <= now - (remaining - 1) * MINUTE_MS;
      const gradedAt = fromReview ? onTime : at + Math.floor((uniformFloat64(rng) * (now - at)) / remaining);
      // A wrong quiz answer sends the card back to relearning; the last grade is right, so few cards are left mid-steps.
      const quizRight = remaining === 1 || uniformFloat64(rng) < 0.9;
      const grade: Grade = fromReview
        ? weightedGrade(rng, learning || state.state === State.New ? LEARNING_GRADE_WEIGHTS : REVIEW_GRADE_WEIGHTS)
        : quizRight
          ? Rating.Good
          : Rating.Again;
      const result = gradeCard(state, grade, gradedAt, options);
      log.push({
        cardId: card.id,
        at: gradedAt,
        rating: grade,
        stateBefore: result.entryStateBefore,
        durationMs: uniformInt(rng, 2_000, 30_000),
        origin: fromReview ? 'review' : 'quiz',
      });
      state = result.next;
      at = gradedAt + 1000;
    }
    progress[card.id] = { scheduling: state, suspended: uniformFloat64(rng) < 0.01 };
  }
  log.sort((a, b) => a.at - b.at);
  // Re-created in time order, as decoding a stored log lays them out in memory.
  return { progress, log: log.map((entry) => ({ ...entry })) };
}
