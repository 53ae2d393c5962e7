// The stage choice of the export dialog: the whole map or chosen stages. It applies to the images,
// the PDF and the PowerPoint deck.
import { useTranslation } from 'react-i18next';
import type { Id, Stage } from '../../model';

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
      <div role="radiogroup" aria-label={t('export.stages')} className="export-options__row">
        <span aria-hidden="true">{t('export.stages')}</span>
        <label className="export-options__choice">
          <input
            type="radio"
            name="export-stages"
            checked={chosen === null}
            onChange={() => onChange(null)}
          />
          {t('export.allStages')}
        </label>
        <label className="export-options__choice">
          <input
            type="radio"
            name="export-stages"
            checked={chosen !== null}
            onChange={() => onChange(stages.map((s) => s.id))}
          />
          {t('export.chosenStages')}
        </label>
      </div>
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
