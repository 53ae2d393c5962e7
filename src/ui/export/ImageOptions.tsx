// The image options of the export dialog: scale and background, with the image's size.
import { useTranslation } from 'react-i18next';
import { EXPORT_SCALES, type ClampedScale, type ExportScale } from '../../io/image/exportSize';
import type { ExportBackground } from '../../io/image/exportImage';

export interface ImageSettings {
  scale: ExportScale;
  background: ExportBackground;
}

interface Props {
  settings: ImageSettings;
  onChange: (settings: ImageSettings) => void;
  size: ClampedScale;
  /** True when no stage is chosen: there is no image to size (the stage options say so). */
  noStage: boolean;
  disabled: boolean;
}

export function ImageOptions({ settings, onChange, size, noStage, disabled }: Props) {
  const { t } = useTranslation();
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
      {!noStage && (
        <p className="export-options__size" data-testid="export-size">
          {t('export.size', { width: size.width, height: size.height })}
        </p>
      )}
      {size.lowered && !noStage && (
        <p className="export-options__warning" role="note">
          {t('export.scaleLowered', { requested: settings.scale, scale: size.scale })}
        </p>
      )}
    </fieldset>
  );
}
