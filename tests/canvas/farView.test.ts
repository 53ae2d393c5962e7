// Far zoom: which nodes stay on the map when it is drawn as one picture, and what a click on the
// picture lands on.
import { describe, expect, it } from 'vitest';
import { cardAt, farViewNodes, pictureNode } from '../../src/canvas/farView';
import { focusMap } from './focusFixture';

const { journey, layout, nodes } = focusMap();
const bitmap = { width: 10, height: 10, close: () => {} } as ImageBitmap;
const picture = pictureNode({ journey, bitmap, width: layout.width, height: layout.height });
const cardIds = Object.keys(journey.cards);

describe('the far view', () => {
  it('draws the picture over the whole map, under the cards, naming how many cards it holds', () => {
    expect(picture).toMatchObject({
      position: { x: 0, y: 0 },
      width: layout.width,
      height: layout.height,
      handles: [],
      selectable: false,
      focusable: false,
      data: { cardCount: cardIds.length },
    });
    const cardZ = nodes.find((node) => node.type === 'card')!.zIndex!;
    const cellZ = nodes.find((node) => node.type === 'cell')!.zIndex!;
    expect(picture.zIndex).toBeGreaterThan(cellZ);
    expect(picture.zIndex).toBeLessThan(cardZ);
  });

  it('keeps the picture, the cells and the headers, and no card the picture already shows', () => {
    const far = farViewNodes(nodes, picture, () => false);
    expect(far[0]).toBe(picture);
    const types = new Set(far.map((node) => node.type));
    expect([...types].sort()).toEqual(['cell', 'laneHeader', 'mapPicture', 'stageHeader']);
    expect(far.filter((node) => node.type === 'cell')).toHaveLength(
      journey.stages.length * journey.lanes.length,
    );
  });

  it('keeps the cards someone is working on, once each', () => {
    const [first, second] = cardIds;
    const keep = new Set([first!, second!]);
    const far = farViewNodes(nodes, picture, (id) => keep.has(id));
    const kept = far.filter((node) => node.type === 'card' || node.type === 'emotionPoint');
    expect(kept.map((node) => node.id).sort()).toEqual([...keep].sort());
  });

  it('finds the card under a point of the picture, and none between cards', () => {
    for (const [id, rect] of layout.cards) {
      expect(cardAt(layout, { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 })).toBe(id);
    }
    expect(cardAt(layout, { x: -10, y: -10 })).toBeNull();
    expect(cardAt(layout, { x: layout.width + 10, y: 5 })).toBeNull();
  });
});
