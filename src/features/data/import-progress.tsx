// Importing a progress file: choose it or drop it here, see what it would change, then merge, or replace after a
// confirmation. A refused file says why and changes nothing.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent, DragEvent, KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Deck } from '../../domain/deck';
import { parseProgressBlob, type ImportMode, type ProgressFileInfo } from '../../store/progress-transfer/progress-transfer';
import { previewImport } from '../../store/progress-transfer/progress-transfer-preview';
import { importIntoStore } from '../../store/progress-transfer/progress-transfer-store';
import { studyDataOf, type StudyData } from '../../store/data/study-data';
import type { DeckName } from './deck-titles';
import { useStudyStore } from '../../store/study-store-context';
import { FileSummary, ImportOutcomeView } from './import-preview';
import { importResultText, replaceLossText } from './import-text';

interface ImportProgressProps {
  deck: Deck;
  clock: () => number;
  /** The decks this browser has, to name the decks in a file. */
  deckNames: ReadonlyMap<string, DeckName>;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; reason: string }
  | { kind: 'ready'; fileName: string; data: StudyData; file: ProgressFileInfo; damagedCount: number; now: number };

const MODE_HINTS: Record<ImportMode, string> = {
  merge: 'Keep what this browser has and add what the file has. Where both changed a card, the later change wins.',
  replace: 'Make this browser’s progress, log, quiz history and settings exactly the file’s.',
};

export function ImportProgress({ deck, clock, deckNames }: ImportProgressProps) {
  const store = useStudyStore();
  const current = useStore(store, useShallow(studyDataOf));
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [result, setResult] = useState('');
  const [failure, setFailure] = useState('');
  const failureRef = useRef<HTMLDivElement>(null);
  const readCount = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const cancelReplaceRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const inputId = `${id}-file`;
  const hintId = `${id}-hint`;

  const ready = step.kind === 'ready' ? step : null;
  const titles = useMemo(() => new Map([...deckNames].map(([id, name]) => [id, name.title])), [deckNames]);
  const preview = useMemo(() => (ready ? previewImport(current, ready.data, deck, ready.now, titles) : null), [current, ready, deck, titles]);

  useEffect(() => {
    if (confirming) cancelReplaceRef.current?.focus();
  }, [confirming]);

  const readFile = async (file: File) => {
    // A file chosen while another is read wins; the earlier result is dropped.
    const attempt = ++readCount.current;
    setResult('');
    setFailure('');
    setConfirming(false);
    setStep({ kind: 'reading', fileName: file.name });
    const read = await parseProgressBlob(file);
    if (attempt !== readCount.current) return;
    setMode('merge');
    setStep(
      read.ok
        ? { kind: 'ready', fileName: file.name, data: read.data, file: read.file, damagedCount: read.damagedCount, now: clock() }
        : { kind: 'refused', fileName: file.name, reason: read.reason },
    );
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again reads it again.
    event.target.value = '';
    if (file) void readFile(file);
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const discard = () => {
    readCount.current += 1;
    setStep({ kind: 'idle' });
    setConfirming(false);
    inputRef.current?.focus();
  };

  const apply = (chosen: ImportMode) => {
    if (!ready || !preview) return;
    const imported = importIntoStore(store, ready.data, chosen);
    setConfirming(false);
    if (!imported.ok) {
      // The preview stays, so the learner can try again once there is room.
      setFailure(`${ready.fileName} was not imported. ${imported.reason}`);
      requestAnimationFrame(() => failureRef.current?.focus());
      return;
    }
    setFailure('');
    setResult(importResultText(chosen, ready.fileName, preview.outcomes[chosen], preview.dueBefore, deck.title));
    setStep({ kind: 'idle' });
    // The preview and its buttons are gone: the message is where reading continues.
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const closeConfirmOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setConfirming(false);
    replaceRef.current?.focus();
  };

  const loss = preview ? replaceLossText(preview.outcomes.replace) : null;

  return (
    <div className="import-progress">
      <p>Restore a backup, or bring progress over from another browser. You see what would change before anything does.</p>
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="data-label">
          Progress file
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="data-file-input"
          aria-describedby={hintId}
          onChange={onChoose}
        />
        <p id={hintId} className="small-note data-hint">
          A .json file from “Export progress”, or a backup Study Deck offered to download, at most 10 MB. You can also drop it here. If Study Deck is open in
          other tabs, close them first, so they do not merge their older progress back in.
        </p>
      </div>

      {step.kind === 'refused' && (
        <div role="alert" className="data-alert">
          <p className="data-alert-title">{step.fileName} was not imported. Nothing was changed.</p>
          <p>{step.reason}</p>
        </div>
      )}

      {failure !== '' && (
        <div ref={failureRef} role="alert" className="data-alert" tabIndex={-1}>
          <p>{failure}</p>
        </div>
      )}

      {ready && preview && (
        <div className="import-ready">
          <FileSummary fileName={ready.fileName} file={ready.file} damagedCount={ready.damagedCount} preview={preview} />
          <fieldset className="data-modes">
            <legend>How to import</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <div key={option} className="check-row data-mode">
                <input
                  id={`${id}-${option}`}
                  type="radio"
                  name={`${id}-mode`}
                  value={option}
                  checked={mode === option}
                  onChange={() => {
                    setMode(option);
                    setConfirming(false);
                  }}
                  aria-describedby={`${id}-${option}-hint`}
                />
                <label htmlFor={`${id}-${option}`}>{option === 'merge' ? 'Merge with this browser’s progress' : 'Replace this browser’s progress'}</label>
                <p id={`${id}-${option}-hint`} className="small-note data-hint">
                  {MODE_HINTS[option]}
                </p>
              </div>
            ))}
          </fieldset>
          <ImportOutcomeView mode={mode} preview={preview} deckTitle={deck.title} />
          <div className="actions">
            {mode === 'merge' ? (
              <button type="button" className="button button-primary" onClick={() => apply('merge')}>
                Merge progress
              </button>
            ) : (
              <button
                ref={replaceRef}
                type="button"
                className="button button-danger"
                aria-expanded={confirming}
                onClick={() => (confirming ? cancelReplaceRef.current?.focus() : setConfirming(true))}
              >
                Replace progress…
              </button>
            )}
            <button type="button" className="button" onClick={discard}>
              Choose another file
            </button>
          </div>
          {mode === 'replace' && confirming && (
            <div className="data-confirm" role="group" aria-labelledby={`${id}-confirm-text`} onKeyDown={closeConfirmOnEscape}>
              <p id={`${id}-confirm-text`}>
                Replace all progress in this browser with the file’s? {loss ?? 'Nothing that only this browser has will be lost.'} This cannot be undone.
              </p>
              <div className="actions">
                <button type="button" className="button button-danger-solid" onClick={() => apply('replace')}>
                  Replace all progress
                </button>
                <button
                  ref={cancelReplaceRef}
                  type="button"
                  className="button"
                  onClick={() => {
                    setConfirming(false);
                    replaceRef.current?.focus();
                  }}
                >
                  Cancel
                </button>
              </div>
            </div>
          )}
        </div>
      )}

      <p ref={resultRef} role="status" className="data-status" tabIndex={-1}>
        {step.kind === 'reading' ? `Reading ${step.fileName}…` : result}
      </p>
    </div>
  );
}
