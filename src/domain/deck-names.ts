// The names a deck gives each thing: its terms and list items, grouped with the other names the notes give the
// same thing. Evidence comes from the notes only:
//   "Container Network Interface (CNI proposed by CoreOS)"   → CNI = Container Network Interface (stated in brackets,
//                                                               on any line: the pipeline keeps them as deck.aliases)
//   "Hashicorp Nomad" (a list item) + "Nomad is … from HashiCorp"   → Hashicorp Nomad = Nomad (a prefixed form)
//   "Amazon ECS" (a list item) + "Amazon Elastic Container Service"  → the notes abbreviate it: ECS as well
import type { Deck, StatedAlias } from './deck';
import { answerAliases, answerTokens, compactAnswer, sameTerm } from './quiz-answer-match';

/** Words that may sit inside a long form without giving a letter to its abbreviation ("Department of Defense"). */
const UNLETTERED_WORDS = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', 'a', 'an', '&']);
/** An abbreviation as notes write one: 2–8 letters or digits, at least two of them capitals ("CNI", "CNCF", "HA", "K8s"). */
const ABBREVIATION = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\p{N}]{2,8}$/u;
const ALIAS_LEAD_IN = /^(aka|a\.k\.a\.?|also known as|also called|short for|i\.e\.?|ie)\s+/i;
/** A list item longer than this reads as a description, not a name. */
const MAX_NAME_WORDS = 5;
/** A prefix of at most this many words may stand before a name ("Mesos Marathon", "Amazon Web Services X"). */
const MAX_PREFIX_WORDS = 2;

function words(text: string): string[] {
  return text.split(/[\s\-/]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

function lettersOf(words: readonly string[]): string {
  return words
    .filter((word) => !UNLETTERED_WORDS.has(word.toLowerCase()))
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, '')[0] ?? '')
    .join('')
    .toLowerCase();
}

/** The shortest run of words ending `before` whose initials spell `short` ("…uses Container Network Interface" → CNI). */
function longFormBefore(before: string, short: string): string | null {
  const letters = short.toLowerCase().replace(/[^\p{L}]/gu, '');
  const tail = before.trimEnd();
  const parts = [...tail.matchAll(/[^\s\-/]+/g)];
  for (let count = 2; count <= Math.min(parts.length, letters.length + 3); count += 1) {
    const run = parts.slice(-count);
    if (UNLETTERED_WORDS.has(run[0][0].toLowerCase())) continue;
    if (lettersOf(run.map((part) => part[0])) === letters) return tail.slice(run[0].index).replace(/[^\p{L}\p{N}]+$/u, '');
  }
  return null;
}

/** Long and short forms a text states in brackets: "Network Address Translation(NAT)", "DNS (Domain Name System)". */
export function statedAbbreviations(text: string): StatedAlias[] {
  const found: StatedAlias[] = [];
  for (const match of text.matchAll(/\(([^()]{1,120})\)/g)) {
    const inside = match[1].trim().replace(ALIAS_LEAD_IN, '');
    const before = text.slice(0, match.index);
    const first = inside.split(/[\s,;:]+/)[0] ?? '';
    if (ABBREVIATION.test(first)) {
      const long = longFormBefore(before, first);
      if (long) found.push({ long, short: first });
      continue;
    }
    const previous =
      before
        .trimEnd()
        .split(/\s+/)
        .at(-1)
        ?.replace(/[^\p{L}\p{N}]/gu, '') ?? '';
    const long = inside.split(/[,;:]/)[0].trim();
    if (ABBREVIATION.test(previous) && lettersOf(words(long)) === previous.toLowerCase()) found.push({ long, short: previous });
  }
  return found;
}

export interface DeckNames {
  /** Every name in the deck: terms, list items that read as names, and the forms the notes state. */
  readonly all: readonly string[];
  /**
   * The group of names `name` belongs to: the same key for every name of one thing the deck knows ("Marathon",
   * "Mesos Marathon"); a name the deck does not know is its own group (its compact form).
   */
  groupOf(name: string): string;
  /** The other names of what `name` names (empty when the deck knows no other). */
  aliasesOf(name: string): string[];
  /** Two names of the same thing, by the deck's evidence or by their own form ("etcd"/"ETCD", "CNCF"/"… (aka CNCF)"). */
  same(a: string, b: string): boolean;
  /** The same thing, or one a part or kind of the other (see `partOrWhole`): never both options of one question. */
  related(a: string, b: string): boolean;
}

/** Union–find over names, keyed by their compact form. */
class NameGroups {
  private readonly parent = new Map<string, string>();
  private readonly texts = new Map<string, string>();

  add(text: string): string {
    const key = compactAnswer(text);
    if (key === '') return key;
    if (!this.parent.has(key)) this.parent.set(key, key);
    if (!this.texts.has(key)) this.texts.set(key, text.trim());
    return key;
  }

