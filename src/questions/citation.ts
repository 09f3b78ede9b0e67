/**
 * Which citation an answer carries: the counting dataset's own, as its owner asks; every surface attaches
 * exactly this (the CLI used to attach UCDP's whatever the dataset).
 */
import { CITATIONS } from "../sources/citations.ts";

export function citationFor(dataset: string): string | null {
  return CITATIONS[dataset] ?? null;
}
