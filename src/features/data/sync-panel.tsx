// "Sync": this device's progress kept in step with other devices through a CouchDB database the learner runs. The
// server and credentials stay on this device (their own storage key, never in exports); a connection test names what
// is wrong; before sync starts, a preview says what merging with the server will do (it never replaces anything).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { plural } from '../../components/card-counts';
import { useStudyStore } from '../../store/study-store-context';
import { studyDataOf } from '../../store/data/study-data';
import { newDeviceId, readSyncConfig, writeSyncConfig, type SyncConfig } from '../../store/sync/sync-config';
import { fetchServerDocs, testSyncConnection, type SyncTarget } from '../../store/sync/sync-connection';
import { resumeSync, stopSync } from '../../store/sync/sync-control';
import { checkSyncDoc, deckContentHash, type SyncDoc } from '../../store/sync/sync-documents';
import { useDeckLibraryState } from '../../store/deck-library/use-active-deck';
import type { SyncState, SyncStatus } from '../../store/sync/sync-replication';
import { useSyncStatus } from '../../store/sync/sync-status';
import { previewSync, type SyncPreview } from '../../store/sync/sync-study-data';

const stateWords: Record<SyncState, string> = {
  starting: 'Starting…',
  syncing: 'Syncing…',
  synced: 'Synced',
  offline: 'Offline: changes are kept here and sent when the server is back',
  error: 'Sync stopped on an error',
};

const settingNames: Record<string, string> = {
  newCardsPerDay: 'new cards per day',
  reviewsPerDay: 'reviews per day',
  desiredRetention: 'desired retention',
  maximumIntervalDays: 'maximum interval',
  dayStartHour: 'day start hour',
  studyReverseCards: 'reverse cards',
  examDate: 'exam date',
  fsrsParameters: 'FSRS parameters',
  previousFsrsParameters: 'previous FSRS parameters',
};

const timeText = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function PreviewList({ preview, refused }: { preview: SyncPreview; refused: number }) {
  return (
    <div className="sync-preview" data-testid="sync-preview">
      <h3>What turning sync on will do</h3>
      <p className="small-note data-hint">Your progress here and on the server are merged: nothing on either side is replaced or deleted.</p>
      <ul>
        <li>
          This device has {plural(preview.reviewsHere, 'review')}; the server has {plural(preview.reviewsOnServer, 'review')}.
        </li>
        <li>{plural(preview.reviewsToAdd, 'review')} from the server will be added here.</li>
        <li>{plural(preview.reviewsToSend, 'review')} from this device will be sent to the server.</li>
        <li>{plural(preview.cardsChanged, 'card')} will have their schedule rebuilt from the merged reviews (or take a later flag or suspension).</li>
        {preview.quizzesToAdd > 0 ? <li>{plural(preview.quizzesToAdd, 'past quiz', 'past quizzes')} will be added here.</li> : null}
        <li>
          {preview.settingsChanged.length === 0
            ? 'Settings stay as they are.'
            : `Settings changed later on another device will apply here: ${preview.settingsChanged.map((key) => settingNames[key]).join(', ')}.`}
        </li>
        {refused > 0 ? <li>{plural(refused, 'document')} on the server cannot be read and will be left out.</li> : null}
      </ul>
    </div>
  );
}

