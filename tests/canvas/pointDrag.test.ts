// @vitest-environment node
// Dragging an emotion point: the score moves by the whole steps the drag spans, never jumps.
import { describe, expect, it } from 'vitest';
import { draggedScore, scoreAt } from '../../src/canvas/dropTarget';
import { emotionStep, emotionY, layoutJourney } from '../../src/model';
import { createJourney } from '../../src/model';
import { LABELS } from '../model/helpers';

const journey = createJourney(LABELS);
const layout = layoutJourney(journey);
const laneIndex = journey.lanes.findIndex((lane) => lane.kind === 'emotions');
const row = layout.rows[laneIndex]!;
const step = emotionStep(row);

describe('dragging an emotion point', () => {
  it('changes the score by one for a drag of one step, up or down', () => {
    expect(draggedScore(layout, laneIndex, -1, -step)).toBe(0);
    expect(draggedScore(layout, laneIndex, 0, step)).toBe(-1);
  });

  it('changes the score by the whole steps a drag spans, to the nearest step', () => {
    expect(draggedScore(layout, laneIndex, -1, -60)).toBe(-1 + Math.round(60 / step));
    expect(draggedScore(layout, laneIndex, -1, -step * 0.4)).toBe(-1);
    expect(draggedScore(layout, laneIndex, -1, -step * 1.6)).toBe(1);
  });

  it('stays within −2…+2', () => {
    expect(draggedScore(layout, laneIndex, 1, -10 * step)).toBe(2);
    expect(draggedScore(layout, laneIndex, -1, 10 * step)).toBe(-2);
  });

  it('reads each score back from the height it is drawn at', () => {
    for (const score of [-2, -1, 0, 1, 2]) {
      expect(scoreAt(layout, laneIndex, emotionY(score, row))).toBe(score);
    }
  });
});
