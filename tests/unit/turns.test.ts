import { describe, expect, it } from 'vitest';
import { inTurn, newTurns } from '../../src/lib/build/turns';
import { svgPixels } from '../../src/lib/images/chart-png';

/** A task that records how many tasks run beside it, and ends when `finish` is called. */
function recorder() {
  let running = 0;
  const most: number[] = [];
  const finishers: (() => void)[] = [];
  const task = (name: string) => async () => {
    running += 1;
    most.push(running);
    await new Promise<void>((resolve) => finishers.push(resolve));
    running -= 1;
    return name;
  };
  const finishAll = async () => {
    while (finishers.length) {
      finishers.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { task, most, finishAll, running: () => running };
}

describe('turns', () => {
  it('run at most `limit` tasks at once, and a task weighing the limit alone', async () => {
    const turns = newTurns();
    const { task, most, finishAll } = recorder();
    const order: string[] = [];
    const done = ['a', 'b', 'large', 'c'].map((name) =>
      inTurn(turns, 2, task(name), name === 'large' ? 2 : 1).then((result) => order.push(result)),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    // a and b run; the large one waits for both turns, and c, which came after it, waits too or runs beside a light one.
    expect(most.slice(0, 2)).toEqual([1, 2]);
    await finishAll();
    await Promise.all(done);
    expect(order.sort()).toEqual(['a', 'b', 'c', 'large']);
    expect(Math.max(...most)).toBe(2);
    expect(turns.running).toBe(0);
  });

  it('never run a heavy task beside another', async () => {
    const turns = newTurns();
    let heavyRunning = 0;
    let othersBesideHeavy = 0;
    let running = 0;
    const tasks = Array.from({ length: 12 }, (_, index) => {
      const heavy = index % 4 === 1;
      return inTurn(
        turns,
        2,
        async () => {
          running += 1;
          if (heavy) heavyRunning += 1;
          if (heavyRunning && running > 1) othersBesideHeavy += 1;
          await new Promise((resolve) => setTimeout(resolve, 1 + (index % 3)));
          if (heavy) heavyRunning -= 1;
          running -= 1;
        },
        heavy ? 2 : 1,
      );
    });
    await Promise.all(tasks);
    expect(othersBesideHeavy).toBe(0);
    expect(turns.running).toBe(0);
  });

  it("weigh a chart by its pixels at its scale, from the SVG's own width and height", () => {
    expect(
      svgPixels('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600">', 2),
    ).toBe(800 * 600 * 4);
    expect(svgPixels('<svg height="10" width="20"><rect width="999" height="999"/></svg>', 1)).toBe(200);
    expect(svgPixels('<svg viewBox="0 0 1 1"></svg>', 2)).toBe(0);
  });
});
