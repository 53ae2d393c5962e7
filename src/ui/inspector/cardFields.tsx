// Each card kind's own fields in the inspector, and the table that picks them by kind (the compiler
// names a kind that has none).
import type { ComponentType } from 'react';
import { useTranslation } from '../../i18n';
import type {
  Card,
  CardFields,
  CardKind,
  EmotionCard,
  Kpi,
  MomentOfTruthCard,
  NoteCard,
  OpportunityCard,
  PainPointCard,
  TouchpointCard,
} from '../../model';
import { actions } from '../../store';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { SelectField, TextAreaField, TextField } from './fields';
import {
  channelOptions,
  levelChoices,
  momentTypeOptions,
  objectiveOptions,
} from './vocabularyOptions';

// Inspector fields of a note card: its free text.
function NoteFields({ card }: { card: NoteCard }) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      label={t('inspector.note.text')}
      value={card.text}
      rows={6}
      onChange={(text) => actions.updateCard(card.id, { text })}
    />
  );
}

// Inspector fields of a touchpoint: title, channel, objective, owner, KPI and satisfaction rating.
type RatingChoice = 'none' | '1' | '2' | '3' | '4' | '5';
const RATINGS = ['1', '2', '3', '4', '5'] as const;

function TouchpointFields({ card }: { card: TouchpointCard }) {
  const { t } = useTranslation();
  const update = (fields: CardFields<'touchpoint'>) => actions.updateCard(card.id, fields);
  const updateKpi = (fields: Partial<Kpi>) => update({ kpi: { ...card.kpi, ...fields } });
  const ratingChoices: Choice<RatingChoice>[] = [
    { value: 'none', label: t('inspector.touchpoint.noRating') },
    ...RATINGS.map((value) => ({ value, label: value, icon: '★' })),
  ];
  return (
    <>
      <TextField
        label={t('inspector.touchpoint.title')}
        value={card.title}
        onChange={(title) => update({ title })}
      />
      <SelectField
        label={t('inspector.touchpoint.channel')}
        value={card.channel}
        options={channelOptions(t)}
        onChange={(channel) => update({ channel })}
      />
      <SelectField
        label={t('inspector.touchpoint.objective')}
        value={card.objective}
        options={objectiveOptions(t)}
        onChange={(objective) => update({ objective })}
      />
      <TextField
        label={t('inspector.touchpoint.owner')}
        value={card.owner}
        onChange={(owner) => update({ owner })}
      />
      <fieldset className="inspector__group">
        <legend className="field__label">{t('inspector.touchpoint.kpi')}</legend>
        <TextField
          label={t('inspector.touchpoint.kpiName')}
          value={card.kpi.name}
          onChange={(name) => updateKpi({ name })}
        />
        <div className="inspector__row">
          <TextField
            label={t('inspector.touchpoint.kpiValue')}
            value={card.kpi.value}
            onChange={(value) => updateKpi({ value })}
          />
          <TextField
            label={t('inspector.touchpoint.kpiTarget')}
            value={card.kpi.target}
            onChange={(target) => updateKpi({ target })}
          />
          <TextField
            label={t('inspector.touchpoint.kpiUnit')}
            value={card.kpi.unit}
            onChange={(unit) => updateKpi({ unit })}
          />
        </div>
      </fieldset>
      <ChoiceGroup
        legend={t('inspector.touchpoint.rating')}
        value={card.rating === null ? 'none' : (String(card.rating) as RatingChoice)}
        choices={ratingChoices}
        onChange={(choice) => update({ rating: choice === 'none' ? null : Number(choice) })}
      />
    </>
  );
}

// Inspector fields of a pain point: what hurts, and how badly.
function PainPointFields({ card }: { card: PainPointCard }) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        label={t('inspector.painPoint.text')}
        value={card.text}
        onChange={(text) => actions.updateCard(card.id, { text })}
      />
      <ChoiceGroup
        legend={t('inspector.painPoint.severity')}
        value={card.severity}
        choices={levelChoices(t)}
        onChange={(severity) => actions.updateCard(card.id, { severity })}
      />
    </>
  );
}

// Inspector fields of an opportunity: the idea, its impact and the effort it takes.
function OpportunityFields({ card }: { card: OpportunityCard }) {
  const { t } = useTranslation();
  const levels = levelChoices(t);
  return (
    <>
      <TextAreaField
        label={t('inspector.opportunity.text')}
        value={card.text}
        onChange={(text) => actions.updateCard(card.id, { text })}
      />
      <ChoiceGroup
        legend={t('inspector.opportunity.impact')}
        value={card.impact}
        choices={levels}
        onChange={(impact) => actions.updateCard(card.id, { impact })}
      />
      <ChoiceGroup
        legend={t('inspector.opportunity.effort')}
        value={card.effort}
        choices={levels}
        onChange={(effort) => actions.updateCard(card.id, { effort })}
      />
    </>
  );
}

// Inspector fields of a moment of truth: its type (or a custom one), title and description.
function MomentOfTruthFields({ card }: { card: MomentOfTruthCard }) {
  const { t } = useTranslation();
  const update = (fields: CardFields<'momentOfTruth'>) => actions.updateCard(card.id, fields);
  return (
    <>
      <SelectField
        label={t('inspector.moment.type')}
        value={card.momentType}
        options={momentTypeOptions(t)}
        onChange={(momentType) => update({ momentType })}
      />
      {card.momentType === 'custom' && (
        <TextField
          label={t('inspector.moment.customType')}
          value={card.customType}
          onChange={(customType) => update({ customType })}
        />
      )}
      <TextField
        label={t('inspector.moment.title')}
        value={card.title}
        onChange={(title) => update({ title })}
      />
      <TextAreaField
        label={t('inspector.moment.description')}
        value={card.description}
        onChange={(description) => update({ description })}
      />
    </>
  );
}

// Inspector fields of an emotion point: its score on the curve (−2 … +2) and its label.
type ScoreChoice = '-2' | '-1' | '0' | '1' | '2';
// Plain signed numbers: emoji faces depend on a system emoji font, which projectors' laptops lack.
const SCORES: readonly Choice<ScoreChoice>[] = [
  { value: '-2', label: '−2' },
  { value: '-1', label: '−1' },
  { value: '0', label: '0' },
  { value: '1', label: '+1' },
  { value: '2', label: '+2' },
];

function EmotionFields({ card }: { card: EmotionCard }) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceGroup
        legend={t('inspector.emotion.score')}
        value={String(card.score) as ScoreChoice}
        choices={SCORES}
        description={t('inspector.emotion.scoreHint')}
        onChange={(score) => actions.updateCard(card.id, { score: Number(score) })}
      />
      <TextField
        label={t('inspector.emotion.label')}
        value={card.label}
        onChange={(label) => actions.updateCard(card.id, { label })}
      />
    </>
  );
}

/** The fields of each kind. */
export const CARD_FIELDS = {
  note: NoteFields,
  touchpoint: TouchpointFields,
  painPoint: PainPointFields,
  opportunity: OpportunityFields,
  momentOfTruth: MomentOfTruthFields,
  emotion: EmotionFields,
} satisfies { [K in CardKind]: ComponentType<{ card: Extract<Card, { kind: K }> }> };

/** The inspector fields of a card of any kind. */
export function CardKindFields({ card }: { card: Card }) {
  const Fields = CARD_FIELDS[card.kind] as ComponentType<{ card: Card }>;
  return <Fields card={card} />;
}
