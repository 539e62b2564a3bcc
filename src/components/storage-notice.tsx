// Tells the learner when saved progress could not be read or cannot be saved, and offers the backup of unreadable
// data as a download. Shown above every screen until dismissed.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { BACKUP_KEY_PREFIX, type StorageIssue } from '../store/persist/guarded-storage';
import { selectStorageIssue } from '../store/study-selectors';
import { useStudyStore } from '../store/study-store-context';
import './storage-notice.css';

/** Reads a stored text by key; null when missing or when storage cannot be read. */
export type ReadStoredText = (key: string) => string | null;

const readLocalStorage: ReadStoredText = (key) => {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
};

interface StorageNoticeProps {
  /** Where backups are read from: the store's storage (localStorage in the app). */
  readStoredText?: ReadStoredText;
}

/** `study-deck:backup:2026-11-27T09:00:00.000Z` → `study-deck-backup-2026-11-27T09-00-00.000Z.json` (no colons: Windows refuses them). */
export function backupFileName(backupKey: string): string {
  const stamp = backupKey.startsWith(BACKUP_KEY_PREFIX) ? backupKey.slice(BACKUP_KEY_PREFIX.length) : backupKey;
  return `study-deck-backup-${stamp.replace(/[^\w.-]+/g, '-')}.json`;
}

/** A link that downloads `text` as a file; the object URL lives as long as the link. */
function DownloadLink({ text, fileName, children }: { text: string; fileName: string; children: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [text]);
  if (!url) return null;
  return (
    <a className="button storage-notice-download" href={url} download={fileName}>
      {children}
    </a>
  );
}

type DataIssue = Extract<StorageIssue, { backupKey: string | null }>;

function isDataIssue(issue: StorageIssue): issue is DataIssue {
  return issue.kind === 'corrupt-json' || issue.kind === 'foreign-shape' || issue.kind === 'newer-version' || issue.kind === 'damaged-records';
}

function records(count: number): string {
  return count === 1 ? '1 record' : `${count} records`;
}

/** What happened, in one sentence, and what it means for the learner. */
function dataIssueWords(issue: DataIssue): { title: string; consequence: string } {
  if (issue.kind === 'damaged-records') {
    const count = records(issue.damagedCount ?? 1);
    return {
      title: `Part of your saved progress could not be read: ${count}. ${issue.damagedCount === 1 ? 'It was' : 'They were'} kept as a backup.`,
      consequence: 'Everything else was kept, and what you study from now on is saved.',
    };
  }
  return {
    title: 'Your saved progress could not be read. It was kept as a backup.',
    consequence:
      issue.kind === 'newer-version'
        ? 'It was saved by a newer version of Study Deck. Nothing is saved in this tab, so that version can still read it.'
        : 'Study Deck started afresh; what you study from now on is saved.',
  };
}

function DataIssueMessage({ issue, readStoredText }: { issue: DataIssue; readStoredText: ReadStoredText }) {
  const backup = issue.backupKey ? readStoredText(issue.backupKey) : null;
  if (!issue.backupKey) {
    return (
      <>
        <p className="storage-notice-title">
          {issue.kind === 'damaged-records'
            ? `Part of your saved progress could not be read: ${records(issue.damagedCount ?? 1)}.`
            : 'Your saved progress could not be read.'}
        </p>
        <p>No backup copy could be made, so it was left untouched, and nothing new is saved for now.</p>
      </>
    );
  }
  const words = dataIssueWords(issue);
  return (
    <>
      <p className="storage-notice-title">{words.title}</p>
      <p>{words.consequence}</p>
      {backup === null ? (
        <p>
          The backup is in this browser’s storage under <code>{issue.backupKey}</code>.
        </p>
      ) : (
        <>
          <p>What can still be read in the backup imports again under Backup &amp; export, Import progress.</p>
          <DownloadLink text={backup} fileName={backupFileName(issue.backupKey)}>
            Download backup
          </DownloadLink>
        </>
      )}
    </>
  );
}

function WriteIssueMessage({ kind }: { kind: 'quota' | 'unavailable' }) {
  return kind === 'quota' ? (
    <p className="storage-notice-title">Storage is full: progress is kept for this session only.</p>
  ) : (
    <p className="storage-notice-title">Progress can’t be saved in this browser mode; it lasts until you close the tab.</p>
  );
}

export function StorageNotice({ readStoredText = readLocalStorage }: StorageNoticeProps) {
  const store = useStudyStore();
  const issue = useStore(store, selectStorageIssue);
  const dismiss = useStore(store, (state) => state.dismissStorageIssue);
  if (!issue) return null;
  // Data set aside and a full storage are news that needs attention; private mode is a standing condition.
  const role = issue.kind === 'unavailable' ? 'status' : 'alert';
  return (
    <div className="container storage-notice-frame">
      <div className={`storage-notice is-${issue.kind}`} role={role}>
        <div className="storage-notice-body">
          {isDataIssue(issue) ? <DataIssueMessage issue={issue} readStoredText={readStoredText} /> : <WriteIssueMessage kind={issue.kind} />}
        </div>
        <button type="button" className="button storage-notice-dismiss" onClick={dismiss} aria-label="Dismiss this notice">
          Dismiss
        </button>
      </div>
    </div>
  );
}
