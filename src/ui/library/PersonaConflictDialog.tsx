// Asks what to do with imported personas that are already in the library: keep, replace or copy.
import { useTranslation } from '../../i18n';
import type { PersonaChoice } from '../../io/file/importPlan';
import type { Persona } from '../../model';
import { ModalDialog } from '../ModalDialog';

const CHOICES = [
  { choice: 'keep', label: 'io.conflictKeep', hint: 'io.conflictKeepHint' },
  { choice: 'replace', label: 'io.conflictReplace', hint: 'io.conflictReplaceHint' },
  { choice: 'copy', label: 'io.conflictCopy', hint: 'io.conflictCopyHint' },
] as const satisfies readonly { choice: PersonaChoice; label: string; hint: string }[];

export function PersonaConflictDialog({
  conflicts,
  onChoose,
  onCancel,
}: {
  conflicts: Persona[];
  onChoose: (choice: PersonaChoice) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();

  return (
    <ModalDialog
      id="import-conflict"
      title={t('io.conflictTitle')}
      className="import-conflict"
      onCancel={onCancel}
    >
      <p>{t('io.conflictBody', { names: conflicts.map((p) => p.name).join(', ') })}</p>
      <ul className="import-conflict__choices">
        {CHOICES.map(({ choice, label, hint }) => (
          <li key={choice}>
            <button
              type="button"
              className={choice === 'keep' ? 'primary' : undefined}
              onClick={() => onChoose(choice)}
              aria-describedby={`import-conflict-${choice}`}
            >
              {t(label)}
            </button>
            <span id={`import-conflict-${choice}`}>{t(hint)}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCancel}>
        {t('io.cancel')}
      </button>
    </ModalDialog>
  );
}
