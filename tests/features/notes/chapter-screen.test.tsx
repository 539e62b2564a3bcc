import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { renderAppAt } from '../../app/render-app';
import { makeCard, makeChapter, makeDeck, makeDefinition, makeSection } from '../../components/deck-builders';
import { itemsOf, lineOf, listsIn, notesLoaded } from './notes-test-kit';
import { repoPath } from '../../paths';

// The deck the build makes from content/, typed by the deck contract.
const deck: Deck = builtDeck;

afterEach(() => window.history.replaceState(null, '', '/'));

const ARCHITECTURE_FILE = 'content/03-kubernetes-architecture.md';

/** 1-based line of the first line in a content file that starts with `start`. */
function lineInFile(file: string, start: string): number {
  const lines = readFileSync(repoPath(file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith(start));
  if (index === -1) throw new Error(`${file} has no line starting with "${start}"`);
  return index + 1;
}

const sectionIdOf = (chapterId: string, title: string) => {
  const section = deck.chapters.find((chapter) => chapter.id === chapterId)?.sections.find((candidate) => candidate.title === title);
  if (!section) throw new Error(`no section "${title}" in ${chapterId}`);
  return section.id;
};

// Each test draws a whole chapter of the real notes (hundreds of elements); on a busy machine that is more than
// Vitest's 5 s.
describe('chapter screen on the real notes', { timeout: 15_000 }, () => {
  it('renders the chapter from the notes built with the app: API Server’s line with its child, no raw dashes', async () => {
    renderAppAt('#/chapters/kubernetes-architecture', deck);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kubernetes Architecture' })).toBeInTheDocument();
    await notesLoaded();
    const section = screen.getByRole('region', { name: 'Explain different components for master and worker nodes' });
    const apiServer = within(section).getByRole('button', { name: 'API Server, mastery: new' }).closest('li')!;
    expect(lineOf(apiServer)).toBe(
      'API Server: admin tasks performed via API server in MN, operator sends REST commands to API which processes/validates reqs',
    );
    expect(apiServer).toHaveAttribute('id', `note-line-${lineInFile(ARCHITECTURE_FILE, '1. API Server:')}`);
    expect(listsIn(apiServer).flatMap(itemsOf).map(lineOf)).toEqual(['After executing reqs, resulting state of the cluster is stored in the ETCD']);
    expect(within(section).queryByText(/^--/)).toBeNull();
  });

  it('shows the master node components as an ordered list and Kubelet’s three levels', async () => {
    renderAppAt('#/chapters/kubernetes-architecture', deck);
    await notesLoaded();
    const section = screen.getByRole('region', { name: 'Explain different components for master and worker nodes' });
    const [masterNode, workerNode] = itemsOf(listsIn(section)[0]);
    const [components] = listsIn(masterNode);
    expect(components.tagName).toBe('OL');
    expect(itemsOf(components).map((item) => lineOf(item).split(':')[0])).toEqual(['API Server', 'Scheduler', 'Controller Manager', 'ETCD']);
    const kubelet = within(workerNode).getByRole('button', { name: 'Kubelet, mastery: new' }).closest('li')!;
    const connects = itemsOf(listsIn(kubelet)[0]).find((item) => lineOf(item).startsWith('Connects to container runtime'))!;
    expect(listsIn(connects).flatMap(itemsOf).map(lineOf)).toEqual(['CRI consists of protocol buffers, gRPC API, and libraries']);
  });

  it('shows an imported deck (which has no rendered notes) as its concepts, section by section', async () => {
    renderAppAt('#/chapters/kubernetes-architecture', { ...deck, id: 'imported-notes' });
    const section = await screen.findByRole('region', { name: 'Explain different components for master and worker nodes' });
    const apiServer = within(section).getByRole('article', { name: 'API Server' });
    expect(apiServer).toHaveTextContent(`From your notes: ${ARCHITECTURE_FILE}:${lineInFile(ARCHITECTURE_FILE, '1. API Server:')}`);
    expect(within(section).queryByRole('button', { name: /mastery/ })).toBeNull();
  });

  it('shows every section of the chapter in order, with the note after `--`', async () => {
    renderAppAt('#/chapters/kubernetes-architecture', deck);
    await screen.findByRole('heading', { level: 1, name: 'Kubernetes Architecture' });
    const chapter = deck.chapters.find((candidate) => candidate.id === 'kubernetes-architecture')!;
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(chapter.sections.map((section) => section.title));
    const networking = screen.getByRole('region', { name: 'Networking Challenges' });
    expect(networking).toHaveTextContent(/microservices based apps rely on networking/i);
  });

  it('links to the previous and next chapters', async () => {
    renderAppAt('#/chapters/kubernetes-architecture', deck);
    const pager = await screen.findByRole('navigation', { name: 'Previous and next chapter' });
    expect(within(pager).getByRole('link', { name: /Previous chapter\s*Chapter 2: Kubernetes/ })).toHaveAttribute('href', '#/chapters/kubernetes');
    expect(within(pager).getByRole('link', { name: /Next chapter\s*Chapter 4: Installing Kubernetes/ })).toHaveAttribute(
      'href',
      '#/chapters/installing-kubernetes',
    );
  });

  it('says chapter 4 has no notes yet and how to add some', async () => {
    renderAppAt('#/chapters/installing-kubernetes', deck);
    expect(await screen.findByRole('heading', { level: 1, name: 'Installing Kubernetes' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'No notes yet' })).toBeInTheDocument();
    expect(screen.getByText('## Chapter 4: Installing Kubernetes')).toBeInTheDocument();
    expect(screen.getAllByText(/content\/04-installing-kubernetes\.md/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Previous chapter/ })).toHaveAttribute('href', '#/chapters/kubernetes-architecture');
    expect(screen.queryByRole('link', { name: /Next chapter/ })).not.toBeInTheDocument();
  });

  it('opens a deep link at its section: the section heading gets focus', async () => {
    const sectionId = sectionIdOf('kubernetes-architecture', 'Networking Challenges');
    renderAppAt(`#/chapters/kubernetes-architecture?section=${sectionId}`, deck);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Networking Challenges' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('moves to a section picked from the chapter’s section list, keeping the link in the hash', async () => {
    const user = userEvent.setup();
    renderAppAt('#/chapters/kubernetes', deck);
    await user.click(await screen.findByText(/^Sections in this chapter/));
    await user.click(screen.getByRole('link', { name: 'Kubernetes Features' }));
    const sectionId = sectionIdOf('kubernetes', 'Kubernetes Features');
    expect(window.location.hash).toBe(`#/chapters/kubernetes?section=${sectionId}`);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Kubernetes Features' })).toHaveFocus());
  });
});

