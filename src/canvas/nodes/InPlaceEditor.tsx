// Editing text right on the map: a field that replaces a card's or header's text while editing.
// Every keystroke is a (coalesced) edit, so undo works; Enter or leaving the field ends editing.
import { useEffect, useRef } from 'react';
import { useUiStore } from '../../store';

export function InPlaceEditor({
  value,
  label,
  multiline = false,
  onChange,
}: {
  value: string;
  label: string;
  multiline?: boolean;
  onChange: (value: string) => void;
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
        stop();
      }
    },
  };
  return multiline ? <textarea rows={3} {...props} /> : <input {...props} />;
}
