// Focus on the derived map: node classes, and node identity kept for everything focus leaves alone.
import { describe, expect, it } from 'vitest';
import { NO_FOCUS, type FocusSetting } from '../../src/model/focus';
import { createFlowDeriver, type FlowInput } from '../../src/canvas/deriveFlow';
import type { ParcoursNode } from '../../src/canvas/flowTypes';
import { layoutJourney } from '../../src/model';
import { focusJourney } from './focusFixture';

const { journey, stages, lanes } = focusJourney();
const layout = layoutJourney(journey);

function input(focus?: FocusSetting): FlowInput {
  return {
    journey,
    layout,
    selectedCardIds: new Set(),
    personaColors: new Map([
      ['camille', '#7b4fd6'],
      ['bruno', '#0f8b8d'],
    ]),
    focus,
  };
}

const byId = (nodes: ParcoursNode[]) => new Map(nodes.map((node) => [node.id, node]));
const dimmed = (nodes: ParcoursNode[]) =>
  nodes
    .filter((node) => node.className?.includes('focus-dimmed'))
    .map((node) => node.id)
    .sort();

describe('deriving the map with a focus', () => {
  it('gives dimmed and highlighted nodes their classes, and plain nodes none', () => {
    const nodes = byId(
      createFlowDeriver().nodes(
        input({
          target: { kind: 'stage', id: stages.purchase },
          painPoints: true,
          momentsOfTruth: false,
        }),
      ),
    );
    expect(nodes.get('web-ad')?.className).toBe('focus-dimmed');
    expect(nodes.get('web-checkout')?.className).toBeUndefined();
    expect(nodes.get('late-fees')?.className).toBe('focus-highlighted');
    expect(nodes.get(`stage:${stages.awareness}`)?.className).toBe('focus-dimmed');
    expect(nodes.get(`cell:${stages.awareness}:${lanes.pains}`)?.className).toBe('focus-dimmed');
    expect(nodes.get(`curve:${lanes.emotions}`)?.className).toBe('focus-dimmed');
  });

  it('marks single persona curves dimmed inside a curve node that stays clear', () => {
    const nodes = byId(
      createFlowDeriver().nodes(input({ ...NO_FOCUS, target: { kind: 'persona', id: 'camille' } })),
    );
    const curve = nodes.get(`curve:${lanes.emotions}`);
    expect(curve?.className).toBeUndefined();
    if (curve?.type !== 'emotionCurve') throw new Error('expected the emotion curve node');
    const states = Object.fromEntries(curve.data.curves.map((c) => [c.key, c.dimmed]));
    expect(states).toEqual({ camille: false, bruno: true, shared: true });
    expect(nodes.get('camille-1')?.className).toBeUndefined();
    expect(nodes.get('bruno-1')?.className).toBe('focus-dimmed');
  });

  it('keeps every node object when derived twice with the same focus', () => {
    const deriver = createFlowDeriver();
    const focus: FocusSetting = {
      target: { kind: 'channel', channel: 'web' },
      painPoints: true,
      momentsOfTruth: true,
    };
    const first = byId(deriver.nodes(input(focus)));
    const second = deriver.nodes(input({ ...focus }));
    // The curve node's data is rebuilt on every pass (as it was before focus existed).
    for (const node of second.filter((n) => n.type !== 'emotionCurve')) {
      expect(node).toBe(first.get(node.id));
    }
  });

  it('replaces only the nodes whose dimmed or highlighted state changed when the focus changes', () => {
    const deriver = createFlowDeriver();
    const before = deriver.nodes(
      input({ ...NO_FOCUS, target: { kind: 'channel', channel: 'web' } }),
    );
    const after = deriver.nodes(
      input({ ...NO_FOCUS, target: { kind: 'lane', id: lanes.touchpoints } }),
    );
    const old = byId(before);
    const replaced = after
      .filter((node) => node.type !== 'emotionCurve' && node !== old.get(node.id))
      .map((node) => node.id)
      .sort();
    const changedClass = after
      .filter(
        (node) => node.type !== 'emotionCurve' && node.className !== old.get(node.id)?.className,
      )
      .map((node) => node.id)
      .sort();
    expect(replaced).toEqual(changedClass);
    // The store visit touchpoint comes into focus; the web ones were and stay in focus.
    expect(replaced).toContain('store-visit');
    expect(replaced).not.toContain('web-ad');
    expect(replaced).not.toContain('web-checkout');
    expect(replaced.length).toBeLessThan(after.length / 2);
  });

  it('hands back the very same nodes after the focus is cleared as before it was set', () => {
    const deriver = createFlowDeriver();
    const plain = byId(deriver.nodes(input()));
    deriver.nodes(input({ ...NO_FOCUS, target: { kind: 'stage', id: stages.research } }));
    const cleared = deriver.nodes(input(NO_FOCUS));
    expect(dimmed(cleared)).toEqual([]);
    // Nodes the stage focus never touched were never replaced.
    const research = cleared.filter(
      (node) => node.type === 'card' && node.data.card.stageId === stages.research,
    );
    expect(research.length).toBeGreaterThan(0);
    for (const node of research) expect(node).toBe(plain.get(node.id));
  });

  it('dims connectors unless both ends are in focus, and keeps unchanged edges', () => {
    const deriver = createFlowDeriver();
    const web: FocusSetting = { ...NO_FOCUS, target: { kind: 'channel', channel: 'web' } };
    const first = deriver.edges(journey, null, web);
    const classOf = (id: string) => first.find((edge) => edge.id === id)?.className ?? '';
    expect(classOf('web-to-web')).not.toContain('connector--dimmed');
    expect(classOf('web-to-store')).toContain('connector--dimmed');
    const again = deriver.edges(journey, null, { ...web });
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    const cleared = deriver.edges(journey, null, NO_FOCUS);
    expect(cleared.find((edge) => edge.id === 'web-to-web')).toBe(
      first.find((edge) => edge.id === 'web-to-web'),
    );
    expect(cleared.find((edge) => edge.id === 'web-to-store')?.className).not.toContain(
      'connector--dimmed',
    );
  });

  it('draws exports without any focus class, whatever the editor shows', () => {
    const nodes = createFlowDeriver().nodes(input(undefined));
    expect(nodes.every((node) => node.className === undefined)).toBe(true);
  });
});
