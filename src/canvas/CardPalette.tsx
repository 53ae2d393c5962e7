// The card palette: drag a kind of card onto a cell, or click it to add one to the selected cell.
// It stands in the dock at the map's left edge: compact (a drawing per kind, named by its label)
// or with the kinds' names written out when the dock is wide.
import './cardPalette.css';
import { useTranslation } from '../i18n';
import { CARD_KINDS, type CardKind } from '../model';
import { addCardAndType } from '../commands/cardEdits';
import { cardKindStyle } from './cardKindStyle';
import { KindIcon } from './kindIcons';
import { useJourney, useUiStore } from '../store';

export const CARD_KIND_MIME = 'application/x-parcours-card-kind';

export function CardPalette({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const readOnly = useJourney((s) => s.readOnly);
  const selection = useUiStore((s) => s.selection);
  const cell = selection?.kind === 'cell' ? selection : null;

  function add(kind: CardKind) {
    if (cell) addCardAndType(cell.stageId, cell.laneId, kind);
  }

  if (readOnly) return null;
  return (
    <div
      className={`card-palette${compact ? ' card-palette--compact' : ''}`}
      role="toolbar"
      aria-orientation="vertical"
      aria-label={t('palette.label')}
    >
      {CARD_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          draggable
          className="card-palette__item"
          style={cardKindStyle(kind)}
          aria-label={t(`cardKinds.${kind}`)}
          title={`${t(`cardKinds.${kind}`)}: ${cell ? t('palette.addHere') : t('palette.dragHint')}`}
          onDragStart={(event) => {
            event.dataTransfer.setData(CARD_KIND_MIME, kind);
            event.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => add(kind)}
        >
          <KindIcon kind={kind} />
          {!compact && <span className="card-palette__name">{t(`cardKinds.${kind}`)}</span>}
        </button>
      ))}
    </div>
  );
}
