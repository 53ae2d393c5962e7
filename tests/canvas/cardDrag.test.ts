// Dragging cards (src/canvas/cardDrag.ts): where the dragged cards are while connectors are routed,
// which presses start a drag, and how fast the view scrolls near the map's edge.
import { describe, expect, it } from 'vitest';
import { autoPanStep, pressStaysInside, shiftedRects } from '../../src/canvas/cardDrag';
import type { Rect } from '../../src/model';

const a: Rect = { x: 10, y: 20, width: 100, height: 40 };
const b: Rect = { x: 200, y: 20, width: 100, height: 40 };
const cards = new Map([
  ['a', a],
  ['b', b],
]);

describe('shiftedRects', () => {
  it('moves the dragged cards by the offset and keeps every other box as it was', () => {
    const shifted = shiftedRects(cards, { ids: new Set(['a']), dx: 5, dy: -3 });
    expect(shifted.get('a')).toEqual({ x: 15, y: 17, width: 100, height: 40 });
    // The same object: the connector router compares boxes by identity first.
    expect(shifted.get('b')).toBe(b);
    expect(cards.get('a')).toBe(a);
  });

  it('hands back the same map when nothing is dragged or the cards have not moved yet', () => {
    expect(shiftedRects(cards, null)).toBe(cards);
    expect(shiftedRects(cards, { ids: new Set(['a']), dx: 0, dy: 0 })).toBe(cards);
  });

  it('ignores dragged cards that are not on the map', () => {
    const shifted = shiftedRects(cards, { ids: new Set(['gone']), dx: 5, dy: 5 });
    expect([...shifted.keys()]).toEqual(['a', 'b']);
  });
});

describe('pressStaysInside', () => {
  function inCard(html: string): Element {
    const card = document.createElement('div');
    card.className = 'react-flow__node react-flow__node-card';
    card.innerHTML = html;
    document.body.append(card);
    return card.querySelector('[data-target]')!;
  }

  it('leaves connector handles, the text editor and buttons to themselves', () => {
    expect(pressStaysInside(inCard('<div class="react-flow__handle" data-target></div>'))).toBe(
      true,
    );
    expect(pressStaysInside(inCard('<textarea data-target></textarea>'))).toBe(true);
    expect(pressStaysInside(inCard('<button><span data-target>x</span></button>'))).toBe(true);
    expect(pressStaysInside(inCard('<div class="nodrag"><p data-target></p></div>'))).toBe(true);
  });

  it('starts a drag from the card’s text and body', () => {
    expect(pressStaysInside(inCard('<p class="card__text" data-target>Sees an advert</p>'))).toBe(
      false,
    );
    expect(pressStaysInside(null)).toBe(false);
  });
});

describe('autoPanStep', () => {
  const pane = { left: 100, top: 50, right: 1100, bottom: 650 };

  it('does not scroll away from the edges', () => {
    expect(autoPanStep({ x: 600, y: 350 }, pane)).toEqual({ x: 0, y: 0 });
  });

  it('scrolls towards the edge the pointer is near, faster the closer it is', () => {
    const near = autoPanStep({ x: 1090, y: 350 }, pane);
    const nearer = autoPanStep({ x: 1100, y: 350 }, pane);
    // The view moves left (negative) to show more of the map on the right.
    expect(near.x).toBeLessThan(0);
    expect(nearer.x).toBeLessThan(near.x);
    expect(autoPanStep({ x: 600, y: 52 }, pane).y).toBeGreaterThan(0);
  });

  it('never scrolls faster than its top speed, even outside the pane', () => {
    const outside = autoPanStep({ x: 2000, y: -500 }, pane);
    expect(Math.abs(outside.x)).toBe(12);
    expect(Math.abs(outside.y)).toBe(12);
  });
});
