// Where the open journey stands with storage: what autosave reports and the save indicator shows.

export type SaveStatus =
  | { state: 'saved'; savedAt: string | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; errorName: string; message: string }
  /** A participant's editor: the journey lives in the live room, not on this device. */
  | { state: 'live' };