/** Imported decks another device has and this browser has not, or has with other notes. */
function DecksElsewhere({ decks }: { decks: SyncStatus['decks'] }) {
  const local = useDeckLibraryState((state) => state.decks);
  const hashes = useMemo(() => new Map(local.map((entry) => [entry.deck.id, deckContentHash(entry.sources)])), [local]);
  const lines = decks
    .filter((deck) => hashes.get(deck.deckId) !== deck.contentHash)
    .map((deck) =>
      hashes.has(deck.deckId) ? `${deck.title}: its notes differ from this browser's (import the newer notes again)` : `${deck.title}: not in this browser`,
    );
  if (lines.length === 0) return null;
  return (
    <>
      <h3>Imported decks on your other devices</h3>
      <p className="small-note data-hint">Their progress syncs; their notes do not: import the same notes here under Decks to study them.</p>
      <ul className="sync-conflicts">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

function SyncStatusView() {
  const status = useSyncStatus();
  if (!status) return null;
  return (
    <div className="sync-status-view">
      <p className="data-label" role="status" data-testid="sync-state">
        {stateWords[status.state]}
        {status.lastSyncedAt !== null ? ` (last synced ${timeText(status.lastSyncedAt)})` : ''}
      </p>
      {status.message ? (
        <p className="data-error" data-testid="sync-message">
          {status.message}
        </p>
      ) : null}
      {status.conflicts.length > 0 ? (
        <>
          <h3>Changes replaced by later ones from another device</h3>
          <ul className="sync-conflicts">
            {status.conflicts.map((conflict, index) => (
              <li key={index}>
                {conflict.kind === 'card' ? `Card ${conflict.cardId}` : `Setting ${settingNames[conflict.setting ?? ''] ?? conflict.setting}`}: yours was “
                {conflict.lost}”, now “{conflict.kept}” (changed {timeText(conflict.keptAt)}).
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <DecksElsewhere decks={status.decks} />
      {status.refused.length > 0 ? (
        <p className="data-error">
          {plural(status.refused.length, 'document')} from the server could not be read and were left out (first: {status.refused[0].reason}).
        </p>
      ) : null}
    </div>
  );
}

interface SyncFieldProps {
  id: string;
  label: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  type?: 'url' | 'password';
  autoComplete: string;
}

function SyncField({ id, label, value, disabled, onChange, type, autoComplete }: SyncFieldProps) {
  return (
    <div className="sync-field">
      <label className="sync-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field-input sync-input"
        type={type}
        autoComplete={autoComplete}
        placeholder={type === 'url' ? 'https://couch.example.org/study-deck' : undefined}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function SyncPanel() {
  const store = useStudyStore();
  const saved = readSyncConfig();
  const [url, setUrl] = useState(saved?.url ?? '');
  const [username, setUsername] = useState(saved?.username ?? '');
  const [password, setPassword] = useState(saved?.password ?? '');
  const [enabled, setEnabled] = useState(saved?.enabled ?? false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState(false);
  const [tested, setTested] = useState<{ target: SyncTarget; preview: SyncPreview; refused: number } | null>(null);
  const ids = useId();
  const target: SyncTarget = { url: url.trim(), username, password };
  const testedNow = tested !== null && tested.target.url === target.url && tested.target.username === username && tested.target.password === password;

  const testConnection = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setTested(null);
    setMessage('Testing the connection…');
    setProblem(false);
    const result = await testSyncConnection(target);
    if (!result.ok) {
      setMessage(result.message);
      setProblem(true);
      setBusy(false);
      return;
    }
    const server = await fetchServerDocs(target, checkSyncDoc);
    if (!server) {
      setMessage('The database answers, but its documents could not be read.');
      setProblem(true);
      setBusy(false);
      return;
    }
    const preview = previewSync(studyDataOf(store.getState()), server.docs as SyncDoc[], true);
    setTested({ target, preview, refused: server.refused });
    setMessage(result.created ? 'Connected: the database was created on the server.' : 'Connected.');
    setBusy(false);
  };

  const turnOn = async () => {
    const config: SyncConfig = { ...target, enabled: true, device: saved?.device ?? newDeviceId() };
    if (!writeSyncConfig(config)) {
      setMessage('The sync settings could not be saved on this device.');
      setProblem(true);
      return;
    }
    setEnabled(true);
    setTested(null);
    setMessage('');
    await resumeSync(store);
  };

  const turnOff = async () => {
    const current = readSyncConfig();
    if (current) writeSyncConfig({ ...current, enabled: false });
    setEnabled(false);
    setMessage('Sync is off. Progress stays on this device (and on the server).');
    setProblem(false);
    await stopSync();
  };

  return (
    <div className="sync-panel">
      <p className="small-note data-hint">
        Keep your progress in step on several devices through a CouchDB database you run (see the README). The address, user and password stay on this device:
        they are never exported.
      </p>
      <form className="sync-form" onSubmit={(event) => void testConnection(event)}>
        <SyncField id={`${ids}-url`} label="Database URL" value={url} disabled={enabled} onChange={setUrl} type="url" autoComplete="url" />
        <SyncField id={`${ids}-user`} label="User name" value={username} disabled={enabled} onChange={setUsername} autoComplete="username" />
        <SyncField
          id={`${ids}-password`}
          label="Password"
          value={password}
          disabled={enabled}
          onChange={setPassword}
          type="password"
          autoComplete="current-password"
        />
        <div className="actions">
          {enabled ? (
            <button type="button" className="button" onClick={() => void turnOff()}>
              Turn sync off
            </button>
          ) : (
            <>
              <button type="submit" className="button" disabled={busy || url.trim() === ''}>
                Test connection
              </button>
              <button type="button" className="button button-primary" disabled={busy || !testedNow} onClick={() => void turnOn()}>
                Turn sync on
              </button>
            </>
          )}
        </div>
      </form>
      <p className={problem ? 'data-error' : 'data-status'} role="status" data-testid="sync-test-result">
        {message}
      </p>
      {!enabled && testedNow ? <PreviewList preview={tested.preview} refused={tested.refused} /> : null}
      {enabled ? <SyncStatusView /> : null}
    </div>
  );
}
