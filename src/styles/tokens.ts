/**
 * The stylesheet's colours that SVG charts and share cards draw with: the same values as the
 * tokens of global.css (tokens.test.ts holds them equal), so a chart never drifts from the page.
 */
export const COLOURS = {
  /** --color-text */
  text: '#1b1b1f',
  /** --color-bg */
  background: '#ffffff',
  /** --color-surface: stripes and panels. */
  surface: '#f5f4f1',
  /** --color-brand: the header's red. */
  brand: '#9b1c1c',
  /** --color-border */
  border: '#c9c6bf',
  /** --color-link: the site's blue, for bars. */
  link: '#0b4f8a',
  /** What wants attention (a council's change, a requirement not met, the card's footer): --outcome-thu_hoi-text. */
  attention: '#9c3f00',
  /** --color-sample and --color-sample-border: the "Dữ liệu minh họa" label. */
  sample: '#fff4d6',
  sampleBorder: '#b7791f',
  /** Axes, rules and outlines: a grey at 5.3:1 on white (the "not recognised" outcome's colour). */
  rule: '#6b6b6b',
} as const;
