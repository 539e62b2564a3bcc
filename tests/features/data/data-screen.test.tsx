// The Backup & export screen over a real store and the real deck: exporting, importing the fixture file with its
// preview (merge, and replace behind a confirmation), refusing hostile files without changing anything, and the
// Anki export.
import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { cardIds, cardValue } from '../../../src/domain/card-map';
import { Rating } from '../../../src/domain/progress';
import { DataScreen } from '../../../src/features/data/data-screen';
import type { SaveFile } from '../../../src/features/data/save-file';
import { HomeScreen } from '../../../src/features/home/home-screen';
import { deckSource } from '../../../src/store/deck-library/deck-source';
import { STORAGE_KEY, type StudyStore } from '../../../src/store/create-study-store';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { parseProgressFile } from '../../../src/store/progress-transfer/progress-transfer';
import { studyDataOf } from '../../../src/store/data/study-data';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { makeTestStore, MINUTE, renderInApp, T0, waitForHomeFigures } from '../home/screen-harness';
import { repoPath } from '../../paths';

const deck: Deck = builtDeck;
const KUBELET = 'kubernetes-architecture/definition/kubelet';
const SCHEDULER = 'kubernetes-architecture/definition/scheduler';
const FIXTURE = readFileSync(repoPath('tests/fixtures/transfer/progress-kubernetes.json'), 'utf8');

const jsonFile = (text: string, name = 'study-deck-progress-2026-11-27.json') => new File([text], name, { type: 'application/json' });

function renderData(store: StudyStore, saveFile: SaveFile = vi.fn<SaveFile>()) {
  renderInApp(
    <StudyStoreContext value={store}>
      <DataScreen deck={deck} clock={() => T0} saveFile={saveFile} />
    </StudyStoreContext>,
  );
  return userEvent.setup();
}

const region = (name: string) => screen.getByRole('region', { name });
const importRegion = () => region('Import progress');

/** The "Now" and "After" figures of a row of the today table. */
function todayRow(name: string): [string, string] {
  const row = within(screen.getByRole('table', { name: 'Kubernetes today' })).getByRole('row', { name: new RegExp(`^${name}`) });
  const cells = within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
  return [cells[0], cells[1]];
}

async function choose(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(within(importRegion()).getByLabelText('Progress file'), file);
}

