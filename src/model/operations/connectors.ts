// Operations on connectors: the customer's path from one card to another.
import type { Id } from '../ids';
import type { Connector } from '../journey';
import type { ConnectorStyle } from '../vocabulary';
import { cleanLine } from '../text';
import type { JourneyRecipe } from './recipe';

/** Connects two existing, distinct cards. A second identical link is ignored. */
export function connectCards(connector: Connector): JourneyRecipe {
  return (draft) => {
    const { sourceCardId, targetCardId } = connector;
    if (sourceCardId === targetCardId) return;
    if (!draft.cards[sourceCardId] || !draft.cards[targetCardId]) return;
    if (draft.connectors[connector.id]) return;
    const duplicate = Object.values(draft.connectors).some(
      (c) => c.sourceCardId === sourceCardId && c.targetCardId === targetCardId,
    );
    if (!duplicate)
      draft.connectors[connector.id] = { ...connector, label: cleanLine(connector.label) };
  };
}

export function disconnect(connectorId: Id): JourneyRecipe {
  return (draft) => {
    delete draft.connectors[connectorId];
  };
}

export function updateConnector(
  connectorId: Id,
  fields: Partial<{ label: string; style: ConnectorStyle }>,
): JourneyRecipe {
  return (draft) => {
    const connector = draft.connectors[connectorId];
    if (!connector) return;
    if (fields.label !== undefined) connector.label = cleanLine(fields.label);
    if (fields.style !== undefined) connector.style = fields.style;
  };
}
