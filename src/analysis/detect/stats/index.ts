/**
 * Distribution functions and a seeded random source for the detection code: everything a p-value,
 * an exact Poisson interval or a simulation needs, written here so the numbers can be checked against
 * published tables rather than trusted from a dependency.
 */
export { logGamma } from "./log-gamma.ts";
export { regularizedGammaP, regularizedGammaQ } from "./incomplete-gamma.ts";
export { gammaQuantile } from "./gamma-quantile.ts";
export { chiSquareCdf, chiSquareSf } from "./chi-square.ts";
export { normalCdf, normalSf, normalQuantile } from "./normal.ts";
export { createRng, type Rng } from "./random.ts";
