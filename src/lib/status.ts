/**
 * A target's status and how it is shown: the word (in the i18n files), a
 * symbol beside it so the status never rests on colour, and its colour from
 * the Okabe–Ito palette. The one place the badge, the dashboard bars and the
 * chart files take them from.
 */
export type Status = 'achieved' | 'on-track' | 'behind' | 'no-data';
export const statuses: readonly Status[] = ['achieved', 'on-track', 'behind', 'no-data'];

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
