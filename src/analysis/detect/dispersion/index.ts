/** Is a count series overdispersed relative to Poisson, and by how much (NB2 α)? */
export {
  cameronTrivediTest,
  pairedDispersionTest,
  poissonDispersionTest,
  type DispersionTest,
} from "./dispersion-test.ts";
export { estimateLocalAlpha, estimateNegBin, type NegBinEstimate } from "./negbin-estimate.ts";
export { assessDispersion, modelAlpha, type DispersionSummary } from "./assess.ts";