describe('backup & export screen', () => {
  it('has its three sections, labelled, under one heading', () => {
    renderData(makeTestStore());
    expect(screen.getByRole('heading', { level: 1, name: 'Backup & export' })).toBeInTheDocument();
    expect(region('Export progress')).toBeInTheDocument();
    expect(importRegion()).toBeInTheDocument();
    expect(region('Export for Anki')).toBeInTheDocument();
    expect(within(importRegion()).getByLabelText('Progress file')).toHaveAccessibleDescription(
      /^A \.json file from “Export progress”, or a backup Study Deck offered to download, at most 10 MB/,
    );
  });

  it('exports the progress as a file that reads back as the store’s data', async () => {
    const store = makeTestStore();
    store.getState().gradeCard('kubernetes', KUBELET, Rating.Good, T0 - 5 * MINUTE, 4000);
    const saveFile = vi.fn<SaveFile>();
    const user = renderData(store, saveFile);
    expect(within(region('Export progress')).getByText(/^In this browser now: 1 card with progress, 1 review and 0 quizzes\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [fileName, text, type] = saveFile.mock.calls[0];
    expect([fileName, type]).toEqual(['study-deck-progress-2026-11-27.json', 'application/json']);
    const read = parseProgressFile(text);
    expect(read.ok && read.data).toEqual(studyDataOf(store.getState()));
    expect(within(region('Export progress')).getByRole('status')).toHaveTextContent(
      'Saved study-deck-progress-2026-11-27.json: 1 card with progress, 1 review and 0 quizzes.',
    );
  });

  it('previews the fixture file, merges it on confirmation, and the due counts change', async () => {
    const storage = createMemoryStorage();
    const store = makeTestStore(storage);
    store.getState().gradeCard('kubernetes', SCHEDULER, Rating.Good, T0 - 60 * MINUTE, 3000);
    const user = renderData(store);
    await choose(user, jsonFile(FIXTURE));

    const summary = await within(importRegion()).findByRole('region', { name: 'What the file holds' });
    expect(within(summary).getByText(/^study-deck-progress-2026-11-27\.json, exported .+ by Study Deck 0\.1\.0\.$/)).toBeInTheDocument();
    expect(within(summary).getByText('6 cards: 6 new to this browser, 0 changed, 0 the same')).toBeInTheDocument();
    expect(within(summary).getByText('8 in the file, 8 not in this browser yet')).toBeInTheDocument();
    expect(within(summary).getByText('New cards per day: 20 here, 15 in the file')).toBeInTheDocument();
    expect(within(summary).getByText('Desired retention: 0.90 here, 0.85 in the file')).toBeInTheDocument();
    expect(within(summary).getByText(/^“linux-basics”: 1 card, 1 review \(not in this browser; kept for when it is\)$/)).toBeInTheDocument();

    expect(screen.getByRole('radio', { name: 'Merge with this browser’s progress' })).toBeChecked();
    const outcome = within(importRegion()).getByRole('region', { name: 'What merge would change' });
    expect(within(outcome).getByText('6 cards get progress from the file')).toBeInTheDocument();
    expect(within(outcome).getByText('8 reviews added to the log')).toBeInTheDocument();
    expect(within(outcome).getByText('Settings change: new cards per day and desired retention')).toBeInTheDocument();
    // Before: the Scheduler is learning; 19 new left. After: container orchestration joins it, Kubelet and Pod are
    // due for review, and 15 new a day less the two met today leaves 13.
    expect(todayRow('Due now')).toEqual(['1', '4']);
    expect(todayRow('New today')).toEqual(['19', '13']);
    expect(cardValue(store.getState().progress.kubernetes, KUBELET)).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Merge progress' }));
    const status = within(importRegion()).getByRole('status');
    expect(status).toHaveTextContent(/^Progress from study-deck-progress-2026-11-27\.json was merged in\. 6 cards get progress from the file; 8 reviews added/);
    expect(status).toHaveTextContent('Kubernetes today: due now 1 → 4, new 19 → 13.');
    await waitFor(() => expect(status).toHaveFocus());
    expect(within(importRegion()).queryByRole('region', { name: 'What the file holds' })).not.toBeInTheDocument();
    expect(cardIds(store.getState().progress.kubernetes)).toHaveLength(6);
    expect(store.getState().settings.newCardsPerDay).toBe(15);
    // Saved: a store reading the same storage has it too.
    expect(cardIds(makeTestStore(storage).getState().progress.kubernetes)).toHaveLength(6);
  });

  it('shows the new counts on Home after the import', async () => {
    const store = makeTestStore();
    const user = renderData(store);
    await choose(user, jsonFile(FIXTURE));
    await user.click(await screen.findByRole('button', { name: 'Merge progress' }));
    renderInApp(
      <StudyStoreContext value={store}>
        <HomeScreen source={deckSource(deck)} clock={() => T0} />
      </StudyStoreContext>,
    );
    await waitForHomeFigures();
    const today = screen.getByRole('region', { name: 'Today' });
    const figure = (label: string) => within(today).getByText(label).closest('.today-stat')?.querySelector('.today-figure');
    expect(figure('Due now')).toHaveTextContent(/^3$/);
    expect(figure('New today')).toHaveTextContent(/^14$/);
  });

  it('replaces only after a confirmation that says what would be lost; Cancel keeps everything', async () => {
    const store = makeTestStore();
    store.getState().gradeCard('kubernetes', SCHEDULER, Rating.Good, T0 - 60 * MINUTE, 3000);
    const user = renderData(store);
    await choose(user, jsonFile(FIXTURE));
    await user.click(await screen.findByRole('radio', { name: 'Replace this browser’s progress' }));
    const outcome = within(importRegion()).getByRole('region', { name: 'What replace would change' });
    expect(within(outcome).getByText('Lost, because only this browser has them: 1 card’s progress and 1 review')).toBeInTheDocument();
    expect(todayRow('Due now')).toEqual(['1', '3']);

    const opener = screen.getByRole('button', { name: 'Replace progress…' });
    await user.click(opener);
    const confirm = screen.getByRole('group', { name: /^Replace all progress in this browser with the file’s\?/ });
    expect(confirm).toHaveTextContent('the progress of 1 card and 1 review that only this browser has will be lost.');
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(opener).toHaveFocus();
    expect(cardValue(store.getState().progress.kubernetes, SCHEDULER)).toBeDefined();

    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Replace all progress' }));
    expect(within(importRegion()).getByRole('status')).toHaveTextContent(/^This browser’s progress was replaced by study-deck-progress-2026-11-27\.json\./);
    expect(cardValue(store.getState().progress.kubernetes, SCHEDULER)).toBeUndefined();
    const read = parseProgressFile(FIXTURE);
    expect(read.ok && studyDataOf(store.getState())).toEqual(read.ok && read.data);
  });

  it.each([
    ['a __proto__ key', '{"__proto__": {"polluted": "yes"}, "format": "study-deck-progress"}', /the key “__proto__” \(in the top level\)/],
    ['truncated JSON', FIXTURE.slice(0, 700), /The file is cut short/],
    ['a newer version', FIXTURE.replace('"version": 3', '"version": 9'), /newer version of Study Deck/],
  ])('refuses a file with %s, says why, and changes nothing', async (_name, text, reason) => {
    const storage = createMemoryStorage();
    const store = makeTestStore(storage);
    store.getState().gradeCard('kubernetes', KUBELET, Rating.Good, T0 - MINUTE, 1000);
    const before = { data: studyDataOf(store.getState()), stored: storage.getItem(STORAGE_KEY) };
    const user = renderData(store);
    await choose(user, jsonFile(text, 'hostile.json'));
    const alert = await within(importRegion()).findByRole('alert');
    expect(alert).toHaveTextContent('hostile.json was not imported. Nothing was changed.');
    expect(alert).toHaveTextContent(reason);
    expect(screen.queryByRole('button', { name: 'Merge progress' })).not.toBeInTheDocument();
    expect(studyDataOf(store.getState())).toEqual(before.data);
    expect(storage.getItem(STORAGE_KEY)).toBe(before.stored);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 50 MB file by its size without reading it', async () => {
    const user = renderData(makeTestStore());
    const file = jsonFile('{}', 'huge.json');
    Object.defineProperty(file, 'size', { value: 50 * 1024 * 1024 });
    const arrayBuffer = vi.spyOn(file, 'arrayBuffer');
    await choose(user, file);
    expect(await within(importRegion()).findByRole('alert')).toHaveTextContent('The file is too large (50.0 MB). A progress file is at most 10.0 MB.');
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reads a file dropped on the drop zone', async () => {
    renderData(makeTestStore());
    const zone = within(importRegion()).getByLabelText('Progress file').closest('.drop-zone')!;
    const files = [jsonFile(FIXTURE, 'dropped.json')];
    fireEvent.dragOver(zone, { dataTransfer: { files, types: ['Files'] } });
    expect(zone).toHaveClass('is-dragging');
    fireEvent.drop(zone, { dataTransfer: { files, types: ['Files'] } });
    expect(await within(importRegion()).findByText(/^dropped\.json, exported /)).toBeInTheDocument();
    expect(zone).not.toHaveClass('is-dragging');
  });

  it('exports the cards for Anki: headers and one line per card, the deck id in each GUID', async () => {
    const saveFile = vi.fn<SaveFile>();
    const user = renderData(makeTestStore(), saveFile);
    await user.click(screen.getByRole('button', { name: 'Export for Anki' }));
    const [fileName, text, type] = saveFile.mock.calls[0];
    expect([fileName, type]).toEqual(['study-deck-kubernetes.txt', 'text/plain;charset=utf-8']);
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(7);
    const guids = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t')[0]);
    expect(guids.filter((guid) => !guid.includes('/cloze/'))).toEqual(
      deck.cards.filter((card) => card.kind !== 'cloze').map((card) => `kubernetes/${card.id}`),
    );
    // The cards of one cloze sentence are one Anki note.
    const notes =
      deck.cards.length -
      deck.cards.filter((card) => card.kind === 'cloze').length +
      new Set(deck.cards.filter((card) => card.kind === 'cloze').map((card) => card.noteId)).size;
    expect(guids).toHaveLength(notes);
    expect(within(region('Export for Anki')).getByRole('status')).toHaveTextContent(
      `Saved study-deck-kubernetes.txt: ${deck.cards.length} cards as ${notes} Anki notes.`,
    );
  });
});
