/**
 * A forecast of a scope of the store: the scope's monthly series over the months `detect` would analyse
 * (analysis/monitor's span rule), cut to whole months and to the months since the actor's first event, then
 * `forecastSeries` on it.
 */
import { seriesInStore } from "../counting/index.ts";
import { detectionSpan, placesWithEvents, type DetectScope } from "../monitor/index.ts";
import { UsageError } from "../../errors.ts";
import type { Period } from "../../periods/index.ts";
import type { Store } from "../../store/index.ts";
import type { MessageLang } from "../../messages/index.ts";
import { words, wordsError } from "../../messages/words.ts";
import { CALIBRATION_DEFAULTS } from "./calibrate.ts";
import { forecastSeries, type SeriesForecast } from "./forecast.ts";

export interface ScopeForecast extends SeriesForecast {
  places: string[];
  span: Period;
  /** The months fitted on: whole months from the actor's first event to the last whole covered month. */
  months: string[];
  counts: number[];
}

/** The monthly series a forecast of this scope is fitted on (whole months, from the first event on). */
export async function forecastSeriesInStore(store: Store, q: DetectScope): Promise<Omit<ScopeForecast, keyof SeriesForecast>> {
  const places = await placesWithEvents(store, q);
  const span = await detectionSpan(store, { ...q, countries: places });
  const points = await seriesInStore(store, { actorIds: q.actorIds, countries: places, start: span.start, end: span.end, by: "month", rule: q.rule });
  let end = points.length;
  while (end > 0 && points[end - 1]!.partial) end--;
  const first = points.findIndex((p) => p.events > 0);
  const kept = first < 0 ? [] : points.slice(first, end);
  return { places, span, months: kept.map((p) => p.bucket), counts: kept.map((p) => p.events) };
}

/** Forecasts `horizon` months past the last whole covered month of a scope. */
export async function forecastInStore(store: Store, q: DetectScope, horizon: number, lang: MessageLang = "en"): Promise<ScopeForecast> {
  const s = await forecastSeriesInStore(store, q);
  if (s.counts.length < CALIBRATION_DEFAULTS.firstOrigin + 6) throw wordsError(UsageError, words("forecastTooShort", s.counts.length, CALIBRATION_DEFAULTS.firstOrigin + 6), words("longerHistory"));
  return { ...s, ...forecastSeries(s, horizon, lang) };
}
