/**
 * Finishing drafts into claims: each draft takes its sentence's period, places, actor and source, or
 * inherits what the passage last named (and, at the head of a passage, the places and source it names
 * next — never a group: a group named only after a figure is not its actor); comparisons
 * find their reference figure among the passage's counts; periods are clipped to the publication unless
 * projected; IS in Afghanistan becomes IS Khorasan.
 */
import { affiliate, type ActorHit } from "../actors.ts";
import type { Claim } from "../claim.ts";
import { CLAIMED, CLAIMED_LIVES, type Place } from "../lexicon/index.ts";
import { yearRange, type DayRange, type PeriodMention } from "../periods/index.ts";
import type { Passage, SentenceFacts } from "./analysis.ts";
import { actingHits, actorOfClaim, carriedPeriod, nextPeriod, periodInSentence, placesInSentence } from "./context.ts";
import type { Draft } from "./draft.ts";
import { sentenceSource } from "./sources.ts";
import { baseUnit } from "./unit-cues.ts";

interface Carried {
  places?: Place[];
  actor?: ActorHit;
  source?: string;
}

function assignContext(p: Passage, drafts: Draft[]): void {
  const carried: Carried = {};
  const sources = p.sentences.map((f) => sentenceSource(p, f));
  p.sentences.forEach((facts: SentenceFacts, i) => {
    const src = sources[i] ?? { creditsPrevious: false };
    const here = drafts.filter((d) => d.sentence === i);
    if (src.creditsPrevious && src.source) for (const d of drafts) if (d.sentence < i && !d.source) d.source = src.source;
    for (const d of here) {
      if (!d.period) {
        d.period = periodInSentence(p, facts, d) ?? carriedPeriod(p, p.sentences.slice(0, i));
        // A projection without a period of its own is about the publication's year (periodOf), not a later sentence's.
        if (!d.period && !d.projected && !d.comparison?.projected) d.period = nextPeriod(p, p.sentences.slice(i + 1));
      }
      const places = d.places ?? placesInSentence(facts, d);
      d.places = places.length > 0 ? places : carried.places;
      const actor = actorOfClaim(p, facts, d);
      if (actor === null) d.noActor = true;
      else d.actor = actor ?? carried.actor;
      d.source = src.source ?? carried.source;
    }
    const last = here[here.length - 1];
    if (facts.places.length > 0) carried.places = last?.places ?? facts.places;
    const acting = actingHits(facts);
    if (acting.length > 0) carried.actor = last?.actor ?? acting.find((a) => !a.generic) ?? acting[0];
    if (src.source) carried.source = src.source;
  });
  const firstPlaces = p.sentences.find((f) => f.places.length > 0)?.places;
  const firstSource = sources.find((s) => s.source)?.source;
  for (const d of drafts) {
    d.places ??= firstPlaces;
    d.source ??= firstSource;
    if (!d.actor && !d.noActor) d.actor = responsibleLater(p, d.sentence);
  }
}

/**
 * "… 32 doden. IS eiste de aanslagen op." A group named after a figure acts only when a next sentence
 * without figures of its own has it claim the attacks, and names no other group. ("Verantwoordelijk voor 38
 * procent van de doden" is a share of its own, not a claim of these attacks.)
 */
function responsibleLater(p: Passage, sentence: number): ActorHit | undefined {
  for (const facts of p.sentences.slice(sentence + 1, sentence + 3)) {
    const acting = facts.actors.filter((a) => !a.target && !a.generic);
    if (acting.length === 0) continue;
    const ids = new Set(acting.map((a) => a.actorId));
    const text = p.folded.slice(facts.sentence.start, facts.sentence.end);
    return ids.size === 1 && facts.quantities.length === 0 && CLAIMED[p.lang].test(text) && !CLAIMED_LIVES[p.lang].test(text) ? acting[0] : undefined;
  }
  return undefined;
}

function sameRange(a: DayRange | undefined, b: DayRange | undefined): boolean {
  return a !== undefined && b !== undefined && a.start === b.start && a.end === b.end;
}

