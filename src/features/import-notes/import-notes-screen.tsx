// `#/import`: notes pasted, chosen or dropped become a deck kept in this browser. The note reader loads on the
// first preview; the learner sees the cards and warnings, then adds the deck (or updates one) and studies it.
import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent, DragEvent, FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useStore } from 'zustand';
import { plural } from '../../components/card-counts';
import { PageTitle } from '../../components/page-title';
import { useDeckLibrary } from '../../components/use-active-deck';
import type { StudyStore } from '../../store/create-study-store';
import { type DeckDraft, findImportedDeck } from '../../store/deck-library';
import { diffDecks } from '../../store/deck-library-diff';
import { useStudyStore } from '../../store/study-store';
import { ImportConfirm, type ImportChoice } from './import-confirm';
import { ImportPreview, KindCounts } from './import-preview';
import { NEW_DECK, suggestedTarget } from './import-target';
import { ImportWarnings } from './import-warnings';
import { loadImportPipeline } from './load-import-pipeline';
import { readNoteFiles, type FileProblem } from './read-note-files';
import './import-notes.css';

interface ImportNotesScreenProps {
  /** The study store; the app's own unless a test passes one. */
  store?: StudyStore;
  clock?: () => number;
}

type Stage =
  | { kind: 'editing' }
  | { kind: 'reading' }
  | { kind: 'failed'; message: string; fileProblems: FileProblem[] }
  | { kind: 'preview'; draft: DeckDraft; fileProblems: FileProblem[]; target: string; request: number }
  | { kind: 'saving'; draft: DeckDraft; fileProblems: FileProblem[]; target: string; request: number }
  /** Added or updated, but the browser did not keep it: it can still be studied during this visit. */
  | { kind: 'unkept'; deckId: string; title: string };

type NotesInput = { files: readonly File[] } | { text: string };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const hasFatal = (draft: DeckDraft) => draft.deck.warnings.some((warning) => warning.fatal);

function sourceNames(draft: DeckDraft): string {
  return draft.sources.map((source) => source.path).join(', ');
}

