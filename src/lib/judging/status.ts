/**
 * A target's status and how it is shown: the word (in the i18n files), a
 * symbol beside it so the status never rests on colour, and its colour from
 * the Okabe–Ito palette. The one place the badge, the dashboard bars and the
 * chart files take them from.
 *
 * While the target period runs: achieved, on track, behind, not yet met with
 * no pace to judge (unjudged), or no figure yet. Once it has ended, a target
 * is achieved, not met, or awaiting its final figure: "on track" no longer exists.
 */
export type Status = 'achieved' | 'on-track' | 'behind' | 'unjudged' | 'no-data' | 'not-met' | 'awaiting';
export const statuses: readonly Status[] = [
  'achieved',
  'on-track',
  'behind',
  'unjudged',
  'no-data',
  'not-met',
  'awaiting',
];

/** The statuses a target can have while the period runs, or once it has ended, in the order they are listed. */
export function statusesAt(ended: boolean): readonly Status[] {
  return ended ? ['achieved', 'not-met', 'awaiting'] : ['achieved', 'on-track', 'behind', 'unjudged', 'no-data'];
}

export const statusColour: Record<Status, string> = {
  achieved: '#009e73',
  'on-track': '#0072b2',
  behind: '#d55e00',
  unjudged: '#6b5fa8',
  'no-data': '#8a949e',
  'not-met': '#d55e00',
  awaiting: '#8a949e',
};

/** A mark drawn beside the status word, so the status does not rest on colour. */
export const statusSymbol: Record<Status, string> = {
  achieved: '✓',
  'on-track': '→',
  behind: '!',
  unjudged: '?',
  'no-data': '–',
  'not-met': '✗',
  awaiting: '…',
};
