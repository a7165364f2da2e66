/**
 * Login attempts per client address, in memory: at most `limit` attempts in a sliding `windowMs`.
 * This stops password spraying across many accounts from one address; the per-account lockout
 * (in the database, so it holds across server processes) stops guessing one account's password.
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt at `nowMs`; false when the address is over its limit (the attempt is refused). */
  allow(address: string, nowMs: number): boolean {
    const recent = (this.attempts.get(address) ?? []).filter((t) => nowMs - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.attempts.set(address, recent);
      return false;
    }
    recent.push(nowMs);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.forgetOlderThan(nowMs);
    return true;
  }

  private forgetOlderThan(nowMs: number): void {
    for (const [address, times] of this.attempts) {
      if (times.every((t) => nowMs - t >= this.windowMs)) this.attempts.delete(address);
    }
  }
}
