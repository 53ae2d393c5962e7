// A button that opens the browser's file picker and hands over the picked file. The input is reset
// after each pick, so picking the same file again still counts.
import { useRef, type ReactNode } from 'react';

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
  /** Shown instead of the label, which then names the button for screen readers. */
  icon?: ReactNode;
  onPick: (file: File) => void;
}

export function FilePickerButton({
  label,
  title,
  inputLabel,
  accept,
  disabled = false,
  opensDialog = false,
  icon,
  onPick,
}: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        title={title}
        className={icon ? 'toolbar__icon' : undefined}
        aria-label={icon ? label : undefined}
        aria-haspopup={opensDialog ? 'dialog' : undefined}
        onClick={() => input.current?.click()}
      >
        {icon ?? label}
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