  has(key: string): boolean {
    return this.parent.has(key);
  }

  root(key: string): string {
    let current = key;
    while (this.parent.get(current) !== current) current = this.parent.get(current) ?? current;
    this.parent.set(key, current);
    return current;
  }

  join(a: string, b: string): void {
    if (a === '' || b === '') return;
    const [left, right] = [this.root(a), this.root(b)];
    if (left !== right) this.parent.set(right, left);
  }

  /** Root key → the texts of its group; call once every join is made. */
  byRoot(): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const key of this.parent.keys()) {
      const root = this.root(key);
      groups.set(root, [...(groups.get(root) ?? []), this.texts.get(key) ?? key]);
    }
    return groups;
  }

  allTexts(): string[] {
    return [...this.texts.values()];
  }
}

function isName(text: string): boolean {
  return words(text).length <= MAX_NAME_WORDS && !/[.!?]$/.test(text.trim());
}

interface DeckName {
  text: string;
  /** The definition of a defined term, else null. */
  definition: string | null;
}

/** Names of the deck: definition terms and short list items. */
function namesOf(deck: Deck): DeckName[] {
  return deck.cards.flatMap((card): DeckName[] => {
    if (card.kind === 'definition' && !card.reverse && card.term) return [{ text: card.term, definition: card.answer }];
    if (card.kind === 'enumeration' && !card.reverse) return (card.items ?? []).filter(isName).map((item) => ({ text: item, definition: null }));
    return [];
  });
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);
/** Words that introduce a maker or platform: "by Docker Inc", "from HashiCorp", "on Apache Mesos". */
const MAKER_LEADS = new Set(['by', 'from', 'on']);

/**
 * The definition names the prefix as a maker or platform: after "by", "from" or "on" (one word may come between:
 * "by Msft Azure"), and ending the phrase (the text ends, punctuation, or a name goes on: "by Docker Inc").
 */
function namesMaker(definition: string, prefix: readonly string[]): boolean {
  const parts = definition.split(/([^\p{L}\p{N}]+)/u);
  const words = parts.filter((_, index) => index % 2 === 0);
  const after = (index: number) => parts[index * 2 + 1] ?? '';
  const wanted = prefix.map((word) => word.toLowerCase());
  for (let start = 0; start + wanted.length <= words.length; start += 1) {
    if (!wanted.every((word, offset) => words[start + offset].toLowerCase() === word)) continue;
    const led = [words[start - 1], words[start - 2]].some((word) => word !== undefined && MAKER_LEADS.has(word.toLowerCase()));
    const end = start + wanted.length;
    const next = words[end];
    const phraseEnds = next === undefined || next === '' || /[,.;:()—–]/.test(after(end - 1)) || capitalised(next);
    if (led && phraseEnds) return true;
  }
  return false;
}

/**
 * A maker or platform before a product's name may be left out when the notes name it as such: "Mesos Marathon"
 * is Marathon ("Marathon is framework … on Apache Mesos"), "Azure Service Fabric" may be given as "Service Fabric"
 * ("… provided by Msft Azure"); "Worker Node" is not "Node", nor "API Server" "Server".
 */
function prefixedForms(names: readonly DeckName[]): [string, string][] {
  const definitions = new Map<string, string[]>();
  for (const name of names) {
    if (name.definition === null) continue;
    const key = compactAnswer(name.text);
    definitions.set(key, [...(definitions.get(key) ?? []), name.definition]);
  }
  const pairs: [string, string][] = [];
  for (const { text } of names) {
    const parts = text.trim().split(/\s+/);
    for (let prefixLength = 1; prefixLength <= Math.min(MAX_PREFIX_WORDS, parts.length - 1); prefixLength += 1) {
      const prefix = parts.slice(0, prefixLength);
      const rest = parts.slice(prefixLength).join(' ');
      const said = [...(definitions.get(compactAnswer(text)) ?? []), ...(definitions.get(compactAnswer(rest)) ?? [])];
      if (prefix.every(capitalised) && said.some((definition) => namesMaker(definition, prefix))) pairs.push([text, rest]);
    }
  }
  return pairs;
}

const UNSTEMMED_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'for']);

/** A word without the endings that make a noun of a verb or a doer of a deed ("orchestration", "orchestrator" → "orchestr"). */
function stem(word: string): string {
  const stemmed = word.replace(/(?:ations?|ators?|ions?|ers?|ors?|ings?|ments?)$/u, '');
  return stemmed.length >= 4 ? stemmed : word;
}

function stemsOf(name: string): string[] {
  return answerTokens(name)
    .filter((word) => !UNSTEMMED_WORDS.has(word))
    .map(stem);
}

