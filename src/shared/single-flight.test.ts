import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight.ts';

/** A computation that waits for `release()`; counts how often it was started. */
function gate<T>(value: T) {
  let started = 0;
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    compute: async () => {
      started++;
      await released;
      return value;
    },
    release: () => release(),
    started: () => started,
  };
}

describe('SingleFlight', () => {
  it('runs one computation for callers of the same key while it runs', async () => {
    const flights = new SingleFlight<number>();
    const g = gate(42);
    const answers = Promise.all([
      flights.run('00|2026-09|2026-10', g.compute),
      flights.run('00|2026-09|2026-10', g.compute),
    ]);
    expect(flights.size).toBe(1);
    g.release();
    expect(await answers).toEqual([42, 42]);
    expect(g.started()).toBe(1);
  });

  it('runs different keys separately', async () => {
    const flights = new SingleFlight<string>();
    const a = gate('a');
    const b = gate('b');
    const answers = Promise.all([flights.run('a', a.compute), flights.run('b', b.compute)]);
    expect(flights.size).toBe(2);
    a.release();
    b.release();
    expect(await answers).toEqual(['a', 'b']);
  });

  it('keeps nothing once settled: the next caller computes again', async () => {
    const flights = new SingleFlight<number>();
    let n = 0;
    expect(await flights.run('k', async () => ++n)).toBe(1);
    expect(await flights.run('k', async () => ++n)).toBe(2);
    expect(flights.size).toBe(0);
  });

  it('shares a failure with the callers waiting on it, then forgets it', async () => {
    const flights = new SingleFlight<number>();
    let fail = true;
    const compute = async () => {
      if (fail) throw new Error('statement timeout');
      return 7;
    };
    const both = await Promise.allSettled([flights.run('k', compute), flights.run('k', compute)]);
    expect(both.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await flights.run('k', compute)).toBe(7);
  });
});
