// Every derived node tells React Flow where its handles are and how big it is, so React Flow never
// has to draw a node off screen just to measure it (a large map mounts only the cards on screen
// when it opens), nor measure the nodes it draws once they are on screen.
import { describe, expect, it } from 'vitest';
import { focusMap } from './focusFixture';

const { nodes } = focusMap();

describe('the handles of derived nodes', () => {
  it('are known for every node, with a size', () => {
    expect(nodes.length).toBeGreaterThan(10);
    for (const node of nodes) {
      expect(node.handles, node.id).toBeDefined();
      expect(node.width, node.id).toBeGreaterThan(0);
      expect(node.height, node.id).toBeGreaterThan(0);
    }
  });

  it('come with the node measured at its layout size, which the page draws it at', () => {
    for (const node of nodes) {
      expect(node.measured, node.id).toEqual({ width: node.width, height: node.height });
    }
  });

  it('sit in the middle of each card’s left (in) and right (out) edges, and nowhere else', () => {
    for (const node of nodes) {
      const connectable = node.type === 'card' || node.type === 'emotionPoint';
      if (!connectable) {
        expect(node.handles, node.id).toEqual([]);
        continue;
      }
      const [target, source] = node.handles!;
      const middle = node.height! / 2;
      expect(target).toMatchObject({ type: 'target', position: 'left' });
      expect(source).toMatchObject({ type: 'source', position: 'right' });
      expect(target!.x + target!.width! / 2).toBe(0);
      expect(source!.x + source!.width! / 2).toBe(node.width);
      expect(target!.y + target!.height! / 2).toBe(middle);
      expect(source!.y + source!.height! / 2).toBe(middle);
    }
  });
});
