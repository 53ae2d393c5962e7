// The keyboard shortcut help, opened with "?" or from the toolbar.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, displayKeys } from '../canvas/shortcuts';
import { useUiStore } from '../store';

export function ShortcutsDialog() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.shortcutsOpen);
  const setOpen = useUiStore((s) => s.setShortcutsOpen);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => setOpen(false)}
    >
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="shortcuts-table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.id}>
              <th scope="row">{t(`shortcuts.${shortcut.id}`)}</th>
              <td>
                {shortcut.keys.map((keys) => (
                  <kbd key={keys}>{displayKeys(keys)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="primary">
          {t('shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}