export function ImportNotesScreen({ store = useStudyStore, clock = Date.now }: ImportNotesScreenProps) {
  const library = useDeckLibrary();
  const decks = useStore(library, (state) => state.decks);
  const [, navigate] = useLocation();
  const [pasted, setPasted] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'editing' });
  const [dragging, setDragging] = useState(false);
  const latestRequest = useRef(0);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  useEffect(() => {
    void library.getState().load();
  }, [library]);

  const showPreview = async (input: NotesInput) => {
    latestRequest.current += 1;
    const request = latestRequest.current;
    setStage({ kind: 'reading' });
    try {
      const pastedText = 'text' in input ? input.text : null;
      const [pipeline, read] = await Promise.all([loadImportPipeline(), 'files' in input ? readNoteFiles(input.files) : null]);
      const sources = read ? read.sources : [pipeline.pastedNotesSource(pastedText ?? '')];
      const fileProblems = read?.problems ?? [];
      if (request !== latestRequest.current) return;
      if (sources.length === 0) {
        setStage({ kind: 'failed', message: 'None of these files could be read as notes.', fileProblems });
        return;
      }
      const draft: DeckDraft = pipeline.buildImportedDeck(sources);
      await library.getState().load();
      if (request !== latestRequest.current) return;
      const target = suggestedTarget(library.getState().decks, draft, !read);
      setStage({ kind: 'preview', draft, fileProblems, target, request });
    } catch (error) {
      if (request === latestRequest.current) {
        setStage({ kind: 'failed', message: `The notes could not be read (${reasonOf(error)}). Check the connection and try again.`, fileProblems: [] });
      }
    }
  };

  useEffect(() => {
    if (stage.kind === 'preview') previewHeading.current?.focus();
  }, [stage.kind]);

  const chooseFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Emptied, so choosing the same file again (after editing it) is a change too.
    event.target.value = '';
    if (files.length > 0) void showPreview({ files });
  };

  const previewPasted = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pasted.trim() === '') {
      setStage({ kind: 'failed', message: 'Paste some notes first, or choose files.', fileProblems: [] });
      return;
    }
    void showPreview({ text: pasted });
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void showPreview({ files });
  };

  const open = (deckId: string) => {
    // One render for both: the app shows Home on the new deck, with no moment on the old one.
    navigate('/');
    library.getState().activateDeck(deckId);
  };

  const confirm = async (choice: ImportChoice) => {
    if (stage.kind !== 'preview') return;
    setStage({ ...stage, kind: 'saving' });
    const now = clock();
    const previous = choice.target === NEW_DECK ? undefined : findImportedDeck(library.getState(), choice.target);
    const change =
      choice.target === NEW_DECK
        ? await library.getState().addDeck(stage.draft, now, choice.title)
        : await library.getState().updateDeck(choice.target, stage.draft, now);
    // Cards under a new id (a renamed chapter or section) keep their progress.
    if (previous) store.getState().moveCards(choice.target, diffDecks(previous.deck, stage.draft.deck).moves);
    if (change.kept) open(change.result.deck.id);
    else setStage({ kind: 'unkept', deckId: change.result.deck.id, title: change.result.deck.title });
  };

  const startOver = () => {
    latestRequest.current += 1;
    setStage({ kind: 'editing' });
  };

  const draftStage = stage.kind === 'preview' || stage.kind === 'saving' ? stage : null;

  return (
    <div className="screen container narrow import-screen">
      <PageTitle title="Import notes" />
      <div className="screen-header">
        <p className="eyebrow">Your notes</p>
        <h1>Import notes</h1>
        <p className="lead">
          Turn your own Markdown notes into a deck, kept in this browser. Cards come from the same rules as the built-in
          deck; nothing in your notes is run.
        </p>
      </div>

      <section className="import-panel" aria-labelledby={`${id}-source`}>
        <h2 id={`${id}-source`}>Your notes</h2>
        <div
          className={dragging ? 'import-drop is-dragging' : 'import-drop'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <label htmlFor={`${id}-files`} className="import-label">
            Markdown files
          </label>
          <input
            id={`${id}-files`}
            className="import-file"
            type="file"
            multiple
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            onChange={chooseFiles}
            aria-describedby={`${id}-drop-hint`}
          />
          <p id={`${id}-drop-hint`} className="import-hint">
            Choose one file or several (one per chapter), or drop them here.
          </p>
        </div>
        <form className="import-paste" onSubmit={previewPasted}>
          <label htmlFor={`${id}-paste`} className="import-label">
            Or paste Markdown
          </label>
          <textarea
            id={`${id}-paste`}
            className="import-textarea"
            rows={10}
            value={pasted}
            spellCheck={false}
            placeholder={'# My course\n\n## Chapter 1: Basics\n\nTerm: what it means'}
            onChange={(event) => setPasted(event.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button">
              Preview cards
            </button>
          </div>
        </form>
      </section>

      <p role="status" className="import-status">
        {stage.kind === 'reading' && 'Reading your notes…'}
        {draftStage && `${plural(draftStage.draft.deck.cards.length, 'card')} found in ${sourceNames(draftStage.draft)}.`}
      </p>

      {stage.kind === 'failed' && (
        <div className="import-problem" role="alert">
          <p>{stage.message}</p>
          <ImportWarnings warnings={[]} fileProblems={stage.fileProblems} />
        </div>
      )}

      {stage.kind === 'unkept' && (
        <div className="import-problem" role="alert">
          <p>
            “{stage.title}” is ready, but this browser did not keep it, so it lasts only until this page is closed.
          </p>
          <button type="button" className="button button-primary" onClick={() => open(stage.deckId)}>
            Study it now
          </button>
        </div>
      )}

      {draftStage && (
        <section className="import-panel" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`} ref={previewHeading} tabIndex={-1}>
            Preview: {draftStage.draft.deck.title}
          </h2>
          <p className="import-hint">From {sourceNames(draftStage.draft)}</p>
          <KindCounts cards={draftStage.draft.deck.cards} />
          <ImportWarnings warnings={draftStage.draft.deck.warnings} fileProblems={draftStage.fileProblems} />
          {draftStage.draft.deck.cards.length === 0 ? (
            <p className="notice">
              These notes make no cards yet. Cards come from lines such as “Term: what it means”, “Question :: Answer”
              or a title followed by a list.
            </p>
          ) : hasFatal(draftStage.draft) ? (
            <p className="notice">Fix the errors above in your notes, then import them again.</p>
          ) : (
            <ImportConfirm
              key={draftStage.request}
              draft={draftStage.draft}
              decks={decks}
              initialTarget={draftStage.target}
              store={store}
              busy={stage.kind === 'saving'}
              onConfirm={(choice) => void confirm(choice)}
              onCancel={startOver}
            />
          )}
          <ImportPreview deck={draftStage.draft.deck} />
        </section>
      )}
    </div>
  );
}
