// Documents from a server are untrusted: each is checked with the progress import's schemas and refused with a
// reason when malformed or malicious. And a change of this device that loses to a later one is reported.
import { deckCardValue } from '../../../src/store/data/study-data';
import { describe, expect, it } from 'vitest';
import { changeCards } from '../../../src/store/card-changes';
import { studyDataOf } from '../../../src/store/data/study-data';
import { checkSyncDoc, isStudyDocId, SYNC_LIMITS, type SyncDoc } from '../../../src/store/sync/sync-documents';
import { emptyLedger, recordDoc } from '../../../src/store/sync/sync-ledger';
import { applyRemoteDocs, localChanges } from '../../../src/store/sync/sync-study-data';
import { DECK, KUBELET, makeStore, MINUTE, T0 } from '../store-test-kit';

/** The documents a store with one grade, one suspension and one setting change writes, as JSON would bring them. */
function docsOfOneDevice(): SyncDoc[] {
  const store = makeStore();
  store.getState().gradeCard(DECK, KUBELET, 3, T0, 5000);
  store.getState().setSuspended(DECK, KUBELET, true, T0 + MINUTE);
  store.getState().updateSettings({ examDate: Date.UTC(2027, 5, 1), desiredRetention: 0.85 }, T0);
  return JSON.parse(JSON.stringify(localChanges(studyDataOf(store.getState()), emptyLedger(), 'laptop'))) as SyncDoc[];
}

const reviewDoc = () => docsOfOneDevice().find((doc) => doc.type === 'review')!;

describe('checkSyncDoc', () => {
  it('accepts what a device writes (a review, a card mark, each changed setting), with CouchDB’s _rev', () => {
    const docs = docsOfOneDevice();
    expect(docs.map((doc) => doc.type).sort()).toEqual(['card', 'review', 'setting', 'setting']);
    for (const doc of docs) expect(checkSyncDoc({ ...doc, _rev: '1-abc' })).toEqual({ ok: true, doc });
  });

  it('refuses a document with a __proto__ key anywhere, without reading further', () => {
    const doc = JSON.parse(`{"_id":"${reviewDoc()._id}","type":"review","deckId":"kubernetes","entry":{"__proto__":{"polluted":true}}}`);
    expect(checkSyncDoc(doc)).toMatchObject({ ok: false, reason: 'has a key named “__proto__”' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses huge strings, wrong types, values out of range and an id its content does not give', () => {
    const doc = reviewDoc();
    expect(checkSyncDoc({ ...doc, deckId: 'x'.repeat(SYNC_LIMITS.stringLength + 1) })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('characters'),
    });
    expect(checkSyncDoc({ ...doc, entry: { ...doc.entry, rating: '3' } })).toMatchObject({ ok: false, reason: expect.stringContaining('entry.rating') });
    expect(checkSyncDoc({ ...doc, entry: { ...doc.entry, at: -5 } })).toMatchObject({ ok: false, reason: expect.stringContaining('entry.at') });
    expect(checkSyncDoc({ ...doc, entry: { ...doc.entry, at: doc.entry.at + 1000 } })).toMatchObject({
      ok: false,
      reason: 'is stored under an id its content does not give',
    });
    expect(checkSyncDoc({ ...doc, type: 'script' })).toMatchObject({ ok: false, reason: expect.stringContaining('type') });
    const setting = docsOfOneDevice().find((d) => d.type === 'setting' && d.key === 'desiredRetention')!;
    expect(checkSyncDoc({ ...setting, value: 5 })).toMatchObject({ ok: false, reason: 'has a value out of range for its setting' });
    expect(checkSyncDoc('text')).toMatchObject({ ok: false, id: '(no id)' });
  });

  it('leaves CouchDB’s own documents alone', () => {
    expect(isStudyDocId('_design/app')).toBe(false);
    expect(isStudyDocId(reviewDoc()._id)).toBe(true);
  });
});

describe('a change that loses to a later one', () => {
  it('is reported as a conflict, and both devices keep the later change', () => {
    const laptop = makeStore();
    const phone = makeStore();
    const laptopLedger = emptyLedger();
    const phoneLedger = emptyLedger();
    laptop.getState().setSuspended(DECK, KUBELET, true, T0);
    changeCards(phone, DECK, [KUBELET], { kind: 'flag', flag: 'red' }, T0 + MINUTE);
    const fromLaptop = localChanges(studyDataOf(laptop.getState()), laptopLedger, 'laptop');
    const fromPhone = localChanges(studyDataOf(phone.getState()), phoneLedger, 'phone');
    for (const doc of fromLaptop) recordDoc(laptopLedger, doc);
    for (const doc of fromPhone) recordDoc(phoneLedger, doc);

    const onLaptop = applyRemoteDocs(studyDataOf(laptop.getState()), fromPhone, laptopLedger, false);
    // The laptop's suspension and the phone's flag are different fields: both stay, on both devices.
    expect(deckCardValue(onLaptop.data.progress, DECK, KUBELET)).toMatchObject({ suspended: true, flag: 'red' });
    expect(onLaptop.conflicts).toEqual([]);
    const onPhone = applyRemoteDocs(studyDataOf(phone.getState()), fromLaptop, phoneLedger, false);
    expect(deckCardValue(onPhone.data.progress, DECK, KUBELET)).toMatchObject({ suspended: true, flag: 'red' });

    // Then, both offline, the laptop flags the card green and a minute later the phone flags it blue: the
    // same field changed on both without seeing the other: the later one wins, the other is reported.
    laptop.setState(onLaptop.data);
    phone.setState(onPhone.data);
    changeCards(laptop, DECK, [KUBELET], { kind: 'flag', flag: 'green' }, T0 + 2 * MINUTE);
    changeCards(phone, DECK, [KUBELET], { kind: 'flag', flag: 'blue' }, T0 + 3 * MINUTE);
    const laptopGreen = localChanges(studyDataOf(laptop.getState()), laptopLedger, 'laptop');
    const phoneBlue = localChanges(studyDataOf(phone.getState()), phoneLedger, 'phone');
    for (const doc of laptopGreen) recordDoc(laptopLedger, doc);
    for (const doc of phoneBlue) recordDoc(phoneLedger, doc);
    const later = applyRemoteDocs(studyDataOf(laptop.getState()), phoneBlue, laptopLedger, false);
    expect(deckCardValue(later.data.progress, DECK, KUBELET)?.flag).toBe('blue');
    expect(later.conflicts).toEqual([
      { kind: 'card', deckId: DECK, cardId: KUBELET, lost: 'green flag', kept: 'blue flag', keptAt: T0 + 3 * MINUTE, keptDevice: 'phone' },
    ]);
    // The phone's blue flag won: nothing changes there, and nothing of the phone's was lost.
    const onPhoneLater = applyRemoteDocs(studyDataOf(phone.getState()), laptopGreen, phoneLedger, false);
    expect(onPhoneLater.changed).toBe(false);
    expect(onPhoneLater.conflicts).toEqual([]);
  });
});
