/**
 * Resolves the distinct side and country names of a staged file once each, in JavaScript, so the registry's
 * rules live in one place; the store joins the results back in SQL.
 */
import { resolveSide, type Registry } from "../actors/index.ts";
import { countryToIso3 } from "../places/index.ts";

export interface Resolutions {
  sides: Array<{ name: string; ids: string[] }>;
  countries: Array<{ name: string; iso3: string | null }>;
}

export function resolveNames(registry: Registry, sides: string[], countries: string[]): Resolutions {
  return {
    sides: sides.map((name) => ({ name, ids: resolveSide(registry, name) })),
    countries: countries.map((name) => ({ name, iso3: countryToIso3(name) ?? null })),
  };
}
