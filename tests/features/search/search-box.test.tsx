// Search from anywhere in the app: `/` opens the box, results come as you type, Enter or a click opens the place in
// the notes (highlighted and focused), Escape closes and gives focus back.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { renderAppAt } from '../../app/render-app';
import { lineOf } from '../notes/notes-test-kit';

const deck: Deck = builtDeck;
const KUBELET = 'kubernetes-architecture/definition/kubelet';
const COMPONENTS = 'kubernetes-architecture/explain-different-components-for-master-and-worker-nodes';

afterEach(() => window.history.replaceState(null, '', '/'));

// The field shows at once and the loaded search box takes its place (a new element, holding what was typed): both
// are looked up afresh each time.
const dialogNow = () => screen.getByRole('dialog', { name: 'Search notes and cards' });
const boxNow = () => within(dialogNow()).getByRole('combobox', { name: 'Search notes and cards' });

/** Opens search with `/` and types at once, without waiting for search to load. */
async function searchFor(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.keyboard(`/${text}`);
  await waitFor(() => expect(boxNow()).toHaveValue(text));
  expect(boxNow()).toHaveFocus();
}

// The first test loads the search box and its index, then a whole chapter draws: up to 30 s when the whole suite runs
// on a busy machine.
describe('search box', { timeout: 30_000 }, () => {
  it('opens with `/` on any screen, keeps every key typed at once, finds "kubelet" and opens its place in the notes, highlighted and focused', async () => {
    const user = userEvent.setup();
    renderAppAt('#/stats', deck);
    await screen.findByRole('heading', { level: 1 });
    await searchFor(user, 'kubelet');
    const results = await within(dialogNow()).findByRole('listbox', { name: 'Results' });
    const dialog = dialogNow();
    const box = boxNow();
    const [first] = within(results).getAllByRole('option');
    expect(first).toHaveTextContent(/^TermKubeletChapter 3: Kubernetes Architecture › Explain different components for master and worker nodes$/);
    expect(first.querySelector('mark')).toHaveTextContent('Kubelet');
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', first.id);
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^\d+ results?: arrow keys to choose, Enter to open\.$/);

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.hash).toBe(`#/chapters/kubernetes-architecture?section=${COMPONENTS}&card=${KUBELET}`);
    const kubelet = await screen.findByRole('button', { name: 'Kubelet, mastery: new' }, { timeout: 5000 });
    const place = kubelet.closest('li')!;
    await waitFor(() => expect(place).toHaveFocus());
    expect(place).toHaveClass('is-arrived');
    expect(lineOf(place)).toMatch(/^Kubelet: Agent that runs on each WN/);
    expect(within(place).getByRole('group', { name: 'Cards: Kubelet' })).toBeInTheDocument();
  });

  it('moves through results with the arrow keys and opens one with a click', async () => {
    const user = userEvent.setup();
    renderAppAt('#/', deck);
    await searchFor(user, 'healthy at all times');
    const options = within(await within(dialogNow()).findByRole('listbox')).getAllByRole('option');
    const box = boxNow();
    expect(options[0]).toHaveTextContent(/^NotesAlso makes sure that containers that are part of Pods are healthy at all times/);

    if (options.length > 1) {
      await user.keyboard('{ArrowDown}');
      expect(box).toHaveAttribute('aria-activedescendant', options[1].id);
      await user.keyboard('{ArrowUp}');
    }
    expect(box).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.click(options[0]);
    expect(window.location.hash).toMatch(/^#\/chapters\/kubernetes-architecture\?section=[^&]+&line=\d+$/);
    const line = Number(/line=(\d+)/.exec(window.location.hash)![1]);
    await waitFor(() => expect(document.getElementById(`note-line-${line}`)).toHaveFocus(), { timeout: 5000 });
  });

  it('closes with Escape, giving focus back, and says when nothing is found', async () => {
    const user = userEvent.setup();
    renderAppAt('#/', deck);
    const trigger = await screen.findByRole('button', { name: 'Search' });
    expect(trigger).toHaveAttribute('aria-keyshortcuts', '/');
    await user.click(trigger);
    await waitFor(() => expect(boxNow()).toHaveFocus());
    await user.keyboard('zzqxw');
    await waitFor(() => expect(within(dialogNow()).getByRole('status')).toHaveTextContent('Nothing found for “zzqxw”.'));
    expect(boxNow()).toHaveValue('zzqxw');
    expect(within(dialogNow()).queryByRole('listbox')).toBeNull();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('leaves `/` to fields the learner is typing in', async () => {
    const user = userEvent.setup();
    renderAppAt('#/', deck);
    await screen.findByRole('button', { name: 'Search' });
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Some field');
    document.body.append(field);
    await user.click(field);
    await user.keyboard('a/b');
    expect(field).toHaveValue('a/b');
    expect(screen.queryByRole('dialog')).toBeNull();
    field.remove();
  });
});
