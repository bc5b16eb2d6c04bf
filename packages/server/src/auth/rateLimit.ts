import { RateLimitedError } from '@deskkit/runtime';

/** Per-user limit on writes (`POST /tickets`, `POST /tickets/:id/actions`, `POST /definitions`). */
export interface RateLimitOptions {
  /** Writes a user may make at once after being idle (bucket size); default 60. */
  burst?: number;
  /** Writes per second a user may keep up (refill rate); default 10. */
  perSecond?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per actor, in this process's memory: with several server processes each keeps
 * its own count, so a user's real ceiling is the limit times the processes they reach.
 */
export function createRateLimiter(options: RateLimitOptions = {}, now: () => number = Date.now) {
  const burst = options.burst ?? 60;
  const perSecond = options.perSecond ?? 10;
  if (!(burst >= 1) || !(perSecond > 0)) {
    throw new RangeError('rateLimit needs burst ≥ 1 and perSecond > 0.');
  }
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, t: number): void {
    bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
    bucket.at = t;
  }

  return {
    /** Takes one write from `actor`'s bucket, or throws `RateLimitedError` saying how long to wait. */
    take(actor: string): void {
      const t = now();
      let bucket = buckets.get(actor);
      if (!bucket) {
        // Full buckets carry no information: drop them so idle users cost no memory.
        if (buckets.size >= 10_000) {
          for (const [key, b] of buckets) {
            refill(b, t);
            if (b.tokens >= burst) buckets.delete(key);
          }
        }
        bucket = { tokens: burst, at: t };
        buckets.set(actor, bucket);
      } else refill(bucket, t);
      if (bucket.tokens < 1) {
        const waitMs = Math.ceil(((1 - bucket.tokens) / perSecond) * 1000);
        throw new RateLimitedError(
          `Too many changes in a short time: try again in ${Math.ceil(waitMs / 1000)} s.`,
          waitMs,
        );
      }
      bucket.tokens -= 1;
    },
  };
}
