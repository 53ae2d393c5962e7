// The inspector for a lane (a row): name, kind, colour, collapsed, minimum height, order, deletion.
import { useTranslation } from '../../i18n';
import { ops, type Id } from '../../model';
import { actions, useJourney, useUiStore } from '../../store';
import { FocusThisButton } from '../focus/FocusThisButton';
import { ColorField } from './ColorField';
import { EmptyInspector } from './EmptyInspector';
import { InspectorSection } from './InspectorSection';
import { StructureControls } from './StructureControls';
import { CheckboxField, SelectField, TextField } from './fields';
import { NumberField } from './NumberField';
import { laneKindOptions } from './vocabularyOptions';

export function LaneInspector({ id }: { id: Id }) {
  const { t } = useTranslation();
  const lanes = useJourney((s) => s.journey.lanes);
  const cardCount = useJourney(
    (s) => Object.values(s.journey.cards).filter((card) => card.laneId === id).length,
  );
  const select = useUiStore((s) => s.select);
  const index = lanes.findIndex((lane) => lane.id === id);
  const lane = lanes[index];
  if (!lane) return <EmptyInspector />;

  const remove = () => {
    actions.removeLane(lane.id);
    select(null);
  };

  return (
    <InspectorSection headingId="inspector-lane" heading={t('inspector.lane.heading')}>
      <TextField
        label={t('inspector.lane.name')}
        value={lane.name}
        onChange={(name) => actions.renameLane(lane.id, name)}
      />
      <SelectField
        label={t('inspector.lane.kind')}
        value={lane.kind}
        options={laneKindOptions(t)}
        onChange={(kind) => actions.setLaneKind(lane.id, kind)}
      />
      <ColorField
        label={t('inspector.lane.color')}
        value={lane.color}
        onChange={(color) => actions.recolourLane(lane.id, color)}
      />
      <CheckboxField
        label={t('inspector.lane.collapsed')}
        value={lane.collapsed}
        onChange={(collapsed) => actions.collapseLane(lane.id, collapsed)}
      />
      <NumberField
        label={t('inspector.lane.minHeight')}
        value={lane.minHeight}
        min={ops.LANE_MIN_HEIGHT}
        max={ops.LANE_MAX_HEIGHT}
        step={10}
        onCommit={(minHeight) => actions.resizeLane(lane.id, minHeight)}
      />
      <FocusThisButton kind="lane" id={lane.id} />
      <StructureControls
        index={index}
        count={lanes.length}
        labels={{
          back: t('inspector.lane.moveUp'),
          forward: t('inspector.lane.moveDown'),
          backArrow: '↑',
          forwardArrow: '↓',
          insertBefore: t('inspector.lane.insertAbove'),
          insertAfter: t('inspector.lane.insertBelow'),
          remove: t('inspector.lane.delete'),
          removeHint: t('inspector.lane.deleteHint', { count: cardCount }),
        }}
        onMove={(toIndex) => actions.moveLane(lane.id, toIndex)}
        onInsert={(atIndex) => {
          const newId = actions.addLane(t('defaults.newLane'), 'custom', atIndex);
          useUiStore.getState().select({ kind: 'lane', id: newId });
        }}
        onRemove={remove}
      />
    </InspectorSection>
  );
}
