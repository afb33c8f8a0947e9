/** Where a date falls in the plan's three phases. */
import type { Phase } from '../content/schema/plan';

export type PhasePosition =
  { state: 'before'; next: Phase } | { state: 'during'; phase: Phase; index: number } | { state: 'after'; last: Phase };

/**
 * The phase a date (YYYY-MM-DD) falls in. The site passes the data's as-of
 * date, never the build clock, so the same content always builds the same site.
 */
export function phaseAt(date: string, phases: readonly Phase[]): PhasePosition {
  if (phases.length === 0) throw new Error('phaseAt: the plan has no phases');
  const month = date.slice(0, 7);
  const first = phases[0]!;
  if (month < first.start) return { state: 'before', next: first };
  const index = phases.findIndex((phase) => month >= phase.start && month <= phase.end);
  if (index >= 0) return { state: 'during', phase: phases[index]!, index };
  const last = phases[phases.length - 1]!;
  if (month > last.end) return { state: 'after', last };
  // A gap between phases: the next one to start is the one ahead.
  const next = phases.find((phase) => phase.start > month)!;
  return { state: 'before', next };
}