function fillReferences(drafts: Draft[]): void {
  for (const d of drafts) {
    const c = d.comparison;
    if (!c || c.refQuantity !== null || !c.ref) continue;
    const ref = drafts.find((o) => o !== d && o.type === "count" && baseUnit(o.unit) === baseUnit(d.unit) && sameRange(o.period?.range, c.ref) && o.actor?.actorId === d.actor?.actorId);
    if (ref) c.refQuantity = ref.quantity;
  }
}

function periodOf(p: Passage, d: Draft): { range?: DayRange; text: string | null } {
  const pm: PeriodMention | undefined = d.period;
  const projected = d.projected || Boolean(d.comparison?.projected) || pm?.kind === "whole_year";
  if (!pm && projected && p.published && d.type === "comparison") return { range: yearRange(p.published.year), text: null };
  if (!pm) return { text: null };
  const text = p.text.slice(pm.start, pm.end);
  const range = pm.range;
  const end = p.published?.end;
  if (range && end && !projected && range.end > end && range.start <= end) return { range: { start: range.start, end }, text };
  return { range, text };
}

function toClaim(p: Passage, d: Draft): Claim {
  const { range: resolved, text } = periodOf(p, d);
  const range = resolved && resolved.start <= resolved.end ? resolved : undefined;
  const countries = [...new Set((d.places ?? []).flatMap((pl) => pl.countries))];
  const region = (d.places ?? []).find((pl) => pl.region)?.region ?? null;
  const aff = d.actor ? affiliate(d.actor.actorId, countries) : undefined;
  const c = d.comparison;
  return {
    span: [d.start, Math.max(d.start, Math.min(d.end, p.text.length))],
    claim_type: d.type,
    actor_id: aff?.actorId ?? d.actor?.actorId ?? null,
    actor: aff?.name ?? d.actor?.name ?? null,
    actor_mention: d.actor?.mention ?? null,
    countries,
    region,
    period_start: range?.start ?? null,
    period_end: range?.end ?? null,
    period_expression: text,
    quantity: d.quantity,
    quantity_text: d.quantity === null ? null : p.text.slice(d.quantityStart, d.quantityEnd),
    qualifier: d.qualifier,
    unit: d.unit,
    comparison: c
      ? {
          type: c.type, direction: c.direction, value: c.value, text: p.text.slice(c.start, c.end),
          ref_period_start: c.ref?.start ?? null, ref_period_end: c.ref?.end ?? null, ref_quantity: c.refQuantity, projected: c.projected,
        }
      : null,
    attributed_source: d.source ?? null,
  };
}

/**
 * "Het aantal terreurdoden is afgenomen … 15 procent minder dan in 2017": a bare direction says less than a change
 * of the same thing the passage quantifies (same unit, group, places, direction and overlapping period), so it is
 * no claim of its own.
 */
function restatesQuantified(c: Claim, all: Claim[]): boolean {
  const cmp = c.comparison;
  if (c.claim_type !== "comparison" || cmp?.type !== "direction" || cmp.value !== null) return false;
  const overlaps = (o: Claim) => !c.period_start || !o.period_start || (o.period_start <= (c.period_end ?? c.period_start) && (o.period_end ?? o.period_start) >= c.period_start);
  return all.some((o) => o !== c && o.comparison !== null && o.comparison.value !== null && (o.comparison.type === "percent_change" || o.comparison.type === "ratio") &&
    o.comparison.direction === cmp.direction && baseUnit(o.unit) === baseUnit(c.unit) && o.actor_id === c.actor_id &&
    o.countries.join() === c.countries.join() && overlaps(o));
}

/** Turns the drafts of a passage into claims, in text order. */
export function finish(p: Passage, drafts: Draft[]): Claim[] {
  const ordered = [...drafts].sort((a, b) => a.sentence - b.sentence || a.anchor - b.anchor);
  assignContext(p, ordered);
  fillReferences(ordered);
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const d of ordered) {
    const key = `${d.type}|${d.unit}|${d.quantity}|${d.start}|${d.comparison?.type}|${d.comparison?.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toClaim(p, d));
  }
  return out.filter((c) => !restatesQuantified(c, out));
}
