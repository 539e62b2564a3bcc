// The notes screen rendering the user's chapter 3 from its note document: the outline as nested lists, concepts
// marked with their mastery, a concept's cards, the study links, and links that land on their place.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteDocuments } from '../../../src/domain/note-document';
import { inLearning, inReview, itemsOf, lineOf, listsIn, notesLoaded, notesOf, renderNotes, setScheduling, userNotes } from './notes-test-kit';
import { makeStore } from '../screen-test-kit';

const CHAPTER = 'kubernetes-architecture';
const COMPONENTS = 'Explain different components for master and worker nodes';
const COMPONENTS_ID = `${CHAPTER}/explain-different-components-for-master-and-worker-nodes`;
const KUBELET = `${CHAPTER}/definition/kubelet`;
const ETCD = `${CHAPTER}/definition/etcd`;
const API_SERVER = `${CHAPTER}/definition/api-server`;
const SCHEDULER = `${CHAPTER}/definition/scheduler`;
const deckId = userNotes.deck.id;

const scrolled: Element[] = [];

/** Whether the screen brought this list item into view (by its own line, not the lines nested in it). */
const broughtIntoView = (item: HTMLElement) => scrolled.some((element) => element.closest('li') === item);

beforeEach(() => {
  // jsdom has no layout; record what the screen brings into view.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
});

