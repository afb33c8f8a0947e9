/**
 * Chart colours from the Okabe–Ito palette, which readers with the common
 * forms of colour blindness can tell apart and which stay distinct in
 * greyscale print. Status is always written out as well.
 */
export const palette = {
  ink: '#1b1f24',
  inkSoft: '#4a525c',
  grid: '#d5dbe1',
  paper: '#ffffff',
  figure: '#0072b2',
  baseline: '#5b6770',
  target: '#d55e00',
  phase: ['#f2f4f7', '#e6ebf1', '#f2f4f7'],
} as const;

/** The font every chart is drawn with, shipped in an npm package so every machine draws alike. */
export const chartFont = 'Noto Sans SC';

/**
 * The marks that stand for figures, named once: the static chart, the browser
 * chart, the downloads and the text alternative all read them from here.
 * Names are Chart.js point styles.
 */
export const markers = {
  baseline: 'rect',
  progress: 'circle',
  /** A figure published as "over N": the true value lies above the mark. */
  lowerBound: 'triangle',
} as const satisfies Record<string, MarkerShape>;
export type MarkerShape = 'rect' | 'circle' | 'triangle' | 'rectRot';
