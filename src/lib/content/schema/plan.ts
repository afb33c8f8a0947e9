/** Facts about the plan document itself: its identity, groups, phases and organization. */
import { z } from 'zod';
import { MetricGroup } from './metrics';
import { Id, IsoDate, IsoMonth, Localized, localized, MAX } from './shared';
import { planRules } from './rules/plan';
import { TaskGroup } from './task';

/**
 * A question readers ask that the plan does not answer (visa-free transit, say): said plainly, with
 * the plan's nearest tasks, so search finds an answer instead of nothing. Editors' words, never the plan's.
 */
const NotCovered = z.strictObject({
  id: Id,
  question: localized(MAX.title),
  answer: Localized,
  /** The tasks nearest to the question, by number. */
  tasks: z.array(z.number().int().min(1).max(99)).max(12),
});

const Phase = z.strictObject({
  id: Id,
  name: localized(MAX.name),
  start: IsoMonth,
  end: IsoMonth,
  summary: Localized,
  duties: z.array(Localized).min(1).max(50),
});
export type Phase = z.infer<typeof Phase>;

/** Groups and areas: a plan has a few; the bound only keeps a mistake from making hundreds of sections. */
const MAX_GROUPS = 20;
/** Phases: as many as the charts can mark with a circled number. */
export const MAX_PHASES = 20;

/** Each entry's id once in its list: metrics, tasks and pages refer to entries by id. */
function uniqueIds<T extends z.ZodType<{ id: string }[]>>(list: T) {
  return list.superRefine((entries, ctx) =>
    entries.forEach(
      (entry, index) =>
        entries.findIndex((other) => other.id === entry.id) < index && ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${entry.id}" is used twice: each id once` }),
    ),
  );
}

export const Plan = z
  .strictObject({
    document: z.strictObject({
      number: localized(MAX.name),
      title: localized(MAX.title),
      shortTitle: localized(MAX.title),
      issuer: Id,
      issued: IsoDate,
      printed: IsoDate,
      addressees: localized(MAX.title),
    }),
    /** The target period, the span the targets are for: progress is judged against how much of it has passed. */
    targetPeriod: z.strictObject({ start: IsoDate, end: IsoDate }),
    /** The city or region the plan is for, as the pages name it ("figures not for Wuhan"). */
    place: localized(MAX.name).describe('The city or region the plan is for, as the pages name it'),
    /** The home page's opening paragraph: who issued the plan, when, in answer to what, and what this site lists. */
    introduction: Localized.describe("The home page's opening paragraph: who issued the plan, when, why, and what this site lists"),
    vision: Localized,
    aims: Localized,
    /** The groups the targets are in, as many as the plan has; each metric names one by id. */
    metricGroups: uniqueIds(
      z
        .array(z.strictObject({ id: MetricGroup, name: localized(MAX.name), summary: localized(MAX.title) }))
        .min(1)
        .max(MAX_GROUPS),
    ),
    /** The areas the tasks are in, as many as the plan has; each task page names one by id. */
    taskGroups: uniqueIds(
      z
        .array(z.strictObject({ id: TaskGroup, numeral: localized(MAX.id), name: localized(MAX.name), title: localized(MAX.title) }))
        .min(1)
        .max(MAX_GROUPS),
    ),
    /** The plan's timetable, one phase or more, in order (charts mark at most twenty: ①–⑳). */
    phases: uniqueIds(z.array(Phase).min(1).max(MAX_PHASES)),
    organization: z.strictObject({
      leadingGroup: z
        .array(z.strictObject({ role: localized(MAX.name), holder: localized(MAX.title) }))
        .min(1)
        .max(50),
      office: localized(MAX.title),
      duties: z.array(Localized).min(1).max(50),
      liaison: Localized,
      dissolution: Localized,
    }),
    notCovered: z.array(NotCovered).max(50).default([]),
  })
  .superRefine((plan, ctx) => {
    const { start, end } = plan.targetPeriod;
    if (start > end) ctx.addIssue({ code: 'custom', path: ['targetPeriod'], message: `starts (${start}) after it ends (${end})` });
    plan.phases.forEach((phase, index) => {
      if (phase.start > phase.end) ctx.addIssue({ code: 'custom', path: ['phases', index], message: `starts (${phase.start}) after it ends (${phase.end})` });
      const previous = plan.phases[index - 1];
      if (previous && phase.start <= previous.end)
        ctx.addIssue({
          code: 'custom',
          path: ['phases', index, 'start'],
          message: `the phases must follow one another: this one starts (${phase.start}) before the previous one ends (${previous.end})`,
        });
      if (phase.start < start.slice(0, 7) || phase.end > end.slice(0, 7))
        ctx.addIssue({ code: 'custom', path: ['phases', index], message: `lies outside the plan period (${start} to ${end})` });
    });
  })
  .superRefine(planRules);
export type Plan = z.infer<typeof Plan>;
