// The editor's keyboard shortcuts: one table, read by the key handler's docs and the help dialog.
export type ShortcutId =
  | 'reachWithTab'
  | 'addCard'
  | 'editCard'
  | 'deleteSelection'
  | 'duplicate'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'undo'
  | 'redo'
  | 'selectAll'
  | 'clearSelection'
  | 'zoomToFit'
  | 'moveSelection'
  | 'multiSelect'
  | 'focus'
  | 'clearFocus'
  | 'present'
  | 'presentNext'
  | 'presentPrevious'
  | 'presentEnds'
  | 'presentLeave'
  | 'help';

export interface Shortcut {
  id: ShortcutId;
  /** Keys as shown to people; "Mod" reads Ctrl, or ⌘ on a Mac. */
  keys: string[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'reachWithTab', keys: ['Tab', 'Enter', 'Space'] },
  { id: 'addCard', keys: ['N', 'Enter'] },
  { id: 'editCard', keys: ['Enter', 'F2', 'Double-click'] },
  { id: 'deleteSelection', keys: ['Delete', 'Backspace'] },
  { id: 'duplicate', keys: ['Mod+D'] },
  { id: 'copy', keys: ['Mod+C'] },
  { id: 'cut', keys: ['Mod+X'] },
  { id: 'paste', keys: ['Mod+V'] },
  { id: 'undo', keys: ['Mod+Z'] },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'] },
  { id: 'selectAll', keys: ['Mod+A'] },
  { id: 'clearSelection', keys: ['Escape'] },
  { id: 'zoomToFit', keys: ['Shift+1'] },
  { id: 'moveSelection', keys: ['←', '→', '↑', '↓'] },
  { id: 'multiSelect', keys: ['Shift+Click', 'Shift+Drag'] },
  { id: 'focus', keys: ['F'] },
  { id: 'clearFocus', keys: ['Shift+F', 'Escape'] },
  { id: 'present', keys: ['P'] },
  { id: 'presentNext', keys: ['→', 'Page Down', 'Space'] },
  { id: 'presentPrevious', keys: ['←', 'Page Up'] },
  { id: 'presentEnds', keys: ['Home', 'End'] },
  { id: 'presentLeave', keys: ['Escape'] },
  { id: 'help', keys: ['?'] },
];

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');
}

export function displayKeys(keys: string): string {
  return keys.replace('Mod', isMac() ? '⌘' : 'Ctrl');
}
