// Entry point of the extraction core: note sources in, a Deck out. No Node API here.
import type { Deck } from '../domain/deck';

export interface NoteSource {
  /** Path as it should appear in warnings and card sources, e.g. `content/03-kubernetes-architecture.md`. */
  path: string;
  text: string;
}

export interface BuildDeckOptions {
  /** Deck title when no `# Title` heading gives one. */
  fallbackTitle?: string;
}

export function buildDeck(sources: NoteSource[], options: BuildDeckOptions = {}): Deck {
  const title = options.fallbackTitle ?? 'Notes';
  void sources;
  return { id: 'notes', title, chapters: [], cards: [], warnings: [] };
}
