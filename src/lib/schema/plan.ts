/** Facts about the plan document itself: its identity, groups, phases and organization. */
import { z } from 'zod';
import { Id, IsoDate, IsoMonth, Localized } from './shared';

const Phase = z.strictObject({
  id: Id,
  name: Localized,
  start: IsoMonth,
  end: IsoMonth,
  summary: Localized,
  duties: z.array(Localized).min(1),
});
export type Phase = z.infer<typeof Phase>;

export const Plan = z.strictObject({
  document: z.strictObject({
    number: Localized,
    title: Localized,
    shortTitle: Localized,
    issuer: Id,
    issued: IsoDate,
    printed: IsoDate,
    addressees: Localized,
  }),
  /** The year the targets are for: progress is judged against how much of it has passed. */
  targetPeriod: z.strictObject({ start: IsoDate, end: IsoDate }),
  vision: Localized,
  aims: Localized,
  metricGroups: z.array(z.strictObject({ id: z.enum(['exchange', 'openness', 'hub']), name: Localized, summary: Localized })).length(3),
  taskGroups: z.array(z.strictObject({ id: z.enum(['influence', 'connectivity', 'attractiveness']), numeral: Localized, name: Localized, title: Localized })).length(3),
  phases: z.array(Phase).length(3),
  organization: z.strictObject({
    leadingGroup: z.array(z.strictObject({ role: Localized, holder: Localized })).min(1),
    office: Localized,
    duties: z.array(Localized).min(1),
    liaison: Localized,
    dissolution: Localized,
  }),
});
export type Plan = z.infer<typeof Plan>;
