/**
 * The map beside compare. The map counts every event of its scope in its period: a map of what happened.
 * Compare's total pools only the countries with data in both periods, over the days all of them cover. The
 * two rules stay apart, one per view; when the dashboard asks for the map of compare's period (`vs` given),
 * the map's answer carries what compare's total counts, computed by compare's own function, and one sentence
 * saying why the numbers differ, so the legend never presents its total as compare's.
 */
import { z } from "zod";
import { compareInStore, type CountingRule } from "../analysis/counting/index.ts";
import { messages, type MessageLang } from "../messages/index.ts";
import type { Period } from "../periods/index.ts";
import type { Store } from "../store/index.ts";

export const MapCompareScope = z
  .object({
    vs: z.custom<Period>().describe("compare's reference period"),
    pooled: z.array(z.string()).describe("the countries compare's total counts: those with data in both periods"),
    left_out: z.array(z.string()).describe("the countries compare's total leaves out: no data for one of the periods"),
    events: z.number().int().describe("compare's total events in the map's period"),
    note: z.string().nullable().describe("why the map's total and compare's differ, in the answer's language; null when they agree"),
  })
  .describe("with vs: what compare's total counts for the map's period and places, beside the map's own total");
export type MapCompareScope = z.infer<typeof MapCompareScope>;

interface Query {
  actorIds: string[];
  countries: string[];
  period: Period;
  vs: Period;
  rule: CountingRule;
  lang: MessageLang;
}

/** What compare's total counts for the map's period, and the sentence when it is not the map's `mapTotal`. */
export async function mapCompareScope(store: Store, q: Query, mapTotal: number): Promise<MapCompareScope> {
  const { rows } = await compareInStore(store, { actorIds: q.actorIds, countries: q.countries, a: q.period, b: q.vs, rule: q.rule, lang: q.lang });
  const total = rows.at(-1);
  const all = rows.length > 1 ? rows.slice(0, -1).map((r) => r.country) : rows.map((r) => r.country);
  const covered = (r: (typeof rows)[number]) => r.a.coverage.coveredDays > 0 && r.b.coverage.coveredDays > 0;
  const pooled = total?.pooled ?? (total && covered(total) ? all : []);
  const events = pooled.length ? (total?.a.events ?? 0) : 0;
  const left = all.filter((c) => !pooled.includes(c));
  const m = messages(q.lang);
  const n = (x: number) => x.toLocaleString(m.locale);
  const note =
    events === mapTotal && left.length === 0
      ? null
      : pooled.length === 0
        ? m.mapScope.none(n(mapTotal), q.period.label)
        : left.length > 0
          ? m.mapScope.leftOut(n(mapTotal), q.period.label, n(events), pooled.join(", "), left.join(", "))
          : m.mapScope.days(n(mapTotal), q.period.label, n(events));
  return { vs: q.vs, pooled, left_out: left, events, note };
}
