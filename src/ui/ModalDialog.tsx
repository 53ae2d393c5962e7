// The shell of Parcours's modal dialogs: a native <dialog>, shown as a modal while mounted and
// named by its <h2> title. Escape does not close it by itself: it calls onCancel, so the caller's
// state decides, as the dialog's own cancel button does. DialogCloseButton is the closing button of
// a dialog that simply closes (its onClose then says so).
import type { KeyboardEvent, ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

export function ModalDialog({
  id,
  title,
  className,
  role,
  describedBy,
  onCancel,
  onKeyDown,
  children,
}: {
  /** The dialog's id stem: its title is `${id}-title`. */
  id: string;
  title: ReactNode;
  /** Classes added to `dialog`. */
  className?: string;
  role?: 'alertdialog';
  /** The id of the element that describes the dialog. */
  describedBy?: string;
  onCancel: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}) {
  const dialog = useModalDialog();
  const titleId = `${id}-title`;
  return (
    <dialog
      ref={dialog}
      className={className ? `dialog ${className}` : 'dialog'}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

export function DialogCloseButton({ label }: { label: string }) {
  return (
    <form method="dialog">
      <button type="submit" className="primary">
        {label}
      </button>
    </form>
  );
}
