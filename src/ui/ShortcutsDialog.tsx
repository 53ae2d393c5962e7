// The keyboard shortcut help, opened with "?" or from the toolbar. It lists the command registry
// itself, so it shows exactly the keys that work.
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n';
import { COMMANDS } from '../commands/commands';
import { displayKeys } from '../commands/keys';
import type { Messages } from '../i18n/en';
import { useUiStore } from '../store';
import { DialogCloseButton } from './ModalDialog';

type HelpKey = keyof Messages['shortcuts'];

/** The keys to show for a command: its chords (each once), then its gestures. */
function shownKeys(command: (typeof COMMANDS)[number]): string[] {
  const labels = [...command.keys.map((chord) => chord.label), ...(command.gestures ?? [])];
  return [...new Set(labels)];
}

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
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => setOpen(false)}
    >
      {/* Drawn only while open: closed, its table would be a quarter of the editor's first page. */}
      {open && <ShortcutsTable />}
      <DialogCloseButton label={t('shortcuts.close')} />
    </dialog>
  );
}

function ShortcutsTable() {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="shortcuts-table">
        <tbody>
          {COMMANDS.map((command) => (
            <tr key={command.id}>
              <th scope="row">{t(`shortcuts.${command.id as HelpKey}`)}</th>
              <td>
                {shownKeys(command).map((keys) => (
                  <kbd key={keys}>{displayKeys(keys)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