/**
 * One name a part or kind of the other, or the same word stems: "Controller Manager" and "kube-controller-manager"
 * (the shorter ends the longer), "Namespace" and "Network Namespace", "Container Orchestrator" and "Container
 * orchestration". A word in front only ("Containers", "Container Images") names something else.
 */
export function partOrWhole(a: string, b: string): boolean {
  const [left, right] = [stemsOf(a), stemsOf(b)];
  if (left.length === 0 || right.length === 0) return false;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  const offset = longer.length - shorter.length;
  return shorter.every((word, index) => longer[offset + index] === word);
}

/** Capitalised shorthands the cards use as words ("controlled by the MN"). */
function shorthandsInCards(deck: Deck): Set<string> {
  const found = new Set<string>();
  for (const card of deck.cards) {
    if (card.reverse) continue;
    for (const text of [card.prompt, card.answer, ...card.details.map((detail) => detail.text)]) {
      for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu)) found.add(match[0]);
    }
  }
  return found;
}

/**
 * Initials of a name the cards write as a word: "MN" for Master Node in "Worker Node: … controlled by the MN".
 * Only when one name of the deck has those initials.
 */
function usedInitials(deck: Deck, names: readonly string[]): [string, string][] {
  const shorthands = shorthandsInCards(deck);
  const byInitials = new Map<string, Set<string>>();
  for (const name of names) {
    const nameWords = words(name);
    if (nameWords.length < 2) continue;
    const initials = lettersOf(nameWords).toUpperCase();
    if (!shorthands.has(initials)) continue;
    byInitials.set(initials, (byInitials.get(initials) ?? new Set()).add(compactAnswer(name)));
  }
  return [...byInitials].flatMap(([initials, named]) => {
    if (named.size !== 1) return [];
    const name = names.find((candidate) => named.has(compactAnswer(candidate))) ?? '';
    return [[name, initials] as [string, string]];
  });
}

/**
 * The deck's names, grouped: forms of one name (case, plurals, its bracketed part), names the notes state as the
 * same (bracketed abbreviations anywhere in the notes, prefixed forms), and shortenings the notes themselves use
 * ("Amazon ECS" for "Amazon Elastic Container Service" makes "ECS" a name of it too).
 */
export function collectDeckNames(deck: Deck): DeckNames {
  const groups = new NameGroups();
  const names = namesOf(deck);
  for (const name of names) groups.add(name.text);

  for (const { long, short } of deck.aliases ?? []) groups.join(groups.add(long), groups.add(short));
  for (const [long, short] of prefixedForms(names)) groups.join(groups.add(long), groups.add(short));
  for (const [name, initials] of usedInitials(
    deck,
    names.map((name) => name.text),
  ))
    groups.join(groups.add(name), groups.add(initials));

  // A name's own forms (as written, without its bracketed part, its bracketed abbreviation) name it too.
  const stated = new Map<string, string>();
  for (const text of groups.allTexts()) {
    const key = compactAnswer(text);
    for (const alias of answerAliases(text)) {
      if (alias.kind === 'derived') continue;
      if (groups.has(alias.compact)) groups.join(key, alias.compact);
      const named = stated.get(alias.compact);
      if (named === undefined) stated.set(alias.compact, key);
      else groups.join(key, named);
    }
  }
  // Shortenings count against names as written, and when the notes write one with a prefix ("Amazon ECS"), its
  // initials alone are a name of it too.
  for (const text of groups.allTexts()) {
    for (const alias of answerAliases(text)) {
      if (alias.kind !== 'derived' || !stated.has(alias.compact)) continue;
      groups.join(compactAnswer(text), stated.get(alias.compact) ?? '');
      const initials = alias.text.split(' ').at(-1) ?? '';
      if (alias.text.includes(' ') && /^\p{Lu}{2,}$/u.test(initials)) groups.join(compactAnswer(text), groups.add(initials));
    }
  }

  const members = groups.byRoot();
  const groupOf = (name: string): string => {
    const key = compactAnswer(name);
    if (groups.has(key)) return groups.root(key);
    const alias = answerAliases(name).find((candidate) => candidate.kind !== 'derived' && groups.has(candidate.compact));
    return alias ? groups.root(alias.compact) : key;
  };
  const same = (a: string, b: string): boolean => {
    const [left, right] = [groupOf(a), groupOf(b)];
    if (left === '' || right === '') return false;
    return left === right || sameTerm(a, b);
  };
  return {
    all: groups.allTexts(),
    groupOf,
    aliasesOf(name) {
      const own = new Set(answerAliases(name).map((alias) => alias.compact));
      return (members.get(groupOf(name)) ?? []).filter((member) => !own.has(compactAnswer(member)));
    },
    same,
    related: (a, b) => same(a, b) || partOrWhole(a, b),
  };
}
