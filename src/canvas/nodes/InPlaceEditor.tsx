// Editing text right on the map: a field that replaces a card's or header's text while editing.
// Every keystroke is a (coalesced) edit, so undo works; Enter, Escape or leaving the field ends
// editing. Ended from the keyboard, editing hands keyboard focus back to the map node it was on.
import { useEffect, useRef } from 'react';
import { useUiStore } from '../../store';

/** Ends editing from the keyboard and puts keyboard focus back on a map node. */
export function endEditingAt(nodeId: string): void {
  useUiStore.getState().setEditing(null);
  useUiStore.getState().focusNode(nodeId);
}

export function InPlaceEditor({
  value,
  label,
  multiline = false,
  onChange,
  onDone,
}: {
  value: string;
  label: string;
  multiline?: boolean;
  onChange: (value: string) => void;
  /** Enter (without Shift) or Escape was pressed: end editing, and say where focus goes. */
  onDone: (key: 'Enter' | 'Escape') => void;
}) {
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const stop = () => useUiStore.getState().setEditing(null);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  const props = {
    ref: field,
    // nodrag / nopan / nowheel: React Flow leaves pointer and wheel events in the field alone.
    className: 'in-place-editor nodrag nopan nowheel',
    'aria-label': label,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onBlur: stop,
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey)) {
        event.preventDefault();
        onDone(event.key === 'Escape' ? 'Escape' : 'Enter');
      }
    },
  };
  return multiline ? <textarea rows={3} {...props} /> : <input {...props} />;
}
