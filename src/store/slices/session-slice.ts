// What lives only as long as the page: the undo stack and the storage problem to show. Never persisted.
import type { StorageIssue } from '../persist/guarded-storage';
import type { SessionSlice, SessionState, StudySliceCreator } from '../study-state';

/** Anki keeps a long undo history too; a cap keeps a marathon session's memory flat. */
export const MAX_UNDO_STEPS = 100;

export const createSessionSlice: StudySliceCreator<SessionSlice> = (set) => ({
  session: { undoStack: [], storageIssue: null },
  dismissStorageIssue: () => set((state) => ({ session: { ...state.session, storageIssue: null } })),
});

/**
 * The session after a storage report: a problem replaces the one shown; `null` (writing works again) clears only
 * a quota or unavailable problem, not a report about data that was set aside.
 */
export function withStorageReport(session: SessionState, issue: StorageIssue | null): SessionState {
  if (issue) return { ...session, storageIssue: issue };
  const current = session.storageIssue;
  if (current && (current.kind === 'quota' || current.kind === 'unavailable')) return { ...session, storageIssue: null };
  return session;
}
