/**
 * The series the forecast backtest runs on. Real: from the demo store (the bundled UCDP GED files), IS in
 * Iraq 2004–2018, IS in Syria 2016–2019 and every other actor × country with at least 50 events, each from
 * its first event to the last covered month. Synthetic: seeded NB series in four shapes.
 */
import { bundledRegistry } from "../../src/actors/index.ts";
import { CountingRule, actorIdsFor } from "../../src/analysis/counting/index.ts";
import { forecastSeriesInStore } from "../../src/analysis/forecast/index.ts";
import { createRng } from "../../src/analysis/detect/index.ts";
import { parsePeriod } from "../../src/periods/index.ts";
import { EventFilter, type Store } from "../../src/store/index.ts";

export interface NamedSeries {
  label: string;
  group: "IS in Iraq" | "IS in Syria" | "other real" | "synthetic";
  months?: string[];
  counts: number[];
}

const NOT_GROUPS = new Set(["civilians", "unattributed"]);

/** Every real series: IS in Iraq and Syria first, then every other group × country with ≥ 50 events. */
export async function realSeries(store: Store): Promise<NamedSeries[]> {
  const registry = bundledRegistry();
  const rule = CountingRule.parse({});
  const one = async (actorId: string, country: string, period?: string) => {
    const s = await forecastSeriesInStore(store, { actorIds: actorIdsFor(actorId, rule, registry), countries: [country], rule, period: period ? parsePeriod(period) : undefined });
    return { months: s.months, counts: s.counts };
  };
  const out: NamedSeries[] = [
    { label: "IS × IRQ 2004–2018", group: "IS in Iraq", ...(await one("is", "IRQ", "2004-01..2018-12")) },
    { label: "IS × SYR 2016–2019", group: "IS in Syria", ...(await one("is", "SYR", "2016-01..2019-12")) },
  ];
  const pairs = await store.actorCounts(EventFilter.parse({}));
  for (const p of pairs.sort((a, b) => b.events - a.events)) {
    if (p.events < 50 || !p.country_iso3 || p.actor_id === "is" || NOT_GROUPS.has(p.actor_id) || p.actor_id.startsWith("gov-")) continue;
    const s = await one(p.actor_id, p.country_iso3);
    if (s.counts.length >= 36) out.push({ label: `${registry.actors.get(p.actor_id)?.name ?? p.actor_id} × ${p.country_iso3}`, group: "other real", ...s });
  }
  return out;
}

export const SYNTHETIC = { seed: 20261207, perShape: 25, months: 120, alpha: 0.3 } as const;

/** Seeded NB series (α = 0.3): stable, a ×3 step, a log random walk, and a surge that rises and fades. */
export function syntheticSeries(): NamedSeries[] {
  const rng = createRng(SYNTHETIC.seed);
  const { perShape, months, alpha } = SYNTHETIC;
  const draw = (rates: number[]): number[] => rates.map((r) => rng.negBin(r, 1 / alpha));
  const base = (): number => Math.exp(Math.log(1) + rng.uniform() * Math.log(60));
  const shapes: Array<[string, () => number[]]> = [
    ["stable", () => Array.from({ length: months }, () => base()).fill(base())],
    [
      "step ×3",
      () => {
        const b = base();
        const at = 36 + Math.floor(rng.uniform() * 60);
        return Array.from({ length: months }, (_, i) => (i < at ? b : 3 * b));
      },
    ],
    [
      "log random walk",
      () => {
        let l = Math.log(base());
        return Array.from({ length: months }, () => Math.exp((l += 0.15 * rng.normal())));
      },
    ],
    [
      "surge and fade",
      () => {
        const b = base();
        const at = 36 + Math.floor(rng.uniform() * 48);
        return Array.from({ length: months }, (_, i) => (i < at ? b : b * (1 + 4 * Math.min(1, (i - at) / 12) * Math.exp(-Math.max(0, i - at - 12) / 12))));
      },
    ],
  ];
  return shapes.flatMap(([name, rates]) => Array.from({ length: perShape }, (_, i) => ({ label: `${name} #${i + 1}`, group: "synthetic" as const, counts: draw(rates()) })));
}
