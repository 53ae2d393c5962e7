// A native <dialog> shown as a modal for as long as its component is mounted.
import { useEffect, useRef } from 'react';

/** Returns the ref to put on the <dialog>; it opens on mount and closes on unmount. */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}
