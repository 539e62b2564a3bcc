// Sync's quiet status in the header: nothing while sync is off; otherwise a word and the time of the last sync,
// linking to the Sync section of Backup & export.
import { Link } from 'wouter';
import { paths } from '../config/paths';
import { useSyncStatus } from '../store/sync/sync-status';
import type { SyncState } from '../store/sync/sync-replication';
import './sync-indicator.css';

const words: Record<SyncState, string> = {
  starting: 'Syncing…',
  syncing: 'Syncing…',
  synced: 'Synced',
  offline: 'Offline',
  error: 'Sync error',
};

const timeOf = (at: number) => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

export function SyncIndicator() {
  const status = useSyncStatus();
  if (!status) return null;
  const last = status.lastSyncedAt === null ? null : timeOf(status.lastSyncedAt);
  const shownTime = last && status.state !== 'syncing' && status.state !== 'starting' ? last : null;
  const shown = `${words[status.state]}${shownTime ? ` ${shownTime}` : ''}`;
  // The name starts with what is shown (as WCAG's label-in-name asks), then says what it is and any problem.
  const label = `${shown} (sync status${last ? `, last synced at ${last}` : ''}${status.message ? `: ${status.message}` : ''})`;
  return (
    <Link href={paths.data.href()} className={`sync-indicator sync-${status.state}`} aria-label={label} title={label} data-testid="sync-indicator">
      <span className="sync-dot" aria-hidden="true" />
      <span className="sync-word">{words[status.state]}</span>
      {shownTime ? <span className="sync-time"> {shownTime}</span> : null}
    </Link>
  );
}
