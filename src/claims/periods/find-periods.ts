/**
 * Finding period expressions in a stretch of text and resolving them in order. All rules of the language
 * run; overlapping matches are settled in favour of the longest. Each resolved period becomes the context
 * for the next ("the third quarter of that year", "a year earlier"), so the context is updated in place.
 */
import type { Lang } from "../lang.ts";
import { addDays, type DayRange } from "./calendar.ts";
import { Slots, type PeriodContext, type PeriodKind, type PeriodRule } from "./rule.ts";
import { DE_RULES } from "./rules-de.ts";
import { EN_RULES } from "./rules-en.ts";
import { FR_RULES } from "./rules-fr.ts";
import { NL_RULES } from "./rules-nl.ts";
import { VOCAB } from "./vocab.ts";

const RULES: Record<Lang, PeriodRule[]> = { nl: NL_RULES, en: EN_RULES, de: DE_RULES, fr: FR_RULES };

/** A period expression in the text. `range` is undefined when it cannot be resolved (or is a bare duration). */
export interface PeriodMention {
  start: number;
  end: number;
  kind: PeriodKind;
  range?: DayRange;
  /** For "after July": the period the text counts from, which a trend compares against. */
  after?: DayRange;
}

interface Match {
  start: number;
  end: number;
  rule: PeriodRule;
  groups: Record<string, string | undefined>;
}

const AFTER = /(?:^|[^\p{L}])(?:apres|after|na|nach)\s+$/u;
/**
 * "since" separated from its date by the event it names: "depuis le coup d'Etat de mai 2021", "since the
 * coup in 2021", "seit Beginn des Konflikts 2009", "sinds de staatsgreep in 2021". The date then starts a
 * period that runs to the publication. At most twelve words between, no figure and no clause break.
 */
const SINCE_BEFORE = /(?:^|[^\p{L}])(?:since|sinds|sedert|seit|depuis)\s+(?:[^\d.;:!?()\s]+[\s,]+){1,12}$/u;

const MONTH_WORD: Record<Lang, RegExp> = Object.fromEntries(
  (Object.keys(VOCAB) as Lang[]).map((l) => [l, new RegExp(`(?<![\\p{L}])(?:${Object.keys(VOCAB[l].months).map((m) => m.replace(".", "\\.")).join("|")})(?![\\p{L}])`, "u")]),
) as Record<Lang, RegExp>;

function matches(folded: string, from: number, to: number, lang: Lang, ctx: PeriodContext, within: (start: number, end: number) => boolean): Match[] {
  const slice = folded.slice(from, to);
  const out: Match[] = [];
  const hasYear = /(?:19|20)\d\d/.test(slice);
  const hasMonth = MONTH_WORD[lang].test(slice);
  for (const rule of RULES[lang]) {
    if ((rule.needs.year && !hasYear) || (rule.needs.month && !hasMonth)) continue;
    if (rule.anchors && !rule.anchors.some((a) => slice.includes(a))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const groups = m.groups ?? {};
      if (!within(from + m.index, from + m.index + m[0].length)) continue;
      if (rule.resolve(new Slots(groups, lang, ctx)) === null) continue;
      out.push({ start: from + m.index, end: from + m.index + m[0].length, rule, groups });
    }
  }
  return out;
}

function settle(all: Match[]): Match[] {
  const byLength = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of byLength) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The period expressions between `from` and `to` of the folded text, resolved against `ctx`, which is
 * advanced past each resolved period. `within` rejects matches that run across a sentence end.
 *
 * @example
 * const ctx = { published: parsePublished("2024-07") };
 * findPeriods(fold("vorig jaar"), 0, 10, "nl", ctx)[0]?.range; // { start: "2023-01-01", end: "2023-12-31" }
 */
export function findPeriods(
  folded: string,
  from: number,
  to: number,
  lang: Lang,
  ctx: PeriodContext,
  within: (start: number, end: number) => boolean = () => true,
): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const m of settle(matches(folded, from, to, lang, ctx, within))) {
    const resolved = m.rule.resolve(new Slots(m.groups, lang, ctx));
    if (resolved === null) continue;
    const mention: PeriodMention = { start: m.start, end: m.end, kind: m.rule.kind, range: resolved };
    const sinceEnd = ctx.published?.end;
    if (resolved && sinceEnd && (m.rule.kind === "absolute" || m.rule.kind === "day") && resolved.end < sinceEnd && SINCE_BEFORE.test(folded.slice(Math.max(0, m.start - 90), m.start))) {
      mention.kind = "to_date";
      mention.range = { start: resolved.start, end: sinceEnd };
    } else if (resolved && m.rule.kind !== "duration" && AFTER.test(folded.slice(Math.max(0, m.start - 12), m.start))) {
      mention.after = resolved;
      mention.kind = "relative";
      const end = ctx.published?.end;
      mention.range = end && end > resolved.end ? { start: addDays(resolved.end, 1), end } : undefined;
    }
    out.push(mention);
    if (mention.range && mention.kind !== "duration") {
      ctx.last = mention.range;
      const explicit = Object.entries(m.groups).find(([k, v]) => v !== undefined && /^y/.test(k) && /^\d{4}$/.test(v));
      if (explicit) ctx.lastYear = Number(explicit[1]);
    }
  }
  return out;
}
