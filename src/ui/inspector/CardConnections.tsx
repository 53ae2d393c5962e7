// The card's place on the customer's path, for the keyboard as well as the mouse: its connectors
// in and out (each opens the connector's inspector) and a "Connect to" picker that draws a new one
// without dragging a handle.
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { cardTitle, cardsByCell, cellKey, type Card, type Id, type Journey } from '../../model';
import { actions, useJourney, useUiStore } from '../../store';

interface Link {
  connectorId: Id;
  outgoing: boolean;
  otherTitle: string;
  label: string;
}

function linksOf(journey: Journey, cardId: Id, untitled: string): Link[] {
  const title = (id: Id) => {
    const card = journey.cards[id];
    return (card && cardTitle(card)) || untitled;
  };
  return Object.values(journey.connectors)
    .filter((c) => c.sourceCardId === cardId || c.targetCardId === cardId)
    .map((c) => {
      const outgoing = c.sourceCardId === cardId;
      return {
        connectorId: c.id,
        outgoing,
        otherTitle: title(outgoing ? c.targetCardId : c.sourceCardId),
        label: c.label,
      };
    });
}

/** Every other card, stage by stage, in map order, for the picker's option groups. */
function targetsByStage(journey: Journey, cardId: Id) {
  // One pass over the cards, not one per cell: a 5,000-card map re-renders this on every keystroke.
  const cells = cardsByCell(journey);
  return journey.stages.map((stage) => ({
    stage,
    cards: journey.lanes.flatMap((lane) =>
      (cells.get(cellKey(stage.id, lane.id)) ?? [])
        .filter((card) => card.id !== cardId)
        .map((card: Card) => ({ card, laneName: lane.name })),
    ),
  }));
}

export function CardConnections({ cardId }: { cardId: Id }) {
  const { t } = useTranslation();
  const journey = useJourney((s) => s.journey);
  const readOnly = useJourney((s) => s.readOnly);
  const select = useUiStore((s) => s.select);
  const [targetId, setTargetId] = useState('');
  const untitled = t('canvas.untitled');
  const links = useMemo(() => linksOf(journey, cardId, untitled), [journey, cardId, untitled]);
  const groups = useMemo(() => targetsByStage(journey, cardId), [journey, cardId]);
  const headingId = `card-connections-${cardId}`;
  const pickerId = `card-connect-to-${cardId}`;

  const connect = () => {
    if (!journey.cards[targetId]) return;
    actions.connectCards(cardId, targetId);
    setTargetId('');
  };

  return (
    <div className="card-connections" role="group" aria-labelledby={headingId}>
      <h4 className="card-connections__heading" id={headingId}>
        {t('inspector.connections.heading')}
      </h4>
      {links.length === 0 ? (
        <p className="card-connections__empty">{t('inspector.connections.none')}</p>
      ) : (
        <ul className="card-connections__list">
          {links.map((link) => (
            <li key={link.connectorId}>
              <button
                type="button"
                className="card-connections__link"
                onClick={() => select({ kind: 'connector', id: link.connectorId })}
              >
                {[
                  t(link.outgoing ? 'inspector.connections.to' : 'inspector.connections.from', {
                    name: link.otherTitle,
                  }),
                  link.label,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="card-connections__new">
          <label className="field__label" htmlFor={pickerId}>
            {t('inspector.connections.connectTo')}
          </label>
          <div className="card-connections__row">
            <select
              id={pickerId}
              className="field__input"
              value={targetId}
              onChange={(event) => setTargetId(event.target.value)}
            >
              <option value="">{t('inspector.connections.choose')}</option>
              {groups
                .filter((group) => group.cards.length > 0)
                .map(({ stage, cards }) => (
                  <optgroup key={stage.id} label={stage.name}>
                    {cards.map(({ card, laneName }) => (
                      <option key={card.id} value={card.id}>
                        {`${laneName} · ${cardTitle(card) || untitled}`}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
            <button
              type="button"
              className="inspector__button"
              disabled={!targetId}
              onClick={connect}
            >
              {t('inspector.connections.connect')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
