/**
 * Chart colours from the Okabe–Ito palette, which readers with the common
 * forms of colour blindness can tell apart and which stay distinct in
 * greyscale print. Status is always written out as well.
 */
import type { Status } from '../progress';

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

export const statusColour: Record<Status, string> = {
  achieved: '#009e73',
  'on-track': '#0072b2',
  behind: '#d55e00',
  'no-data': '#8a949e',
};

/** A mark drawn beside the status word, so the status does not rest on colour. */
export const statusSymbol: Record<Status, string> = {
  achieved: '✓',
  'on-track': '→',
  behind: '!',
  'no-data': '–',
};

/** The font every chart is drawn with, shipped in an npm package so every machine draws alike. */
export const chartFont = 'Noto Sans SC';
