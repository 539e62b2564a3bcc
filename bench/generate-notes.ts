// Deterministic notes in the author's style (see content/), for timing the pipeline on a large input.
// Same seed and size → same text, so figures from different runs and machines compare.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export interface GenerateNotesOptions {
  /** Stop after the first chapter that reaches this many UTF-8 bytes. */
  bytes: number;
  seed: number;
}

const ADJECTIVES = [
  'Cluster',
  'Container',
  'Network',
  'Storage',
  'Service',
  'Control',
  'Worker',
  'Master',
  'Image',
  'Runtime',
  'Volume',
  'Ingress',
  'Secret',
  'Config',
  'Batch',
  'Stateful',
  'Daemon',
  'Replica',
  'Resource',
  'Node',
  'Policy',
  'Endpoint',
  'Scheduler',
  'Proxy',
  'Admission',
  'Namespace',
  'Quota',
  'Label',
  'Taint',
  'Probe',
];
const NOUNS = [
  'Manager',
  'Controller',
  'Set',
  'Class',
  'Plugin',
  'Driver',
  'Gateway',
  'Store',
  'Agent',
  'Server',
  'Interface',
  'Mesh',
  'Registry',
  'Account',
  'Binding',
  'Template',
  'Selector',
  'Budget',
  'Hook',
  'Shim',
  'Operator',
  'Handler',
  'Router',
  'Cache',
  'Queue',
  'Token',
  'Snapshot',
  'Claim',
  'Range',
  'Pool',
];
const VERBS = [
  'schedules',
  'manages',
  'watches',
  'stores',
  'exposes',
  'groups',
  'routes',
  'mounts',
  'scales',
  'restarts',
  'validates',
  'forwards',
  'encrypts',
  'balances',
  'replicates',
  'monitors',
  'assigns',
  'connects',
  'caches',
  'reports',
];
const WORDS = [
  'pods',
  'containers',
  'nodes',
  'the cluster',
  'workloads',
  'requests',
  'traffic',
  'volumes',
  'images',
  'state',
  'the API server',
  'each WN',
  'the MN',
  'endpoints',
  'secrets',
  'config maps',
  'replicas',
  'namespaces',
  'labels',
  'health checks',
  'resource usage',
  'CPU/RAM',
  'the control plane',
  'network policies',
  'service accounts',
];
const LINKS = ['in-check', 'without downtime', 'across hosts', 'on each node', 'based on rules put in place', 'at scale', 'via the API'];
const LANGUAGES = ['bash', 'yaml', 'sh'];
const SECTION_VERBS = ['Explain', 'Discuss', 'Review', 'Describe'];

class NoteWriter {
  private readonly rng: RandomGenerator;
  /** Terms are unique in the whole collection: the pipeline merges a front written twice into one card. */
  private readonly usedTerms = new Set<string>();
  private readonly usedSectionTitles = new Set<string>();
  private readonly usedChapterTitles = new Set<string>();

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  startChapter(): void {
    this.usedSectionTitles.clear();
  }

  chapterTitle(): string {
    for (;;) {
      const title = `${this.pick(ADJECTIVES)} ${this.pick(NOUNS)}s`;
      if (!this.usedChapterTitles.has(title)) {
        this.usedChapterTitles.add(title);
        return title;
      }
    }
  }

