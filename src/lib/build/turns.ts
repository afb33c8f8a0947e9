/**
 * A limit on how many tasks run at once: for work handed to other threads
 * (drawing and compressing images), so that a few at a time keep the second
 * core busy without holding every image's pixels at once. A task may weigh
 * more than one turn: a chart of a hundred million pixels holds about a
 * gigabyte while it is drawn and compressed, so it runs alone.
 */

/** Turns taken now, and the tasks waiting for theirs; kept by the caller (in a store shared through globalThis, where a module is loaded twice). */
export interface Turns {
  running: number;
  waiting: (() => void)[];
}

export const newTurns = (): Turns => ({ running: 0, waiting: [] });

/** Runs `task` once it can take `weight` turns (at most `limit`) without `turns` holding more than `limit`. */
export async function inTurn<T>(turns: Turns, limit: number, task: () => Promise<T>, weight = 1): Promise<T> {
  const taken = Math.min(Math.max(1, weight), limit);
  while (turns.running + taken > limit) await new Promise<void>((resolve) => turns.waiting.push(resolve));
  turns.running += taken;
  try {
    return await task();
  } finally {
    turns.running -= taken;
    // Every waiting task looks again, in the order they came: one that still does not fit waits anew.
    for (const wake of turns.waiting.splice(0)) wake();
  }
}
