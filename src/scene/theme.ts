// The colours and type of a scene: the design tokens of src/ui/tokens.css that the map uses, as
// values (a picture cannot read CSS variables). tests/scene/theme.test.ts checks that each one
// still equals its token.
export const SCENE_COLORS = {
  ink: '#1f2933',
  inkSoft: '#52606d',
  inkFaint: '#9aa5b1',
  line: '#d9dee5',
  lineStrong: '#ced4da',
  surface: '#ffffff',
  surfaceSunken: '#f1f3f5',
  channelSoft: '#e3fafc',
  channelInk: '#0b7285',
  dangerStrong: '#c92a2a',
  dangerSofter: '#ffe3e3',
  successStrong: '#207534',
  successSoft: '#d3f9d8',
  moment: '#b35c00',
  momentSoft: '#fff4e6',
  medium: '#a8380a',
  mediumSoft: '#ffe8cc',
  low: '#9a5b00',
  rating: '#f59f00',
} as const;

/** Each scene colour's token in tokens.css. */
export const SCENE_COLOR_TOKENS: Record<keyof typeof SCENE_COLORS, string> = {
  ink: '--ink',
  inkSoft: '--ink-soft',
  inkFaint: '--ink-faint',
  line: '--line',
  lineStrong: '--line-strong',
  surface: '--surface',
  surfaceSunken: '--surface-sunken',
  channelSoft: '--channel-soft',
  channelInk: '--channel-ink',
  dangerStrong: '--danger-strong',
  dangerSofter: '--danger-softer',
  successStrong: '--success-strong',
  successSoft: '--success-soft',
  moment: '--moment',
  momentSoft: '--moment-soft',
  medium: '--medium',
  mediumSoft: '--medium-soft',
  low: '--low',
  rating: '--rating',
};

/** The one typeface of every picture, bundled with the app. */
export const SCENE_FONT_FAMILY = 'Inter';