  /**
   * A name not yet in `used`, so card ids stay unique as in real notes. `make` gets the number of names already
   * refused, so it can make longer ones when short ones run out (a big collection needs more terms than two or three
   * words give).
   */
  private unique(used: Set<string>, make: (refused: number) => string): string {
    for (let refused = 0; ; refused += 1) {
      const name = make(refused);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  }

  /** A two- or three-word term. */
  term(): string {
    return this.unique(this.usedTerms, (refused) => {
      const words = [this.pick(ADJECTIVES), this.pick(NOUNS)];
      if (this.int(0, 3) === 0) words.unshift(this.pick(ADJECTIVES));
      // One more word for every 16 names already taken: there is always a free one.
      for (let more = Math.floor(refused / 16); more > 0; more -= 1) words.unshift(this.pick(ADJECTIVES));
      return words.join(' ');
    });
  }

  sectionTitle(make: () => string): string {
    return this.unique(this.usedSectionTitles, make);
  }

  clause(): string {
    const parts = [this.pick(VERBS), this.pick(WORDS)];
    if (this.int(0, 1) === 0) parts.push('and', this.pick(VERBS), this.pick(WORDS));
    if (this.int(0, 2) === 0) parts.push(this.pick(LINKS));
    return parts.join(' ');
  }

  sentence(): string {
    const clauses = [this.clause()];
    while (clauses.length < 3 && this.int(0, 2) === 0) clauses.push(this.clause());
    return clauses.join(', ');
  }

  definitionLine(term: string): string {
    const separator = this.pick([': ', ': ', ': ', ' - ']);
    const answer = this.sentence();
    return `${term}${separator}${answer.charAt(0).toUpperCase()}${answer.slice(1)}`;
  }

  children(depth: number, count: number): string[] {
    const lines: string[] = [];
    for (let index = 0; index < count; index += 1) {
      lines.push(`${'-'.repeat(depth)}${this.pick(['Also ', 'It ', '', ''])}${this.sentence()}`);
      if (depth < 3 && this.int(0, 4) === 0) lines.push(...this.children(depth + 1, this.int(1, 2)));
    }
    return lines;
  }

  /** "Define X" + "-X: definition" with nested children, as in chapter 1 and 3 of the user's notes. */
  definitionSection(): string[] {
    const term = this.term();
    const lines = [`Define ${term}`, `-${this.definitionLine(term)}`, ...this.children(2, this.int(0, 3))];
    for (let more = this.int(0, 3); more > 0; more -= 1) lines.push(`-${this.definitionLine(this.term())}`, ...this.children(2, this.int(0, 2)));
    return lines;
  }

  /** "X Features" + numbered "Name: definition" items, some with lazy dash lines inside the item. */
  numberedSection(): string[] {
    const lines = [this.sectionTitle(() => `${this.pick(ADJECTIVES)} ${this.pick(['Features', 'Benefits', 'Challenges'])}`)];
    const count = this.int(3, 8);
    for (let index = 1; index <= count; index += 1) {
      lines.push(`${index}. ${this.int(0, 3) === 0 ? this.sentence() : this.definitionLine(this.term())}`);
      if (this.int(0, 2) === 0) lines.push(...this.children(this.int(1, 2), this.int(1, 3)));
    }
    return lines;
  }

  /** "-MN has following components:" + numbered items, the worked example of DESIGN.md. */
  componentsSection(): string[] {
    const lines = [
      this.sectionTitle(() => `${this.pick(SECTION_VERBS)} components of the ${this.pick(ADJECTIVES).toLowerCase()} ${this.pick(NOUNS).toLowerCase()}`),
    ];
    lines.push(`-${this.term()} has following components:`);
    const count = this.int(2, 5);
    for (let index = 1; index <= count; index += 1) {
      lines.push(`${index}. ${this.definitionLine(this.term())}`, ...this.children(2, this.int(0, 2)));
      if (this.int(0, 3) === 0) lines.push(`-${this.term()} ${this.clause()}`);
    }
    return lines;
  }

  /** Subject statements and one-line lists ("Examples of X are a, b, and c"). */
  statementSection(): string[] {
    const lines = [this.sectionTitle(() => `Different ${this.pick(ADJECTIVES).toLowerCase()} ${this.pick(['options', 'solutions', 'tools'])}`)];
    for (let count = this.int(2, 6); count > 0; count -= 1)
      lines.push(`-${this.term()} is ${this.pick(['an open source tool that', 'a hosted service that', 'a basic component that'])} ${this.clause()}`);
    const items = [this.term(), this.term(), this.term()];
    lines.push(`--Examples of ${this.term()} are ${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`);
    return lines;
  }

  /** A section title with a `--` note, plain numbered items, a code fence and inline code. */
  mixedSection(): string[] {
    const lines = [`${this.sectionTitle(() => `${this.pick(ADJECTIVES)} ${this.pick(['Challenges', 'Requirements'])}`)}-- ${this.sentence()}`];
    for (let index = 1, count = this.int(2, 4); index <= count; index += 1) lines.push(`${index}. ${this.sentence()}-- ${this.clause()}`);
    lines.push(`-Knows about the label \`disk===ssd\` set on ${this.pick(WORDS)}`);
    if (this.int(0, 1) === 0) {
      lines.push(
        '',
        '```' + this.pick(LANGUAGES),
        `# ${this.term()}: a comment, not a definition`,
        `kubectl get ${this.pick(WORDS).replace(/\W+/g, '-')}`,
        '```',
      );
    }
    if (this.int(0, 3) === 0) lines.push('', `${this.term()} :: ${this.sentence()}`);
    if (this.int(0, 3) === 0) lines.push(`-${this.term()} keeps ==${this.pick(WORDS)}== ${this.pick(LINKS)}`);
    return lines;
  }

  section(): string[] {
    const kind = this.int(0, 9);
    if (kind < 3) return this.definitionSection();
    if (kind < 5) return this.numberedSection();
    if (kind < 7) return this.componentsSection();
    if (kind < 9) return this.statementSection();
    return this.mixedSection();
  }

  chapter(order: number, title: string): string {
    this.startChapter();
    const lines = [`## Chapter ${order}: ${title}`];
    for (let count = this.int(12, 30); count > 0; count -= 1) lines.push(...this.section(), '', ...(this.int(0, 4) === 0 ? [''] : []));
    return lines.join('\n') + '\n';
  }
}

/** About `bytes` of notes: `# Title`, then whole chapters until the size is reached. */
export function generateNotes({ bytes, seed }: GenerateNotesOptions): string {
  const writer = new NoteWriter(seed);
  const title = '# Generated Course\n\n';
  const parts = [title];
  let size = title.length;
  for (let order = 1; size < bytes; order += 1) {
    const chapter = writer.chapter(order, writer.chapterTitle());
    parts.push(chapter, '\n');
    size += Buffer.byteLength(chapter) + 1;
  }
  return parts.join('');
}
