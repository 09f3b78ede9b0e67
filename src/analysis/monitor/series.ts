/**
 * Monthly series out of the store for detection: one actor in one or more countries, over the months the
 * dataset covers for all of them (a series must not jump where a country's data begin).
 */
import type { Store } from "../../store/index.ts";
import { commonSpan, seriesInStore, type CountingRule } from "../counting/index.ts";
import type { MonthlySeries } from "../detect/index.ts";
import { UsageError } from "../../errors.ts";

export interface StoreSeries extends MonthlySeries {
  first: string;
  last: string;
}

/** The common span of the dataset's data over the countries (or all its data when no country is given). */
export async function storeSpan(store: Store, dataset: string, countries: string[]): Promise<{ first: string; last: string } | undefined> {
  const span = commonSpan(await store.coverage(), dataset, countries, true);
  return "missing" in span || span.first > span.last ? undefined : span;
}

export async function monthlySeries(
  store: Store,
  q: { actorIds: string[]; countries: string[]; rule: CountingRule; from?: string; to?: string },
): Promise<StoreSeries> {
  const span = await storeSpan(store, q.rule.dataset, q.countries);
  if (!span) throw new UsageError(`${q.rule.dataset} has no common coverage for ${q.countries.join(", ") || "the store"}`, "ingest data for these countries first (resurgence status shows what is there)");
  const start = q.from ? `${q.from.slice(0, 7)}-01` : `${span.first.slice(0, 7)}-01`;
  const endMonth = (q.to ?? span.last).slice(0, 7);
  const [y, m] = endMonth.split("-").map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  if (start > end) throw new UsageError(`the months ${start.slice(0, 7)}..${endMonth} are empty`, "check --from and --to");
  const points = await seriesInStore(store, { ...q, start, end, by: "month" });
  return { months: points.map((p) => p.bucket), counts: points.map((p) => p.events), deaths: points.map((p) => p.deaths), first: span.first, last: span.last };
}
