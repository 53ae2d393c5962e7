// The choices of the Focus menu, and the short name of the focus in effect, from the journey.
import type { TFunction } from 'i18next';
import { CHANNELS, type Channel, type Journey, type Persona } from '../../model';
import type { FocusTarget } from '../../model/focus';

export interface FocusOption {
  value: string;
  label: string;
}

export interface FocusOptionGroup {
  label: string;
  options: FocusOption[];
}

/** A target as a select value ("stage:ID", "channel:web"), and back. */
export function targetValue(target: FocusTarget | null): string {
  if (!target) return '';
  return target.kind === 'channel' ? `channel:${target.channel}` : `${target.kind}:${target.id}`;
}

export function parseTargetValue(value: string): FocusTarget | null {
  const colon = value.indexOf(':');
  if (colon < 0) return null;
  const kind = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (!rest) return null;
  if (kind === 'stage' || kind === 'lane' || kind === 'persona') return { kind, id: rest };
  if (kind === 'channel' && (CHANNELS as readonly string[]).includes(rest)) {
    return { kind, channel: rest as Channel };
  }
  return null;
}

/** Channels the journey's touchpoints use, in the vocabulary's order. */
export function channelsInUse(journey: Journey): Channel[] {
  const used = new Set<Channel>();
  for (const card of Object.values(journey.cards)) {
    if (card.kind === 'touchpoint') used.add(card.channel);
  }
  return CHANNELS.filter((channel) => used.has(channel));
}

export function focusOptionGroups(
  t: TFunction,
  journey: Pick<Journey, 'stages' | 'lanes'>,
  personas: readonly Pick<Persona, 'id' | 'name'>[],
  channels: readonly Channel[],
): FocusOptionGroup[] {
  const name = (text: string) => text || t('focus.untitled');
  const groups: FocusOptionGroup[] = [
    {
      label: t('focus.stages'),
      options: journey.stages.map((stage, index) => ({
        value: `stage:${stage.id}`,
        label: `${index + 1}. ${name(stage.name)}`,
      })),
    },
    {
      label: t('focus.lanes'),
      options: journey.lanes.map((lane) => ({ value: `lane:${lane.id}`, label: name(lane.name) })),
    },
    {
      label: t('focus.personas'),
      options: personas.map((persona) => ({
        value: `persona:${persona.id}`,
        label: name(persona.name),
      })),
    },
    {
      label: t('focus.channels'),
      options: channels.map((channel) => ({
        value: `channel:${channel}`,
        label: t(`channels.${channel}`),
      })),
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}

/** The focus in effect in a few words, for the Focus button: "Purchase · Pain points". */
export function focusSummary(
  t: TFunction,
  journey: Pick<Journey, 'stages' | 'lanes'>,
  personas: readonly Pick<Persona, 'id' | 'name'>[],
  setting: { target: FocusTarget | null; painPoints: boolean; momentsOfTruth: boolean },
): string {
  const parts: string[] = [];
  const { target } = setting;
  if (target?.kind === 'stage') {
    parts.push(journey.stages.find((stage) => stage.id === target.id)?.name || t('focus.untitled'));
  } else if (target?.kind === 'lane') {
    parts.push(journey.lanes.find((lane) => lane.id === target.id)?.name || t('focus.untitled'));
  } else if (target?.kind === 'persona') {
    parts.push(personas.find((persona) => persona.id === target.id)?.name || t('focus.untitled'));
  } else if (target?.kind === 'channel') {
    parts.push(t(`channels.${target.channel}`));
  }
  if (setting.painPoints) parts.push(t('focus.painPoints'));
  if (setting.momentsOfTruth) parts.push(t('focus.momentsOfTruth'));
  return parts.join(' · ');
}
