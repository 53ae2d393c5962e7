// Undo history as Immer patches: small entries, a cap, and coalescing of bursts (typing in one field).
import type { Patch } from 'immer';

export const HISTORY_LIMIT = 200;
/** Edits with the same coalesce key closer together than this become one undo step. */
export const COALESCE_WINDOW_MS = 1_000;

export interface HistoryEntry {
  patches: Patch[];
  inversePatches: Patch[];
  coalesceKey: string | null;
  at: number;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Records an edit: merges it into the previous step when it continues the same burst. */
export function recordEdit(history: History, entry: HistoryEntry): History {
  const last = history.past[history.past.length - 1];
  const continues =
    last !== undefined &&
    entry.coalesceKey !== null &&
    last.coalesceKey === entry.coalesceKey &&
    entry.at - last.at <= COALESCE_WINDOW_MS;
  if (continues) {
    const merged: HistoryEntry = {
      patches: [...last.patches, ...entry.patches],
      inversePatches: [...entry.inversePatches, ...last.inversePatches],
      coalesceKey: entry.coalesceKey,
      at: entry.at,
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const past = [...history.past, entry];
  return { past: past.slice(Math.max(0, past.length - HISTORY_LIMIT)), future: [] };
}
