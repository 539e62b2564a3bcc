import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerDetail } from '../../src/domain/deck';
import { makeChapter, makeDeck, makeDefinition, makeSection } from '../components/deck-builders';
import { renderAppAt } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const define = makeSection('kubernetes', 'define-kubernetes', 'Define Kubernetes', 2);
const smallDeck = makeDeck(
  [makeChapter('kubernetes', 'Kubernetes', 2, [define]), makeChapter('installing-kubernetes', 'Installing Kubernetes', 4)],
  makeDefinition('kubernetes', define.id, 'Kubernetes', 'open-source system for automating deployment', 3),
  'Kubernetes',
);

describe('app shell', () => {
  it('has a skip link, a header with the deck title and the nav, and a main landmark', () => {
    renderAppAt('#/', smallDeck);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: /Study Deck\s*Kubernetes/ })).toHaveAttribute('href', '#/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1, name: 'Kubernetes' }));
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
  });

  it('moves focus to the main content from the skip link without changing the route', async () => {
    const user = userEvent.setup();
    renderAppAt('#/', smallDeck);
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/');
  });

  it('names the screen in the document title', async () => {
    renderAppAt('#/chapters/kubernetes', smallDeck);
    await screen.findByRole('heading', { level: 1, name: 'Kubernetes' });
    await waitFor(() => expect(document.title).toBe('Kubernetes · Study Deck'));
  });

  it('shows a not-found screen for an unknown route, with a way home', async () => {
    const user = userEvent.setup();
    renderAppAt('#/no/such/screen', smallDeck);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('#/no/such/screen')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to home' }));
    expect(window.location.hash).toBe('#/');
    expect(screen.getByRole('list', { name: 'Chapters' })).toBeInTheDocument();
  });

  it('moves focus to the new screen after following a link', async () => {
    const user = userEvent.setup();
    renderAppAt('#/', smallDeck);
    await user.click(screen.getByRole('link', { name: 'Kubernetes' }));
    await screen.findByRole('heading', { level: 1, name: 'Kubernetes' });
    expect(window.location.hash).toBe('#/chapters/kubernetes');
    expect(screen.getByRole('main')).toHaveFocus();
  });
});

describe('route error boundary', () => {
  // A card whose answer details are missing makes the chapter screen throw; the home screen never reads them.
  const [forward, reverse] = makeDefinition('kubernetes', define.id, 'Kubernetes', 'open-source system', 3);
  const brokenDeck = makeDeck(
    [makeChapter('kubernetes', 'Kubernetes', 2, [define])],
    [{ ...forward!, details: null as unknown as AnswerDetail[] }, reverse!],
    'Kubernetes',
  );

  it('shows its message in place of the broken screen, keeps the shell, and leads back home', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    renderAppAt('#/chapters/kubernetes', brokenDeck);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Something went wrong on this screen' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Nothing is lost');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(reported).toHaveBeenCalled();

    await user.click(within(alert).getByRole('link', { name: 'Back to home' }));
    expect(window.location.hash).toBe('#/');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Kubernetes' })).toHaveTextContent('2 cards to study');
  });
});
