import { describe, expect, it } from 'vitest';
import { findCardMoves, moveKeys } from '../../src/domain/card-moves';
import { EMPTY_CARD_ID_MAP, idMovesOf, updatedCardIdMap } from '../../src/pipeline/card-id-map';
import { slugify } from '../../src/pipeline/card-ids';
import { deckOf, lines } from './deck-helpers';

describe('slugs', () => {
  it('normalise case, punctuation and accents', () => {
    expect(slugify('Cloud Native Computing Foundation (aka CNCF)')).toBe('cloud-native-computing-foundation-aka-cncf');
    expect(slugify('Secrets/configuration management')).toBe('secrets-configuration-management');
    expect(slugify('  Déjà vu — Überblick ')).toBe('deja-vu-uberblick');
    expect(slugify('Kubernetes 架构')).toBe('kubernetes-架构');
  });

  it('cut long text at a word and never come out empty', () => {
    expect(slugify('a'.repeat(10) + ' ' + 'b'.repeat(80))).toBe('a'.repeat(10) + '-' + 'b'.repeat(53));
    expect(slugify('word '.repeat(30)).length).toBeLessThanOrEqual(64);
    expect(slugify('!!! ???')).toMatch(/^x[0-9a-z]+$/);
    expect(slugify('')).toBe('untitled');
  });
});

const NOTES = lines(
  '# Kubernetes',
  '## Chapter 3: Kubernetes Architecture',
  'Explain different components for master and worker nodes',
  '-WN has following components:',
  '1. Container Runtime: runs and manages container lifecycle',
  '2. Kubelet: Agent that runs on each WN and communicates with MN',
  '--Also makes sure that containers are healthy',
  '3. Kube-proxy: network proxy running on each WN',
  '',
  'The ==kubelet== talks to the API server',
  'Who schedules pods ::: the scheduler',
);

const idsOf = (text: string) => deckOf(text).cards.map((card) => card.id);

