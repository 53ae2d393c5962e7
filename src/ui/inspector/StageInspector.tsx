// The inspector for a stage (a column): name, colour, moment of truth, focus, its workshop timer,
// order, and deletion.
import { useTranslation } from '../../i18n';
import type { Id, MomentType } from '../../model';
import { actions, useJourney, useUiStore } from '../../store';
import { FocusThisButton } from '../focus/FocusThisButton';
import { WorkshopTimer } from '../present/WorkshopTimer';
import { ColorField } from './ColorField';
import { EmptyInspector } from './EmptyInspector';
import { InspectorSection } from './InspectorSection';
import { StructureControls } from './StructureControls';
import { SelectField, TextField, type Option } from './fields';
import { momentTypeOptions } from './vocabularyOptions';

type MomentChoice = MomentType | 'none';

export function StageInspector({ id }: { id: Id }) {
  const { t } = useTranslation();
  const stages = useJourney((s) => s.journey.stages);
  const cardCount = useJourney(
    (s) => Object.values(s.journey.cards).filter((card) => card.stageId === id).length,
  );
  const select = useUiStore((s) => s.select);
  const index = stages.findIndex((stage) => stage.id === id);
  const stage = stages[index];
  if (!stage) return <EmptyInspector />;

  const momentOptions: Option<MomentChoice>[] = [
    { value: 'none', label: t('inspector.stage.noMoment') },
    ...momentTypeOptions(t),
  ];
  const remove = () => {
    actions.removeStage(stage.id);
    select(null);
  };

  return (
    <InspectorSection
      headingId="inspector-stage"
      heading={`${t('inspector.stage.heading')} ${index + 1}`}
    >
      <TextField
        label={t('inspector.stage.name')}
        value={stage.name}
        onChange={(name) => actions.renameStage(stage.id, name)}
      />
      <ColorField
        label={t('inspector.stage.color')}
        value={stage.color}
        onChange={(color) => actions.recolourStage(stage.id, color)}
      />
      <SelectField
        label={t('inspector.stage.moment')}
        value={stage.momentOfTruth ?? 'none'}
        options={momentOptions}
        onChange={(choice) =>
          actions.flagStageMomentOfTruth(stage.id, choice === 'none' ? null : choice)
        }
      />
      <FocusThisButton kind="stage" id={stage.id} />
      <div className="inspector__timer">
        <WorkshopTimer stageId={stage.id} stageName={stage.name} />
      </div>
      <StructureControls
        index={index}
        count={stages.length}
        labels={{
          back: t('inspector.stage.moveLeft'),
          forward: t('inspector.stage.moveRight'),
          backArrow: '←',
          forwardArrow: '→',
          insertBefore: t('inspector.stage.insertBefore'),
          insertAfter: t('inspector.stage.insertAfter'),
          remove: t('inspector.stage.delete'),
          removeHint: t('inspector.stage.deleteHint', { count: cardCount }),
        }}
        onMove={(toIndex) => actions.moveStage(stage.id, toIndex)}
        onInsert={(atIndex) => {
          const newId = actions.addStage(t('defaults.newStage'), atIndex);
          useUiStore.getState().select({ kind: 'stage', id: newId });
        }}
        onRemove={remove}
      />
    </InspectorSection>
  );
}
