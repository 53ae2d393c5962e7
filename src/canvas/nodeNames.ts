// What a screen reader hears for each map node, on React Flow's node wrapper, the element that
// takes keyboard focus: a group named after the cell, card or header, described as such in the
// reader's language. Every node is out of the Tab order (tabindex -1): the map is one Tab stop,
// and the arrow keys move between its nodes (commands/mapNavigation.ts).
import type { HTMLAttributes } from 'react';
import { fill } from '../i18n/fill';
import type { Messages } from '../i18n/en';
import { cardTitle } from '../model';
import type { ParcoursNode } from './flowTypes';

type NodeAttributes = Pick<HTMLAttributes<HTMLDivElement>, 'tabIndex' | 'aria-roledescription'>;
type Role = keyof Messages['canvas']['roles'];

/** One attribute object per language and role, so unchanged nodes keep their identity. */
const attributeCache = new WeakMap<Messages, Map<Role, NodeAttributes>>();

function attributesFor(text: Messages, role: Role): NodeAttributes {
  let byRole = attributeCache.get(text);
  if (!byRole) attributeCache.set(text, (byRole = new Map()));
  let attributes = byRole.get(role);
  if (!attributes) {
    attributes = { tabIndex: -1, 'aria-roledescription': text.canvas.roles[role] };
    byRole.set(role, attributes);
  }
  return attributes;
}

function nameOf(node: ParcoursNode, text: Messages): [string, Role] | null {
  const { canvas } = text;
  // Curves, their legend and drag hints are pictures: screen readers skip them.
  if (node.type === 'cell') {
    const { stage, lane } = node.data;
    return [fill(canvas.cell, { stage: stage.name, lane: lane.name }), 'cell'];
  }
  if (node.type === 'card') {
    const { card } = node.data;
    return [`${text.cardKinds[card.kind]}: ${cardTitle(card) || canvas.untitled}`, 'card'];
  }
  if (node.type === 'emotionPoint') {
    const { card } = node.data;
    return [fill(canvas.emotionPoint, { score: card.score, label: card.label }), 'emotionPoint'];
  }
  if (node.type === 'stageHeader') {
    const { stage, index } = node.data;
    return [fill(canvas.stage, { index: index + 1, name: stage.name || canvas.untitled }), 'stage'];
  }
  if (node.type === 'laneHeader') {
    return [fill(canvas.lane, { name: node.data.lane.name || canvas.untitled }), 'lane'];
  }
  return null;
}

/** The node with its accessible name, role and place outside the Tab order; curves are left as is. */
export function withAccessibleName(node: ParcoursNode, text: Messages): ParcoursNode {
  const named = nameOf(node, text);
  if (!named) return node;
  const [ariaLabel, role] = named;
  return { ...node, ariaRole: 'group', ariaLabel, domAttributes: attributesFor(text, role) };
}
