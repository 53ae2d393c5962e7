// The image options of the export dialog: scale, background and which stages, with the image size.
import { useTranslation } from 'react-i18next';
import { EXPORT_SCALES, type ClampedScale, type ExportScale } from '../../io/exportSize';
import type { ExportBackground } from '../../io/exportImage';
import type { Id, Stage } from '../../model';

export interface ImageSettings {
  scale: ExportScale;
  background: ExportBackground;
  /** null: the whole map; otherwise the ids of the chosen stages. */
  stageIds: Id[] | null;
}

interface Props {
  settings: ImageSettings;
  onChange: (settings: ImageSettings) => void;
  stages: readonly Stage[];
  size: ClampedScale;
  disabled: boolean;
}

export function ImageOptions({ settings, onChange, stages, size, disabled }: Props) {
  const { t } = useTranslation();
  const chosen = settings.stageIds;
  const toggleStage = (id: Id, on: boolean) => {
    const current = new Set(chosen ?? []);
    if (on) current.add(id);
    else current.delete(id);
    onChange({ ...settings, stageIds: stages.filter((s) => current.has(s.id)).map((s) => s.id) });
  };
  return (
    <fieldset className="export-options" disabled={disabled}>
      <legend>{t('export.imageOptions')}</legend>
      <div role="radiogroup" aria-label={t('export.scale')} className="export-options__row">
        <span aria-hidden="true">{t('export.scale')}</span>
        {EXPORT_SCALES.map((scale) => (
          <label key={scale} className="export-options__choice">
            <input
              type="radio"
              name="export-scale"
              checked={settings.scale === scale}
              onChange={() => onChange({ ...settings, scale })}
            />
            {t('export.scaleValue', { scale })}
          </label>
        ))}
      </div>
      <div role="radiogroup" aria-label={t('export.background')} className="export-options__row">
        <span aria-hidden="true">{t('export.background')}</span>
        {(['white', 'transparent'] as const).map((background) => (
          <label key={background} className="export-options__choice">
            <input
              type="radio"
              name="export-background"
              checked={settings.background === background}
              onChange={() => onChange({ ...settings, background })}
            />
            {t(`export.${background}`)}
          </label>
        ))}
      </div>
      <div role="radiogroup" aria-label={t('export.stages')} className="export-options__row">
        <span aria-hidden="true">{t('export.stages')}</span>
        <label className="export-options__choice">
          <input
            type="radio"
            name="export-stages"
            checked={chosen === null}
            onChange={() => onChange({ ...settings, stageIds: null })}
          />
          {t('export.allStages')}
        </label>
        <label className="export-options__choice">
          <input
            type="radio"
            name="export-stages"
            checked={chosen !== null}
            onChange={() => onChange({ ...settings, stageIds: stages.map((s) => s.id) })}
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
      <p className="export-options__size" data-testid="export-size">
        {chosen !== null && chosen.length === 0
          ? t('export.noStage')
          : t('export.size', { width: size.width, height: size.height })}
      </p>
      {size.lowered && (
        <p className="export-options__warning" role="note">
          {t('export.scaleLowered', { requested: settings.scale, scale: size.scale })}
        </p>
      )}
    </fieldset>
  );
}
