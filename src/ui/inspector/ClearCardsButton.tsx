// "Clear cards" in the inspector's journey section: empties a map made from a template, keeping its stages,
// lanes and personas. It asks first, saying how many cards go; undo brings them all back.
import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { actions, useJourney } from '../../store';
import { ModalDialog } from '../ModalDialog';

export function ClearCardsButton() {
  const { t } = useTranslation();
  const count = useJourney((s) => Object.keys(s.journey.cards).length);
  const readOnly = useJourney((s) => s.readOnly);
  const [asking, setAsking] = useState(false);

  return (
    <>
      <button
        type="button"
        className="inspector__button inspector__button--danger"
        disabled={readOnly || count === 0}
        title={t('templates.clearCardsHint')}
        aria-haspopup="dialog"
        onClick={() => setAsking(true)}
      >
        {t('templates.clearCards')}
      </button>
      {asking && (
        <ClearCardsDialog
          count={count}
          onConfirm={() => {
            actions.clearCards();
            setAsking(false);
          }}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}

function ClearCardsDialog({
  count,
  onConfirm,
  onCancel,
}: {
  count: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();

  return (
    <ModalDialog
      id="clear-cards"
      title={t('templates.clearTitle')}
      role="alertdialog"
      describedBy="clear-cards-body"
      onCancel={onCancel}
    >
      <p id="clear-cards-body">{t('templates.clearBody', { count })}</p>
      <div className="clear-cards__actions">
        <button type="button" onClick={onCancel}>
          {t('templates.cancel')}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {t('templates.clearConfirm', { count })}
        </button>
      </div>
    </ModalDialog>
  );
}
