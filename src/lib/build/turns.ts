/**
 * A limit on how many tasks run at once: for work handed to other threads
 * (drawing and compressing images), so that a few at a time keep the second
 * core busy without holding every image's pixels at once.
 */

/** Tasks running now, and those waiting for a turn; kept by the caller (in a store shared through globalThis, where a module is loaded twice). */
export interface Turns {
  running: number;
  waiting: (() => void)[];
}

export const newTurns = (): Turns => ({ running: 0, waiting: [] });

/** Runs `task` once fewer than `limit` tasks of `turns` are running. */
export async function inTurn<T>(turns: Turns, limit: number, task: () => Promise<T>): Promise<T> {
  if (turns.running >= limit) await new Promise<void>((resolve) => turns.waiting.push(resolve));
  turns.running += 1;
  try {
    return await task();
  } finally {
    turns.running -= 1;
    turns.waiting.shift()?.();
  }
}
