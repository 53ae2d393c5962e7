// One template in the new-journey picker: a preview of the journey it makes, its name, a line
// about it and its size. The whole tile is one button; a saved template adds a delete button.
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import type { Journey } from '../../model';
import { JourneyThumbnail } from './JourneyThumbnail';

export function TemplateTile({
  name,
  summary,
  preview,
  onCreate,
  children,
}: {
  name: string;
  summary: string;
  /** The journey this template would create, drawn as the preview. */
  preview: Journey;
  onCreate: () => void;
  /** Extra controls under the tile (a saved template's delete button). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const stats = [
    t('templates.stages', { count: preview.stages.length }),
    t('templates.cards', { count: Object.keys(preview.cards).length }),
  ].join(' · ');
  return (
    <li className="template-tile">
      <button
        type="button"
        className="template-tile__create"
        data-template-tile=""
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-summary ${id}-stats`}
        onClick={onCreate}
      >
        <span className="template-tile__preview">
          <JourneyThumbnail journey={preview} label={t('templates.preview', { name })} />
        </span>
        <span className="template-tile__name" id={`${id}-name`}>
          {name}
        </span>
        <span className="template-tile__summary" id={`${id}-summary`}>
          {summary}
        </span>
        <span className="template-tile__stats" id={`${id}-stats`}>
          {stats}
        </span>
      </button>
      {children}
    </li>
  );
}
