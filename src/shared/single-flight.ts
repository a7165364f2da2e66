/**
 * Request coalescing: while a computation for a key is running, callers asking for the same key get
 * its promise instead of starting another. Nothing is kept once it settles, so an answer is never
 * older than the request that receives it was made — at most, it was computed from a snapshot taken
 * a moment before that request arrived, as if it had been answered a little earlier.
 *
 * Why (issue 8): at 10 M participants "why coverage moved" for Indonesia is a 15–60 s scan; every
 * national dashboard that opened started its own, eleven ran at once and took both cores.
 *
 * @example
 * const flights = new SingleFlight<number>();
 * const [a, b] = await Promise.all([flights.run('k', slow), flights.run('k', slow)]); // slow ran once
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, compute: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current;
    const started = compute().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  /** How many keys are being computed now. */
  get size(): number {
    return this.running.size;
  }
}