describe('chapter screen', () => {
  const sectionA = makeSection('notes', 'explicit', 'Explicit cards', 1, 'written with the explicit syntax');
  const chapter = makeChapter('notes', 'Notes', 1, [sectionA]);

  it('renders questions and cloze sentences readably, each note once', async () => {
    const small = makeDeck(
      [chapter],
      [
        makeCard({
          kind: 'question',
          chapterId: 'notes',
          sectionId: sectionA.id,
          prompt: 'What stores cluster state?',
          answer: 'etcd',
          source: { file: 'notes.md', line: 3 },
        }),
        makeCard({
          kind: 'cloze',
          chapterId: 'notes',
          sectionId: sectionA.id,
          prompt: '[…] is based on Raft',
          answer: 'etcd',
          context: 'etcd is based on Raft',
          noteId: 'raft',
          id: 'notes/cloze/raft/c1',
          source: { file: 'notes.md', line: 5 },
        }),
        makeCard({
          kind: 'cloze',
          chapterId: 'notes',
          sectionId: sectionA.id,
          prompt: 'etcd is based on […]',
          answer: 'Raft',
          context: 'etcd is based on Raft',
          noteId: 'raft',
          id: 'notes/cloze/raft/c2',
          source: { file: 'notes.md', line: 5 },
        }),
      ],
    );
    renderAppAt('#/chapters/notes', small);
    const region = await screen.findByRole('region', { name: 'Explicit cards' });
    expect(region).toHaveTextContent('written with the explicit syntax');
    const question = within(region).getByRole('article', { name: 'What stores cluster state?' });
    expect(question).toHaveTextContent('Question');
    expect(question).toHaveTextContent('From your notes: notes.md:3');
    const cloze = within(region).getByRole('article', { name: 'etcd is based on Raft' });
    expect(within(cloze).getByText('etcd').tagName).toBe('MARK');
    expect(within(cloze).getByText('Raft').tagName).toBe('MARK');
    expect(within(region).getAllByRole('article')).toHaveLength(2);
  });

  it('shows markup in notes as text, never as HTML', async () => {
    const small = makeDeck([chapter], makeDefinition('notes', sectionA.id, '<b>Bold</b>', '<img src=x onerror="alert(1)"> stays text', 2));
    const { container } = renderAppAt('#/chapters/notes', small);
    const article = await screen.findByRole('article', { name: '<b>Bold</b>' });
    expect(article).toHaveTextContent('<img src=x onerror="alert(1)"> stays text');
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('says so when a chapter id is unknown', async () => {
    renderAppAt('#/chapters/no-such-chapter', makeDeck([chapter], []));
    expect(await screen.findByRole('heading', { level: 1, name: 'Chapter not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all chapters' })).toHaveAttribute('href', '#/');
  });

  it('opens a deep link at its section and marks it as the target', async () => {
    const second = makeSection('notes', 'second', 'Second section', 9);
    const twoSections = makeChapter('notes', 'Notes', 1, [sectionA, second]);
    renderAppAt(`#/chapters/notes?section=${second.id}`, makeDeck([twoSections], makeDefinition('notes', second.id, 'Pod', 'Scheduling unit', 10)));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Second section' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('region', { name: 'Second section' })).toHaveClass('is-target');
    expect(screen.getByRole('region', { name: 'Explicit cards' })).not.toHaveClass('is-target');
  });

  it('says so when a deep link names a section that is gone', async () => {
    renderAppAt('#/chapters/notes?section=notes/renamed', makeDeck([chapter], []));
    expect(await screen.findByRole('status')).toHaveTextContent('The section this link points to is no longer in this chapter');
  });
});