afterEach(() => {
  scrolled.length = 0;
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

async function componentsSection() {
  await notesLoaded();
  return screen.getByRole('region', { name: COMPONENTS });
}

/** The item of a list whose own line starts with `start`. */
function itemStarting(list: HTMLElement, start: string): HTMLElement {
  const item = itemsOf(list).find((candidate) => lineOf(candidate).startsWith(start));
  if (!item) throw new Error(`no item starting "${start}" in ${itemsOf(list).map(lineOf).join(' | ')}`);
  return item;
}

// Each test draws a whole chapter of the real notes (hundreds of elements); on a busy machine that is more than
// Vitest's 5 s.
describe('notes screen on the user’s chapter 3', { timeout: 15_000 }, () => {
  it('nests the outline as lists within lists, numbered items in an ordered list under their lead-in', async () => {
    renderNotes(CHAPTER);
    const section = await componentsSection();
    const [leadIns] = listsIn(section);
    expect(leadIns.tagName).toBe('UL');
    expect(itemsOf(leadIns).map(lineOf)).toEqual(['MN has following components:', 'WN has following components:']);

    const [components] = listsIn(itemsOf(leadIns)[0]);
    expect(components.tagName).toBe('OL');
    expect(itemsOf(components).map((item) => [item.getAttribute('value'), lineOf(item).split(':')[0]])).toEqual([
      ['1', 'API Server'],
      ['2', 'Scheduler'],
      ['3', 'Controller Manager'],
      ['4', 'ETCD'],
    ]);
    const apiServer = itemStarting(components, 'API Server');
    expect(listsIn(apiServer).flatMap(itemsOf).map(lineOf)).toEqual(['After executing reqs, resulting state of the cluster is stored in the ETCD']);
    const controllerManager = itemStarting(components, 'Controller Manager');
    expect(
      listsIn(controllerManager)
        .flatMap(itemsOf)
        .map((item) => lineOf(item).slice(0, 24)),
    ).toEqual(['Each control loop knows ', 'If current state of obje', 'kube-controller-manager ', 'cloud-controller-manager']);
    // No raw outline markers anywhere in the chapter.
    expect(screen.queryByText(/^\s*-{1,3}\S/)).toBeNull();
  });

  it('keeps inline code as code', async () => {
    renderNotes(CHAPTER);
    const section = await componentsSection();
    const code = within(section).getByText('disk===ssd');
    expect(code.tagName).toBe('CODE');
  });

  it('marks each concept’s term in its line with its mastery, from the store', async () => {
    const store = makeStore();
    setScheduling(store, deckId, [KUBELET, `${KUBELET}/reverse`], inReview(30));
    setScheduling(store, deckId, [ETCD, `${ETCD}/reverse`], inLearning());
    setScheduling(store, deckId, [SCHEDULER, `${SCHEDULER}/reverse`], inReview(4));
    // A concept is only as known as its least known card.
    setScheduling(store, deckId, [API_SERVER], inReview(30));
    renderNotes(CHAPTER, '', { store });
    const section = await componentsSection();

    const kubelet = within(section).getByRole('button', { name: 'Kubelet, mastery: mature' });
    expect(lineOf(kubelet.closest('li')!)).toMatch(/^Kubelet: Agent that runs on each WN/);
    expect(kubelet.querySelector('.mastery-dot')).toHaveClass('chart-tone-mature');
    expect(within(section).getByRole('button', { name: 'ETCD, mastery: learning' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Scheduler, mastery: young' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'API Server, mastery: new' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'MN has following components, mastery: new' })).toBeInTheDocument();
    // A lead-in and a term marked in the same line: "Kubelet CRI Shims: dockershim- …" defines both.
    const shims = within(section).getByRole('button', { name: 'Kubelet CRI Shims, mastery: new' }).closest('li')!;
    expect(within(shims).getByRole('button', { name: 'dockershim, mastery: new' })).toBeInTheDocument();

    act(() => setScheduling(store, deckId, [API_SERVER, `${API_SERVER}/reverse`], inReview(2)));
    expect(within(section).getByRole('button', { name: 'API Server, mastery: young' })).toBeInTheDocument();
  });

  it('shows a section title’s own cards beside the title', async () => {
    renderNotes(CHAPTER);
    await notesLoaded();
    const networking = screen.getByRole('region', { name: 'Networking Challenges' });
    expect(within(networking).getByRole('button', { name: 'List of 4: Networking Challenges, mastery: new' })).toBeInTheDocument();
  });

  it('opens a concept’s cards with links to review them and quiz the section; Escape closes', async () => {
    const user = userEvent.setup();
    renderNotes(CHAPTER);
    const section = await componentsSection();
    const kubelet = within(section).getByRole('button', { name: 'Kubelet, mastery: new' });
    expect(kubelet).toHaveAttribute('aria-expanded', 'false');

    await user.click(kubelet);
    expect(kubelet).toHaveAttribute('aria-expanded', 'true');
    const cards = within(section).getByRole('group', { name: 'Cards: Kubelet' });
    expect(kubelet).toHaveAttribute('aria-controls', cards.id);
    expect(cards).toHaveTextContent(/Term → definition.*PromptKubeletAnswerAgent that runs on each WN/);
    expect(cards).toHaveTextContent(/Definition → term · newPromptAgent that runs on each WN.*AnswerKubelet/);
    expect(within(cards).getByRole('link', { name: 'Review these 2 cards' })).toHaveAttribute('href', `#/review?cards=${KUBELET},${KUBELET}/reverse&custom=1`);
    expect(within(cards).getByRole('link', { name: 'Quiz this section' })).toHaveAttribute('href', `#/quiz?section=${COMPONENTS_ID}`);
    expect(cards).toHaveTextContent('From your notes: kubernetes-notes.md:117');

    await user.keyboard('{Escape}');
    expect(within(section).queryByRole('group', { name: 'Cards: Kubelet' })).toBeNull();
    expect(kubelet).toHaveAttribute('aria-expanded', 'false');
    expect(kubelet).toHaveFocus();
  });

  it('offers to study and quiz each section with cards', async () => {
    renderNotes(CHAPTER);
    const section = await componentsSection();
    expect(within(section).getByRole('link', { name: 'Study this section' })).toHaveAttribute('href', `#/review?section=${COMPONENTS_ID}`);
    const quizLinks = within(section).getAllByRole('link', { name: 'Quiz this section' });
    expect(quizLinks[0]).toHaveAttribute('href', `#/quiz?section=${COMPONENTS_ID}`);
  });

  it('lands a link to a card on its line: in view, focused, highlighted, its cards shown', async () => {
    renderNotes(CHAPTER, `?section=${COMPONENTS_ID}&card=${KUBELET}`);
    const section = await componentsSection();
    const item = within(section).getByRole('button', { name: 'Kubelet, mastery: new' }).closest('li')!;
    await waitFor(() => expect(item).toHaveFocus());
    expect(item).toHaveClass('is-arrived');
    expect(broughtIntoView(item)).toBe(true);
    expect(within(item).getByRole('group', { name: 'Cards: Kubelet' })).toBeInTheDocument();
  });

  it('lands a link to a line of the notes on that line', async () => {
    renderNotes(CHAPTER, `?section=${COMPONENTS_ID}&line=120`);
    const section = await componentsSection();
    const item = within(section)
      .getAllByRole('listitem')
      .find((candidate) => lineOf(candidate).startsWith('CRI consistes of protocol buffers'))!;
    await waitFor(() => expect(item).toHaveFocus());
    expect(item).toHaveClass('is-arrived');
    expect(broughtIntoView(item)).toBe(true);
  });

  it('lands a link to a section on its title', async () => {
    renderNotes(CHAPTER, `?section=${CHAPTER}/networking-challenges`);
    const title = await screen.findByRole('heading', { level: 2, name: 'Networking Challenges' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveClass('is-arrived');
  });

  it('shows the sections while the notes load, then fills them in', async () => {
    let resolve: (documents: NoteDocuments) => void = () => undefined;
    const documents = new Promise<NoteDocuments>((done) => {
      resolve = done;
    });
    const { container } = renderNotes(CHAPTER, '', { documents });
    const section = screen.getByRole('region', { name: COMPONENTS });
    expect(within(section).queryAllByRole('listitem')).toEqual([]);
    expect(container.querySelector('.note-document')).toHaveAttribute('aria-busy', 'true');
    await act(async () => resolve(userNotes.documents));
    expect(within(section).getAllByRole('listitem').length).toBeGreaterThan(20);
    expect(container.querySelector('.note-document')).not.toHaveAttribute('aria-busy');
  });
});

describe('notes screen on a hostile note', () => {
  const hostile = notesOf(
    [
      '## Chapter 1: Hostile',
      'Tricks',
      '-<img src=x onerror=alert(1)> stays text',
      '-<script>alert(1)</script> too',
      '-[x](javascript:alert(1)) and [y](data:text/html,<script>alert(2)</script>) and [z](vbscript:msgbox)',
      '-[docs](https://kubernetes.io/docs/) opens safely',
      '',
      '<script>alert(3)</script>',
      '<a href="javascript:alert(4)">html link</a>',
      '',
      '![pic](javascript:alert(5))',
    ].join('\n'),
  );

  it('renders it inert: no image, script or scripted link; raw HTML shows as text', async () => {
    const { container } = renderNotes('hostile', '', { deck: hostile.deck, documents: Promise.resolve(hostile.documents) });
    await notesLoaded();
    expect(container.querySelector('img, script, iframe, object, embed')).toBeNull();
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^(?:#\/|https:\/\/kubernetes\.io\/)/);
    expect(screen.getByText('<img src=x onerror=alert(1)> stays text')).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script> too')).toBeInTheDocument();
    expect(screen.getByText('<script>alert(3)</script>')).toBeInTheDocument();
    expect(screen.getByText(/<a href="javascript:alert\(4\)">html link<\/a>/)).toBeInTheDocument();
    expect(screen.getByText('x')).not.toHaveAttribute('href');
    expect(screen.getByText('pic')).not.toHaveAttribute('href');
    expect(screen.queryByRole('link', { name: /^(?:x|y|z|html link|pic)\b/ })).toBeNull();

    const docs = screen.getByRole('link', { name: /^docs\s*\(opens in a new tab\)$/ });
    expect(docs).toHaveAttribute('href', 'https://kubernetes.io/docs/');
    expect(docs).toHaveAttribute('target', '_blank');
    expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
