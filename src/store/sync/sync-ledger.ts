// What this device knows of the synced documents: every id it has (so nothing is written twice), and for each card
// mark and each setting the winning document. The winner is a pure function of the set of documents — the latest
// change, ties broken by device id, then content — so every device holding the same documents picks the same one.
import { SYNCED_SETTINGS, type CardMarkDoc, type CardMarkField, type DeckDoc, type SettingDoc, type SyncDoc, type SyncedSetting } from './sync-documents';

export interface SyncLedger {
  /** Ids of every document this device has written or applied. */
  seen: Set<string>;
  /** The winning mark per card and field (key: markKey). */
  marks: Map<string, CardMarkDoc>;
  settings: Map<SyncedSetting, SettingDoc>;
  /** The latest "reset all progress" of any device. */
  resetAt: number | null;
  /** Imported decks on any device, by deck id (the latest version). */
  decks: Map<string, DeckDoc>;
  /** For each mark and setting document, the one it replaced: the chain of edits each device saw. */
  replaced: Map<string, string | null>;
}

export function emptyLedger(): SyncLedger {
  return { seen: new Set(), marks: new Map(), settings: new Map(), resetAt: null, decks: new Map(), replaced: new Map() };
}

export const markKey = (deckId: string, cardId: string, field: CardMarkField) => `${deckId}\u0000${cardId}\u0000${field}`;

type Versioned = { changedAt: number; device: string; _id: string };

/** True when `a` beats `b`: later change, then the greater device id, then the greater id (which holds the content). */
export function isLaterChange(a: Versioned, b: Versioned | undefined): boolean {
  if (!b) return true;
  if (a.changedAt !== b.changedAt) return a.changedAt > b.changedAt;
  if (a.device !== b.device) return a.device > b.device;
  return a._id > b._id;
}

/** Records `doc` in the ledger; true when it is new to it. */
export function recordDoc(ledger: SyncLedger, doc: SyncDoc): boolean {
  if (ledger.seen.has(doc._id)) return false;
  ledger.seen.add(doc._id);
  if (doc.type === 'card' || doc.type === 'setting') ledger.replaced.set(doc._id, doc.replaces);
  if (doc.type === 'card') {
    const key = markKey(doc.deckId, doc.cardId, doc.field);
    if (isLaterChange(doc, ledger.marks.get(key))) ledger.marks.set(key, doc);
  } else if (doc.type === 'setting') {
    if (isLaterChange(doc, ledger.settings.get(doc.key))) ledger.settings.set(doc.key, doc);
  } else if (doc.type === 'reset') {
    ledger.resetAt = Math.max(ledger.resetAt ?? -Infinity, doc.at);
  } else if (doc.type === 'deck') {
    const known = ledger.decks.get(doc.deckId);
    if (!known || doc.updatedAt > known.updatedAt || (doc.updatedAt === known.updatedAt && doc._id > known._id)) ledger.decks.set(doc.deckId, doc);
  }
  return true;
}

export function ledgerOf(docs: Iterable<SyncDoc>): SyncLedger {
  const ledger = emptyLedger();
  for (const doc of docs) recordDoc(ledger, doc);
  return ledger;
}

/**
 * True when `doc` was made by a device that knew `earlier` (null: nothing): `earlier` is in the chain of documents
 * each replaced. A winner that does not descend from what this device had was made without seeing it: a conflict.
 */
export function descendsFrom(ledger: SyncLedger, doc: CardMarkDoc | SettingDoc, earlier: string | null): boolean {
  if (earlier === null) return true;
  let id: string | null | undefined = doc.replaces;
  for (let steps = 0; id && steps < 10_000; steps += 1) {
    if (id === earlier) return true;
    id = ledger.replaced.get(id);
  }
  return false;
}

/** Which settings the ledger has a winner for, in a fixed order. */
export function settingWinners(ledger: SyncLedger): SettingDoc[] {
  return SYNCED_SETTINGS.map((key) => ledger.settings.get(key)).filter((doc): doc is SettingDoc => doc !== undefined);
}