describe('card ids', () => {
  it('are readable: chapter, kind and slug', () => {
    expect(idsOf(NOTES)).toEqual([
      'kubernetes-architecture/enumeration/wn-has-following-components',
      'kubernetes-architecture/definition/container-runtime',
      'kubernetes-architecture/definition/container-runtime/reverse',
      'kubernetes-architecture/definition/kubelet',
      'kubernetes-architecture/definition/kubelet/reverse',
      'kubernetes-architecture/definition/kube-proxy',
      'kubernetes-architecture/definition/kube-proxy/reverse',
      'kubernetes-architecture/cloze/the-kubelet-talks-to-the-api-server/c1',
      'kubernetes-architecture/question/who-schedules-pods',
      'kubernetes-architecture/question/who-schedules-pods/reverse',
    ]);
  });

  it('stay the same when an answer is edited', () => {
    const edited = NOTES.replace('Agent that runs on each WN and communicates with MN', 'The node agent: it registers the node and runs pods')
      .replace('network proxy running on each WN', 'keeps network rules on nodes')
      .replace('the scheduler', 'kube-scheduler');
    expect(idsOf(edited)).toEqual(idsOf(NOTES));
    expect(deckOf(edited).cards.find((card) => card.id === 'kubernetes-architecture/definition/kubelet')?.answer).toBe(
      'The node agent: it registers the node and runs pods',
    );
  });

  it('stay the same when lines and a new section are inserted above', () => {
    const inserted = NOTES.replace(
      '## Chapter 3: Kubernetes Architecture\n',
      '## Chapter 3: Kubernetes Architecture\nDiscuss Kubernetes Architecture\n-At high level, Kubernetes has master and worker nodes\n-Some more context\n\n',
    );
    const before = deckOf(NOTES).cards;
    const after = deckOf(inserted).cards;
    expect(after.map((card) => card.id)).toEqual(before.map((card) => card.id));
    expect(after.map((card) => card.source.line)).toEqual(before.map((card) => card.source.line + 4));
  });

  it('make two notes with the same front one card, the later fact a detail of the stronger, and warn with both places', () => {
    const deck = deckOf(
      lines(
        '## Chapter 2: Minerals',
        'Explain the common minerals',
        '1. QUARTZ: the hardest common mineral',
        '',
        'Discuss quartz in sand',
        '-Quartz is the main mineral of most sand',
      ),
      'notes/rocks.md',
    );
    expect(deck.cards.filter((card) => !card.reverse).map((card) => [card.id, card.term, card.source.line, card.details])).toEqual([
      ['minerals/definition/quartz', 'QUARTZ', 3, [{ text: 'the main mineral of most sand', depth: 1 }]],
    ]);
    expect(deck.warnings).toEqual([
      {
        file: 'notes/rocks.md',
        line: 6,
        column: 1,
        ruleId: 'duplicate-front',
        message: '"QUARTZ" is also at notes/rocks.md:3: one card, with this answer as a detail',
      },
    ]);
  });

  it('keep notes whose ids collide but whose fronts differ apart, the later one with a stable id of its section', () => {
    expect(
      idsOf(lines('Runtimes', '-Node.js: a JavaScript runtime built on V8', '-Node JS: the same runtime, as some write it')).filter(
        (id) => !id.endsWith('/reverse'),
      ),
    ).toEqual(['notes/definition/node-js', 'notes/definition/node-js--runtimes']);
  });

  it('carry their source place and section', () => {
    const card = deckOf(NOTES, 'content/03.md').cards.find((candidate) => candidate.id === 'kubernetes-architecture/definition/kubelet');
    expect(card).toMatchObject({
      source: { file: 'content/03.md', line: 6, column: 1 },
      sectionId: 'kubernetes-architecture/explain-different-components-for-master-and-worker-nodes',
      sectionPath: ['Kubernetes Architecture', 'Explain different components for master and worker nodes'],
    });
  });

  describe('when a chapter or a section is renamed', () => {
    const GEOLOGY = lines(
      '## Chapter 1: Rocks',
      'Kinds of rock',
      '-Basalt: a dark, fine-grained volcanic rock',
      '-Granite: a coarse rock of quartz and feldspar',
      '',
      'Rocks by hardness',
      '-Slate: a fine metamorphic rock that splits into sheets',
      '-Slate: used for roofs since Roman times',
      '',
      'Slate is also known as Blue Stone, in Wales',
    );
    const renamedChapter = GEOLOGY.replace('Chapter 1: Rocks', 'Chapter 1: Igneous and metamorphic rocks');
    const renamedSection = GEOLOGY.replace('Rocks by hardness', 'Rocks by their hardness');
    const before = deckOf(GEOLOGY).cards;

    it('change every id of a renamed chapter, and find each card again by its kind and term', () => {
      const after = deckOf(renamedChapter).cards;
      expect(after.map((card) => card.id.replace(/^igneous-and-metamorphic-rocks\//, 'rocks/'))).toEqual(before.map((card) => card.id));
      const moves = findCardMoves(moveKeys(before), moveKeys(after));
      expect(moves).toHaveLength(before.length);
      expect(moves).toContainEqual({ from: 'rocks/definition/basalt', to: 'igneous-and-metamorphic-rocks/definition/basalt' });
      expect(moves).toContainEqual({
        from: 'rocks/cloze/slate-is-also-known-as-blue-stone-in-wales/c1',
        to: 'igneous-and-metamorphic-rocks/cloze/slate-is-also-known-as-blue-stone-in-wales/c1',
      });
    });

    it('keep the ids of a renamed section: a section is never part of an id', () => {
      expect(deckOf(renamedSection).cards.map((card) => card.id)).toEqual(before.map((card) => card.id));
    });

    it('are found through the id map written before the rename, so progress under the old ids is found', () => {
      const map = updatedCardIdMap({ cards: before }, EMPTY_CARD_ID_MAP);
      const after = deckOf(renamedChapter);
      const moves = idMovesOf(after, map);
      expect(moves.map((move) => move.from).sort()).toEqual(before.map((card) => card.id).sort());
      // Written again after the rename, the map keeps the moves, so an older id still finds its card.
      const rewritten = updatedCardIdMap(after, map);
      expect(idMovesOf(after, rewritten)).toEqual(moves);
      const renamedAgain = deckOf(renamedChapter.replace('Igneous and metamorphic rocks', 'Hard rocks'));
      expect(idMovesOf(renamedAgain, rewritten)).toContainEqual({ from: 'rocks/definition/basalt', to: 'hard-rocks/definition/basalt' });
    });
  });
});
