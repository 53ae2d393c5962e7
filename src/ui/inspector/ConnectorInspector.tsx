// The inspector for a connector (the customer's path between two cards): label, line style, delete.
import { useTranslation } from '../../i18n';
import type { Id } from '../../model';
import { cardTitle } from '../../model';
import { actions, useJourney, useUiStore } from '../../store';
import { ChoiceGroup } from './ChoiceGroup';
import { EmptyInspector } from './EmptyInspector';
import { InspectorActions } from './InspectorActions';
import { InspectorSection } from './InspectorSection';
import { TextField } from './fields';
import { connectorStyleChoices } from './vocabularyOptions';

export function ConnectorInspector({ id }: { id: Id }) {
  const { t } = useTranslation();
  const connector = useJourney((s) => s.journey.connectors[id]);
  const source = useJourney((s) =>
    connector ? s.journey.cards[connector.sourceCardId] : undefined,
  );
  const target = useJourney((s) =>
    connector ? s.journey.cards[connector.targetCardId] : undefined,
  );
  const select = useUiStore((s) => s.select);
  if (!connector) return <EmptyInspector />;

  const name = (card: typeof source) => (card && cardTitle(card)) || t('canvas.untitled');
  const remove = () => {
    actions.disconnect(connector.id);
    select(null);
  };

  return (
    <InspectorSection
      headingId="inspector-connector"
      heading={t('inspector.connector.heading')}
      context={t('inspector.connector.path', { from: name(source), to: name(target) })}
    >
      <TextField
        label={t('inspector.connector.label')}
        value={connector.label}
        onChange={(label) => actions.updateConnector(connector.id, { label })}
      />
      <ChoiceGroup
        legend={t('inspector.connector.style')}
        value={connector.style}
        choices={connectorStyleChoices(t)}
        onChange={(style) => actions.updateConnector(connector.id, { style })}
      />
      <InspectorActions remove={{ label: t('inspector.connector.delete'), run: remove }} />
    </InspectorSection>
  );
}
