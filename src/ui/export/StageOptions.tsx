// The stage choice of the export dialog: the whole map or chosen stages. It applies to the images,
// the PDF and the PowerPoint deck.
import { useTranslation } from '../../i18n';
import type { Id, Stage } from '../../model';
import { RadioRow } from './RadioRow';

interface Props {
  /** null: the whole map; otherwise the ids of the chosen stages. */
  stageIds: Id[] | null;
  onChange: (stageIds: Id[] | null) => void;
  stages: readonly Stage[];
  disabled: boolean;
}

export function StageOptions({ stageIds: chosen, onChange, stages, disabled }: Props) {
  const { t } = useTranslation();
  const toggleStage = (id: Id, on: boolean) => {
    const current = new Set(chosen ?? []);
    if (on) current.add(id);
    else current.delete(id);
    onChange(stages.filter((s) => current.has(s.id)).map((s) => s.id));
  };
  return (
    <fieldset className="export-options" disabled={disabled}>
      <legend>{t('export.stageOptions')}</legend>
      <RadioRow
        label={t('export.stages')}
        name="export-stages"
        values={['all', 'chosen'] as const}
        value={chosen === null ? 'all' : 'chosen'}
        labelOf={(which) => t(which === 'all' ? 'export.allStages' : 'export.chosenStages')}
        onChange={(which) => onChange(which === 'all' ? null : stages.map((s) => s.id))}
      />
      {chosen !== null && (
        <ul className="export-options__stages" aria-label={t('export.stageList')}>
          {stages.map((stage) => (
            <li key={stage.id}>
              <label className="export-options__choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(stage.id)}
                  onChange={(event) => toggleStage(stage.id, event.target.checked)}
                />
                {stage.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      {chosen !== null && chosen.length === 0 && (
        <p className="export-options__warning" role="note">
          {t('export.noStage')}
        </p>
      )}
    </fieldset>
  );
}
