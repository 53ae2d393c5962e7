// Someone else's change lands in the text field being typed in: the caret keeps its place.
import { describe, expect, it } from 'vitest';
import { caretAfter } from '../../../src/ui/live/useCaretKeeper';

describe('the caret after someone else’s change', () => {
  it('stays put when the change is after it', () => {
    expect(caretAfter('Self-checkout', 'Self-checkout lanes', 4)).toBe(4);
  });

  it('moves by what was inserted before it', () => {
    expect(caretAfter('Self-checkout', 'Fast Self-checkout', 13)).toBe(18);
  });

  it('moves back by what was removed before it, never before the change', () => {
    expect(caretAfter('Fast Self-checkout', 'Self-checkout', 18)).toBe(13);
    expect(caretAfter('abcdef', 'af', 3)).toBe(1);
  });

  it('stays at the end of a field emptied by someone else', () => {
    expect(caretAfter('abc', '', 2)).toBe(0);
  });
});
