// The model's fixed vocabularies as translated options for the inspector's selects and choice rows.
import type { TFunction } from 'i18next';
import {
  CHANNELS,
  CONNECTOR_STYLES,
  LANE_KINDS,
  LEVELS,
  MOMENT_TYPES,
  OBJECTIVES,
  type Channel,
  type ConnectorStyle,
  type LaneKind,
  type Level,
  type MomentType,
  type Objective,
} from '../../model';
import type { Choice } from './ChoiceGroup';
import type { Option } from './fields';

export const channelOptions = (t: TFunction): Option<Channel>[] =>
  CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }));

export const objectiveOptions = (t: TFunction): Option<Objective>[] =>
  OBJECTIVES.map((value) => ({ value, label: t(`objectives.${value}`) }));

export const momentTypeOptions = (t: TFunction): Option<MomentType>[] =>
  MOMENT_TYPES.map((value) => ({ value, label: t(`inspector.momentTypes.${value}`) }));

export const laneKindOptions = (t: TFunction): Option<LaneKind>[] =>
  LANE_KINDS.map((value) => ({ value, label: t(`laneKinds.${value}`) }));

export const levelChoices = (t: TFunction): Choice<Level>[] =>
  LEVELS.map((value) => ({ value, label: t(`levels.${value}`) }));

export const connectorStyleChoices = (t: TFunction): Choice<ConnectorStyle>[] =>
  CONNECTOR_STYLES.map((value) => ({ value, label: t(`inspector.connector.styles.${value}`) }));
