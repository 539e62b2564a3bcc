// `#/import`: notes pasted, chosen or dropped become a deck kept in this browser. The note reader runs in a worker
// (import-runner.ts): the page shows how far it is and stays responsive, and Cancel stops it. The learner sees the
// cards and warnings, then adds the deck (or updates one) and studies it.
import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent, DragEvent, FormEvent, Ref } from 'react';
import { useLocation } from 'wouter';
import { useStore } from 'zustand';
import { plural } from '../../components/card-counts';
import { PageTitle } from '../../components/page-title';
import { ProgressBar } from '../../components/progress-bar';
import { pastedNotes, type ImportProgress } from '../../domain/note-import';
import { useDeckLibrary } from '../../store/deck-library/use-active-deck';
import { type DeckDraft, findImportedDeck } from '../../store/deck-library/deck-library';
import { diffDecks } from '../../store/deck-library/deck-library-diff';
import { useStudyStore } from '../../store/study-store-context';
import { ImportConfirm, type ImportChoice } from './import-confirm';
import { ImportPreview, KindCounts } from './import-preview';
import { ImportFailure, runImport, type ImportRun } from './import-runner';
import { NEW_DECK, suggestedTarget } from './import-target';
import { ImportWarnings } from './import-warnings';
import { readNoteFiles, type FileProblem } from './read-note-files';
import './import-notes.css';
import { paths } from '../../config/paths';

interface ImportNotesScreenProps {
  clock?: () => number;
}

type Stage =
  | { kind: 'editing' }
  /** `what`: the notes being read, in words; `progress`: how far the reader is, null until it says. */
  | { kind: 'reading'; what: string; progress: ImportProgress | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string; fileProblems: FileProblem[] }
  | { kind: 'preview'; draft: DeckDraft; fileProblems: FileProblem[]; target: string; request: number }
  | { kind: 'saving'; draft: DeckDraft; fileProblems: FileProblem[]; target: string; request: number }
  /** Added or updated, but the browser did not keep it: it can still be studied during this visit. */
  | { kind: 'unkept'; deckId: string; title: string };

type NotesInput = { files: readonly File[] } | { text: string };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

function describeInput(input: NotesInput): string {
  if ('text' in input) return `your pasted notes (${megabytes(new Blob([input.text]).size)})`;
  const size = input.files.reduce((sum, file) => sum + file.size, 0);
  return input.files.length === 1 ? `${input.files[0]!.name} (${megabytes(size)})` : `${input.files.length} files (${megabytes(size)})`;
}

/** Parsing is most of the work; making the cards follows chapter by chapter. */
const PARSE_SHARE = 0.6;

function progressShare(progress: ImportProgress | null): number {
  if (progress === null || progress.total === 0) return 0;
  const done = progress.done / progress.total;
  return progress.stage === 'parse' ? done * PARSE_SHARE : PARSE_SHARE + done * (1 - PARSE_SHARE);
}

function progressText(progress: ImportProgress | null): string {
  if (progress === null) return 'Starting the note reader…';
  if (progress.stage === 'parse') return progress.total > 1 ? `Reading file ${progress.done + 1} of ${progress.total}…` : 'Reading the notes…';
  return `Making cards: chapter ${progress.done + 1} of ${progress.total}…`;
}

