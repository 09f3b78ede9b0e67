/**
 * Load shedding: at most `maxConcurrent` API requests are worked on at once; the next `maxQueued` wait their
 * turn, first come first served, for at most `maxQueueMs`; past that a request is answered at once with 503
 * and `Retry-After`, so under a flood every client hears back within seconds instead of some waiting minutes
 * behind everyone else. A client told to retry loses a few seconds; a queue without bound loses everyone's.
 *
 * A request whose answer is not ready `maxWaitMs` after it arrived is answered 503 too, while its work goes on
 * in its slot: a cacheable answer then lands in the answer cache, so the retry finds it (or joins the work
 * still running, see questions/cache.ts). Routes whose work is long by nature (an upload) are exempt.
 */
import type { MiddlewareHandler } from "hono";
import { ResurgenceError } from "../errors.ts";

export interface ShedLimits {
  /** Requests worked on at once. */
  maxConcurrent: number;
  /** Requests that may wait for a turn; the rest are refused at once. */
  maxQueued: number;
  /** The longest a request waits for a turn before it is refused. */
  maxQueueMs: number;
  /** The longest a request waits for its answer, turn included, before it is told to retry. */
  maxWaitMs: number;
}

/** Too many requests at once: 503 with Retry-After. */
export class Overloaded extends ResurgenceError {
  override name = "Overloaded";
  override readonly status = 503;
  override readonly exitCode = 5;
}

/** Seconds a refused client is asked to wait. */
export const RETRY_AFTER_S = 1;

/**
 * A counting gate: `enter()` resolves when a slot is free (true) or when the wait is over or the queue full
 * (false); `leave()` frees a slot for the longest waiter. Apart from HTTP, so it is tested on its own.
 */
export class Gate {
  private active = 0;
  private readonly waiting: Array<(admitted: boolean) => void> = [];
  constructor(private readonly limits: ShedLimits) {}

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  enter(): Promise<boolean> {
    if (this.active < this.limits.maxConcurrent) {
      this.active++;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.limits.maxQueued) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(admit);
        if (i >= 0) this.waiting.splice(i, 1);
        resolve(false);
      }, this.limits.maxQueueMs);
      const admit = (admitted: boolean) => {
        clearTimeout(timer);
        resolve(admitted);
      };
      this.waiting.push(admit);
    });
  }

  leave(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter: the count stays.
    if (next) next(true);
    else this.active--;
  }
}

/**
 * The middleware: a Gate in front of the handlers, and a deadline on the answer; a refusal is a 503 with
 * Retry-After. `exempt` paths pass the gate's count but have no deadline.
 */
export function shedLoad(limits: ShedLimits, exempt: (path: string) => boolean = () => false): MiddlewareHandler {
  const gate = new Gate(limits);
  const refuse = (c: Parameters<MiddlewareHandler>[0], message: string): never => {
    c.header("Retry-After", String(RETRY_AFTER_S));
    throw new Overloaded(message, `retry after ${RETRY_AFTER_S} s`);
  };
  return async (c, next) => {
    const arrived = performance.now();
    if (!(await gate.enter())) refuse(c, "the server is busy: too many requests at once");
    const work = next().finally(() => gate.leave());
    if (exempt(c.req.path)) return work;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), Math.max(0, limits.maxWaitMs - (performance.now() - arrived)))));
    const first = await Promise.race([work.then(() => "done" as const), late]);
    clearTimeout(timer);
    // The work goes on in its slot; its answer, if cacheable, is there for the retry.
    if (first === "late") refuse(c, "the server is busy: this answer is taking longer than a request may wait; it is still being worked out");
  };
}
