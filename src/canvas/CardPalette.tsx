// The card palette: drag a kind of card onto a cell, or click it to add one to the selected cell.
import './cardPalette.css';
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type CardKind } from '../model';
import { addCardAndType } from '../commands/cardEdits';
import { cardKindStyle } from './cardKindStyle';
import { useJourney, useUiStore } from '../store';

export const CARD_KIND_MIME = 'application/x-parcours-card-kind';

export function CardPalette() {
  const { t } = useTranslation();
  const readOnly = useJourney((s) => s.readOnly);
  const selection = useUiStore((s) => s.selection);
  const cell = selection?.kind === 'cell' ? selection : null;

  function add(kind: CardKind) {
    if (cell) addCardAndType(cell.stageId, cell.laneId, kind);
  }

  if (readOnly) return null;
  return (
    <div className="card-palette" role="toolbar" aria-label={t('palette.label')}>
      {CARD_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          draggable
          className="card-palette__item"
          style={cardKindStyle(kind)}
          title={cell ? t('palette.addHere') : t('palette.dragHint')}
          onDragStart={(event) => {
            event.dataTransfer.setData(CARD_KIND_MIME, kind);
            event.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => add(kind)}
        >
          {t(`cardKinds.${kind}`)}
        </button>
      ))}
    </div>
  );
}
