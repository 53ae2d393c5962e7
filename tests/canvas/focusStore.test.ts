// The focus store: named actions for UI-only focus state, apart from the document and its history.
import { beforeEach, describe, expect, it } from 'vitest';
import { journeyStore } from '../../src/store';
import { sameTarget, useFocusStore } from '../../src/store/focusStore';

describe('focus store', () => {
  beforeEach(() => useFocusStore.getState().clearFocus());

  it('sets, toggles and clears a focus and both highlights', () => {
    const store = useFocusStore.getState();
    store.setFocus({ kind: 'lane', id: 'lane-1' });
    expect(useFocusStore.getState().target).toEqual({ kind: 'lane', id: 'lane-1' });
    store.toggleFocus({ kind: 'lane', id: 'lane-1' });
    expect(useFocusStore.getState().target).toBeNull();
    store.toggleFocus({ kind: 'channel', channel: 'email' });
    store.togglePainPoints();
    store.toggleMomentsOfTruth();
    expect(useFocusStore.getState()).toMatchObject({
      target: { kind: 'channel', channel: 'email' },
      painPoints: true,
      momentsOfTruth: true,
    });
    store.clearFocus();
    expect(useFocusStore.getState()).toMatchObject({
      target: null,
      painPoints: false,
      momentsOfTruth: false,
    });
  });

  it('leaves the document and its undo history alone', () => {
    const before = journeyStore.getState();
    useFocusStore.getState().setFocus({ kind: 'stage', id: before.journey.stages[0]!.id });
    useFocusStore.getState().togglePainPoints();
    const after = journeyStore.getState();
    expect(after.journey).toBe(before.journey);
    expect(after.history).toBe(before.history);
  });

  it('tells targets apart by kind and by id or channel', () => {
    expect(sameTarget({ kind: 'stage', id: 'a' }, { kind: 'stage', id: 'a' })).toBe(true);
    expect(sameTarget({ kind: 'stage', id: 'a' }, { kind: 'lane', id: 'a' })).toBe(false);
    expect(
      sameTarget({ kind: 'channel', channel: 'web' }, { kind: 'channel', channel: 'sms' }),
    ).toBe(false);
    expect(sameTarget(null, null)).toBe(true);
    expect(sameTarget({ kind: 'persona', id: 'p' }, null)).toBe(false);
  });
});
