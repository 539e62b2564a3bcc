// The card id map kept next to the notes (content/card-ids.json): it must describe the deck as it is, so a renamed
// chapter or section is found as a move the next time the map is written; and every card id the deck has ever had
// must still be a card, be moved to one, or be retired for a reason written down.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { moveKeys } from '../../src/domain/card-moves';
import type { Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { idMovesOf, parseCardIdMap, type CardIdMap } from '../../src/pipeline/card-id-map';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { retiredIds } from '../fixtures/kubernetes-expectations';

const REPO = path.resolve(__dirname, '../..');

let deck: Deck;
let map: CardIdMap;
let idsBefore: string[];

beforeAll(async () => {
  deck = buildDeck((await readNotes(['content'], REPO)).sources);
  const parsed = parseCardIdMap(JSON.parse(await readFile(path.join(REPO, 'content/card-ids.json'), 'utf8')));
  if (typeof parsed === 'string') throw new Error(parsed);
  map = parsed;
  idsBefore = JSON.parse(await readFile(path.join(REPO, 'tests/fixtures/kubernetes-card-ids-2026-12.json'), 'utf8'));
});

describe('content/card-ids.json', () => {
  it('holds every card of the deck with its move key (rewrite it with `npm run cards -- content/ --id-map content/card-ids.json`)', () => {
    expect(map.cards).toEqual(Object.fromEntries(moveKeys(deck.cards)));
  });

  it('moves the ids of cards merged into another to the card they are now', () => {
    expect(idMovesOf(deck, map)).toEqual([
      { from: 'container-orchestration/definition/kubernetes', to: 'kubernetes/definition/kubernetes' },
      { from: 'kubernetes-architecture/definition/etcd--discuss-cluster-state-management-with-etcd', to: 'kubernetes-architecture/definition/etcd' },
    ]);
  });
});

describe('every card id the deck had before its notes were read by named rules', () => {
  it('is still a card, or is retired for a reason written down', () => {
    const ids = new Set(deck.cards.map((card) => card.id));
    const retired = new Map(retiredIds.map((entry) => [entry.id, entry]));
    expect(idsBefore.length).toBe(98);
    for (const id of idsBefore) {
      if (ids.has(id)) continue;
      expect(retired.get(id)?.why, `${id} is gone without a reason`).toBeTruthy();
    }
    expect(idsBefore.filter((id) => !ids.has(id)).sort()).toEqual(retiredIds.map((entry) => entry.id).sort());
  });

  it('points each retired card that lives on at a card of the deck', () => {
    const ids = new Set(deck.cards.map((card) => card.id));
    for (const { id, now } of retiredIds) if (now !== null) expect(ids.has(now), `${id} → ${now}`).toBe(true);
  });
});
