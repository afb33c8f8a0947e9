/** Calendar dates as numbers: the one conversion the progress engine and the charts both use. */

/** Milliseconds in a day. */
export const DAY = 86_400_000;

/** A YYYY-MM-DD date as milliseconds at UTC midnight (the x value of every chart). */
export const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
