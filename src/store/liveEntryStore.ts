// Whether this editor wants the live session: the Live button and the L key ask for it, and the
// session's code (Yjs, the server connection, its panels) loads then, never before.
import { create } from 'zustand';

export const useLiveEntry = create<{ wanted: boolean; asked: number }>(() => ({
  wanted: false,
  asked: 0,
}));

/** Opens the live session: its start dialog, or its panel once a session runs. */
export const openLive = () => useLiveEntry.setState((s) => ({ wanted: true, asked: s.asked + 1 }));
