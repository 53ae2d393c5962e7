// A button that opens the browser's file picker and hands over the picked file. The input is reset
// after each pick, so picking the same file again still counts.
import { useRef } from 'react';

export interface FilePickerButtonProps {
  label: string;
  /** The button's tooltip. */
  title: string;
  /** The hidden input's accessible name. */
  inputLabel: string;
  accept: string;
  disabled?: boolean;
  /** Set when picking opens a dialog. */
  opensDialog?: boolean;
  onPick: (file: File) => void;
}

export function FilePickerButton({
  label,
  title,
  inputLabel,
  accept,
  disabled = false,
  opensDialog = false,
  onPick,
}: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        title={title}
        aria-haspopup={opensDialog ? 'dialog' : undefined}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={inputLabel}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
    </>
  );
}
