/**
 * A small seeded random source for simulation: mulberry32 for uniforms, Box–Muller normals,
 * Marsaglia–Tsang gammas, Poisson by inversion (mean < 10) or Hörmann's PTRS transformed rejection,
 * and negative binomial as a gamma–Poisson mixture. Deterministic for a given seed, so tests,
 * calibration and backtests are reproducible.
 */
import { logGamma } from "./log-gamma.ts";

/** A stream of pseudo-random numbers; `uniform()` is in [0, 1). */
export interface Rng {
  uniform(): number;
  normal(): number;
  gamma(shape: number): number;
  poisson(mean: number): number;
  /** Negative binomial with the given mean and size r (variance mean + mean²/r). */
  negBin(mean: number, size: number): number;
}

/**
 * A seeded generator (mulberry32: 32-bit state, period 2³², fine for simulation, not for crypto).
 * @example const rng = createRng(42); rng.poisson(3.5)
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u = 1 - uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * (1 - uniform()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal();
      const v = (1 + c * x) ** 3;
      if (v <= 0) continue;
      const u = 1 - uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const poisson = (mean: number): number => (mean < 10 ? poissonInversion(mean, uniform) : poissonPtrs(mean, uniform));
  const negBin = (mean: number, size: number): number =>
    Number.isFinite(size) ? poisson((gamma(size) * mean) / size) : poisson(mean);
  return { uniform, normal, gamma, poisson, negBin };
}

function poissonInversion(mean: number, uniform: () => number): number {
  if (mean <= 0) return 0;
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  const u = uniform();
  while (u > cdf && k < 1000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

// Hörmann (1993), "The transformed rejection method for generating Poisson random variables".
function poissonPtrs(mean: number, uniform: () => number): number {
  const slam = Math.sqrt(mean);
  const logLam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = uniform() - 0.5;
    const v = uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logLam - logGamma(k + 1)) return k;
  }
}
