// @vitest-environment node
// The layout counts each worded badge at its longest in any language (BADGE_LABEL_CHARS): every
// catalogue's labels must fit those counts, or a card could be too short for its French badges.
import { describe, expect, it } from 'vitest';
import { badgeLabel } from '../../src/i18n/cardFace';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { BADGE_LABEL_CHARS, CHANNELS, LEVELS, OBJECTIVES } from '../../src/model';

describe.each([
  ['English', en],
  ['French', fr],
])('badge labels in %s', (_name, text) => {
  it('fit the lengths the layout counts', () => {
    for (const channel of CHANNELS) {
      const label = badgeLabel({ type: 'channel', channel }, text);
      expect(label.length, label).toBeLessThanOrEqual(BADGE_LABEL_CHARS.channel[channel]);
    }
    for (const objective of OBJECTIVES) {
      const label = badgeLabel({ type: 'objective', objective }, text);
      expect(label.length, label).toBeLessThanOrEqual(BADGE_LABEL_CHARS.objective[objective]);
    }
    for (const level of LEVELS) {
      const severity = badgeLabel({ type: 'severity', level }, text);
      expect(severity.length, severity).toBeLessThanOrEqual(BADGE_LABEL_CHARS.severity);
      for (const effort of LEVELS) {
        const both = badgeLabel({ type: 'impactEffort', impact: level, effort }, text);
        expect(both.length, both).toBeLessThanOrEqual(BADGE_LABEL_CHARS.impactEffort);
      }
    }
    expect(text.canvas.kpi.length + 2).toBeLessThanOrEqual(BADGE_LABEL_CHARS.kpiWord);
  });
});
