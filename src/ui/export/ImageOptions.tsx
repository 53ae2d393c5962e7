// The image options of the export dialog: scale and background, with the image's size and a note
// when the map is too large for the chosen scale.
import { useTranslation } from '../../i18n';
import { EXPORT_SCALES, type ClampedScale, type ExportScale } from '../../io/image/exportSize';
import type { ExportBackground } from '../../io/image/exportImage';
import { RadioRow } from './RadioRow';

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

/** The sentence that says why the scale was lowered: a side too long, or too many pixels. */
export function scaleLoweredKey(size: ClampedScale) {
  return size.limit === 'area' ? 'export.scaleLoweredArea' : 'export.scaleLowered';
}

export function ImageOptions({ settings, onChange, size, noStage, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-options" disabled={disabled}>
      <legend>{t('export.imageOptions')}</legend>
      <RadioRow
        label={t('export.scale')}
        name="export-scale"
        values={EXPORT_SCALES}
        value={settings.scale}
        labelOf={(scale) => t('export.scaleValue', { scale })}
        onChange={(scale) => onChange({ ...settings, scale })}
      />
      <RadioRow
        label={t('export.background')}
        name="export-background"
        values={['white', 'transparent'] as const}
        value={settings.background}
        labelOf={(background) => t(`export.${background}`)}
        onChange={(background) => onChange({ ...settings, background })}
      />
      {!noStage && (
        <p className="export-options__size" data-testid="export-size">
          {t('export.size', { width: size.width, height: size.height })}
        </p>
      )}
      {size.lowered && !noStage && (
        <p className="export-options__warning" role="note">
          {t(scaleLoweredKey(size), { requested: settings.scale, scale: size.scale })}
        </p>
      )}
    </fieldset>
  );
}
