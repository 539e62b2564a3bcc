// The route table. A new screen is one line here (and its URL one entry in src/config/paths.ts); giving it a `nav`
// label also puts it in the header.
import { lazy } from 'react';
import type { ReactNode } from 'react';
import { paths } from '../config/paths';
import type { Deck } from '../domain/deck';
import type { DeckSource } from '../store/deck-library/deck-source';
import { useLoadedDeck } from '../store/deck-library/use-active-deck';
import { HomeScreen } from '../features/home/home-screen';

// Screens only one route needs load on demand, keeping the initial page small.
const ChapterScreen = lazy(() => import('../features/notes/chapter-screen').then((module) => ({ default: module.ChapterScreen })));
const ReviewSourceRoute = lazy(() => import('../features/review/review-source-route').then((module) => ({ default: module.ReviewSourceRoute })));
const QuizRoute = lazy(() => import('../features/quiz/quiz-route').then((module) => ({ default: module.QuizRoute })));
const QuizResultsRoute = lazy(() => import('../features/quiz/quiz-results-route').then((module) => ({ default: module.QuizResultsRoute })));
const SettingsScreen = lazy(() => import('../features/settings/settings-screen').then((module) => ({ default: module.SettingsScreen })));
const DecksScreen = lazy(() => import('../features/decks/decks-screen').then((module) => ({ default: module.DecksScreen })));
const ImportNotesScreen = lazy(() => import('../features/import-notes/import-notes-screen').then((module) => ({ default: module.ImportNotesScreen })));
const WeakTopicsScreen = lazy(() => import('../features/weak-topics/weak-topics-screen').then((module) => ({ default: module.WeakTopicsScreen })));
const StatsScreen = lazy(() => import('../features/stats/stats-screen').then((module) => ({ default: module.StatsScreen })));
const CardsScreen = lazy(() => import('../features/cards/cards-screen').then((module) => ({ default: module.CardsScreen })));
const DataScreen = lazy(() => import('../features/data/data-screen').then((module) => ({ default: module.DataScreen })));

export type RouteParams = Readonly<Record<string, string | undefined>>;

export interface AppRoute {
  path: string;
  /** Label in the header nav; routes without one are reached through links. */
  nav?: string;
  render: (params: RouteParams, source: DeckSource) => ReactNode;
}

/** Waits (in the route's loading state) until every card of the deck has loaded. */
function LoadedDeck({ source, children }: { source: DeckSource; children: (deck: Deck) => ReactNode }) {
  return children(useLoadedDeck(source));
}

/** A screen that reads the whole deck. */
const withDeck =
  (render: (params: RouteParams, deck: Deck, source: DeckSource) => ReactNode) =>
  (params: RouteParams, source: DeckSource): ReactNode => <LoadedDeck source={source}>{(deck) => render(params, deck, source)}</LoadedDeck>;

export const routes: readonly AppRoute[] = [
  // Home draws the deck's outline at once; its figures wait for the cards.
  { path: paths.home.path, nav: 'Home', render: (_params, source) => <HomeScreen source={source} /> },
  // A review starts once the chapters it can draw today's cards from are in.
  { path: paths.review.path, nav: 'Review', render: (_params, source) => <ReviewSourceRoute source={source} /> },
  { path: paths.quiz.path, nav: 'Quiz', render: withDeck((_params, deck) => <QuizRoute deck={deck} />) },
  { path: paths.quizResults.path, render: withDeck(({ quizId = '' }, deck) => <QuizResultsRoute deck={deck} quizId={quizId} />) },
  {
    path: paths.chapter.path,
    render: withDeck(({ chapterId = '' }, deck, source) => (
      <ChapterScreen deck={deck} chapterId={chapterId} document={source.loadDocument?.(chapterId) ?? null} />
    )),
  },
  { path: paths.weakTopics.path, nav: 'Weak topics', render: withDeck((_params, deck) => <WeakTopicsScreen deck={deck} />) },
  { path: paths.cards.path, nav: 'Cards', render: withDeck((_params, deck) => <CardsScreen deck={deck} />) },
  { path: paths.stats.path, nav: 'Stats', render: withDeck((_params, deck) => <StatsScreen deck={deck} />) },
  { path: paths.settings.path, nav: 'Settings', render: withDeck((_params, deck) => <SettingsScreen deck={deck} />) },
  { path: paths.decks.path, nav: 'Decks', render: () => <DecksScreen /> },
  { path: paths.importNotes.path, render: () => <ImportNotesScreen /> },
  { path: paths.data.path, render: withDeck((_params, deck) => <DataScreen deck={deck} />) },
];

export interface NavItem {
  path: string;
  label: string;
}

export const navItems: readonly NavItem[] = routes.flatMap((route) => (route.nav ? [{ path: route.path, label: route.nav }] : []));