function ReadingProgress({ stage, onCancel, ref }: { stage: Extract<Stage, { kind: 'reading' }>; onCancel: () => void; ref: Ref<HTMLDivElement> }) {
  const percent = Math.round(progressShare(stage.progress) * 100);
  return (
    <div className="import-progress" ref={ref}>
      <p className="import-progress-text">{progressText(stage.progress)}</p>
      <ProgressBar label={`Reading ${stage.what}`} value={percent} max={100} valueText={`${percent}%: ${progressText(stage.progress)}`} />
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

const hasFatal = (draft: DeckDraft) => draft.deck.warnings.some((warning) => warning.fatal);

function sourceNames(draft: DeckDraft): string {
  return draft.sources.map((source) => source.path).join(', ');
}

export function ImportNotesScreen({ clock = Date.now }: ImportNotesScreenProps) {
  const library = useDeckLibrary();
  const store = useStudyStore();
  const decks = useStore(library, (state) => state.decks);
  const [, navigate] = useLocation();
  const [pasted, setPasted] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'editing' });
  const [dragging, setDragging] = useState(false);
  const latestRequest = useRef(0);
  /** The reader at work, if any: Cancel stops it. */
  const running = useRef<ImportRun | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const progressPanel = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    void library.getState().load();
  }, [library]);

  const stopReading = () => {
    running.current?.cancel();
    running.current = null;
  };

  // Leaving the screen stops the reader.
  useEffect(() => stopReading, []);

  const showPreview = async (input: NotesInput) => {
    stopReading();
    latestRequest.current += 1;
    const request = latestRequest.current;
    const isCurrent = () => request === latestRequest.current;
    setStage({ kind: 'reading', what: describeInput(input), progress: null });
    let fileProblems: FileProblem[] = [];
    try {
      const read = 'files' in input ? await readNoteFiles(input.files) : null;
      const sources = read ? read.sources : [pastedNotes('text' in input ? input.text : '')];
      fileProblems = read?.problems ?? [];
      if (!isCurrent()) return;
      if (sources.length === 0) {
        setStage({ kind: 'failed', message: 'None of these files could be read as notes.', fileProblems });
        return;
      }
      const run = runImport(sources, (progress) => {
        if (isCurrent()) setStage((current) => (current.kind === 'reading' ? { ...current, progress } : current));
      });
      running.current = run;
      const draft: DeckDraft = await run.result;
      if (running.current === run) running.current = null;
      await library.getState().load();
      if (!isCurrent()) return;
      const target = suggestedTarget(library.getState().decks, draft, !read);
      setStage({ kind: 'preview', draft, fileProblems, target, request });
    } catch (error) {
      if (!isCurrent()) return;
      const message = error instanceof ImportFailure ? error.message : `The notes could not be read (${reasonOf(error)}).`;
      setStage({ kind: 'failed', message, fileProblems });
    }
  };

  const cancelReading = () => {
    stopReading();
    latestRequest.current += 1;
    setStage({ kind: 'cancelled' });
    // The Cancel button goes away: focus goes back to where notes are chosen.
    fileInput.current?.focus();
  };

  // The reader's progress comes below the notes: brought into view when reading starts.
  const reading = stage.kind === 'reading';
  useEffect(() => {
    if (reading) progressPanel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [reading]);

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
    navigate(paths.home.href());
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
    stopReading();
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
          Turn your own Markdown notes into a deck, kept in this browser. Cards come from the same rules as the built-in deck; nothing in your notes is run.
        </p>
      </div>

      <section className="panel panel-wide import-panel" aria-labelledby={`${id}-source`}>
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
            ref={fileInput}
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
            className="field-input field-input-soft import-textarea"
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
        {stage.kind === 'reading' && `Reading ${stage.what}…`}
        {stage.kind === 'cancelled' && 'Import cancelled: nothing was added.'}
        {draftStage && `${plural(draftStage.draft.deck.cards.length, 'card')} found in ${sourceNames(draftStage.draft)}.`}
      </p>
      {stage.kind === 'reading' && <ReadingProgress stage={stage} onCancel={cancelReading} ref={progressPanel} />}

      {stage.kind === 'failed' && (
        <div className="import-problem" role="alert">
          <p>{stage.message}</p>
          <ImportWarnings warnings={[]} fileProblems={stage.fileProblems} />
        </div>
      )}

      {stage.kind === 'unkept' && (
        <div className="import-problem" role="alert">
          <p>“{stage.title}” is ready, but this browser did not keep it, so it lasts only until this page is closed.</p>
          <button type="button" className="button button-primary" onClick={() => open(stage.deckId)}>
            Study it now
          </button>
        </div>
      )}

      {draftStage && (
        <section className="panel panel-wide import-panel" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`} ref={previewHeading} tabIndex={-1}>
            Preview: {draftStage.draft.deck.title}
          </h2>
          <p className="import-hint">From {sourceNames(draftStage.draft)}</p>
          <KindCounts cards={draftStage.draft.deck.cards} />
          <ImportWarnings warnings={draftStage.draft.deck.warnings} fileProblems={draftStage.fileProblems} />
          {draftStage.draft.deck.cards.length === 0 ? (
            <p className="notice">
              These notes make no cards yet. Cards come from lines such as “Term: what it means”, “Question :: Answer” or a title followed by a list.
            </p>
          ) : hasFatal(draftStage.draft) ? (
            <p className="notice">Fix the errors above in your notes, then import them again.</p>
          ) : (
            <ImportConfirm
              key={draftStage.request}
              draft={draftStage.draft}
              decks={decks}
              initialTarget={draftStage.target}

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
