// Key chords: how a command's keys are written, shown and matched against a key press.
export interface Chord {
  /** KeyboardEvent.key, lower-cased for letters ('z', 'Enter', 'ArrowLeft', '?'). */
  key?: string;
  /** KeyboardEvent.code, for keys whose character depends on the layout (Shift+1). */
  code?: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
  /** Required (true) or refused (false); left out, either. */
  shift?: boolean;
  /** As people read it; "Mod" shows as Ctrl or ⌘. */
  label: string;
}

/** The part of a key press a chord looks at; a plain object, so tests need no DOM event. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function chordMatches(chord: Chord, press: KeyPress): boolean {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const mod = press.ctrlKey || press.metaKey;
  if (chord.key !== undefined && chord.key !== key) return false;
  if (chord.code !== undefined && chord.code !== press.code) return false;
  if ((chord.mod ?? false) !== mod) return false;
  if (chord.shift !== undefined && chord.shift !== press.shiftKey) return false;
  // Alt+letter types characters on many layouts: never a shortcut here.
  return !press.altKey;
}

/** A key press that could only have been made by typing: the shortcuts never see these. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');
}

export function displayKeys(label: string): string {
  return label.replace('Mod', isMac() ? '⌘' : 'Ctrl');
}
