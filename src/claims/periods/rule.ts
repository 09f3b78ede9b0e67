/**
 * The machinery of period rules: a rule is a pattern over folded text, written as a template with named
 * slots ({M:m} a month, {Y:y} a year, {YR:y} a year or "this/last/that year", {N:n} a number in digits or
 * words, {O:o} an ordinal, {U:u} a time unit, {D:d} a day of the month), and a resolver that turns the
 * slots into a day range against the publication date and the passage so far.
 */
import type { Lang } from "../lang.ts";
import { parseNumberWords } from "../numbers/index.ts";
import { yearOf, type DayRange, type Published } from "./calendar.ts";
import { VOCAB } from "./vocab.ts";

/** What a relative period is resolved against. */
export interface PeriodContext {
  published?: Published;
  /** The last year written out in the passage, for "that year". */
  lastYear?: number;
  /** The last period resolved in the passage, for "a year earlier". */
  last?: DayRange;
}

/** How a period expression relates to the publication. */
export type PeriodKind = "absolute" | "relative" | "to_date" | "whole_year" | "day" | "duration";

/** A rule's answer: a range, `undefined` when the phrase is a period that cannot be resolved, null when it is no period. */
export type Resolution = DayRange | undefined | null;

/** Slot values of one match, read through the language's vocabulary. */
export class Slots {
  constructor(
    private readonly groups: Record<string, string | undefined>,
    readonly lang: Lang,
    readonly ctx: PeriodContext,
  ) {}

  has(name: string): boolean {
    return this.groups[name] !== undefined || this.groups[`${name}y`] !== undefined || this.groups[`${name}r`] !== undefined;
  }

  text(name: string): string | undefined {
    return this.groups[name];
  }

  month(name: string): number | undefined {
    const t = this.groups[name];
    return t === undefined ? undefined : VOCAB[this.lang].months[t];
  }

  /** A written year, or a year reference ("this year", "vorig jaar", "that year") resolved in context. */
  year(name: string): number | undefined {
    const digits = this.groups[name] ?? this.groups[`${name}y`];
    if (digits !== undefined && /^\d{4}$/.test(digits)) return Number(digits);
    const ref = this.groups[`${name}r`];
    if (ref === undefined) return undefined;
    const kind = VOCAB[this.lang].yearRefs[ref.replace(/\s+/g, " ")];
    const pub = this.ctx.published?.year;
    if (kind === "that") return this.ctx.lastYear ?? (this.ctx.last ? yearOf(this.ctx.last.start) : pub);
    if (pub === undefined) return undefined;
    return kind === "last" ? pub - 1 : pub;
  }

  num(name: string): number | undefined {
    const t = this.groups[name];
    if (t === undefined) return undefined;
    if (/^\d+$/.test(t)) return Number(t);
    return parseNumberWords(this.lang, t.split(/\s+/)) ?? (/^(een|ein|einem|einen|un|une|a|one)$/.test(t) ? 1 : undefined);
  }

  ordinal(name: string): number | undefined {
    const t = this.groups[name];
    return t === undefined ? undefined : VOCAB[this.lang].ordinals[t];
  }

  unit(name: string): "day" | "week" | "month" | "year" | undefined {
    const t = this.groups[name];
    return t === undefined ? undefined : VOCAB[this.lang].units[t];
  }
}

/** One compiled rule. */
export interface PeriodRule {
  re: RegExp;
  kind: PeriodKind;
  resolve: (s: Slots) => Resolution;
  /** What text the rule cannot match without: a written year, a month name; lets a sentence skip it cheaply. */
  needs: { year: boolean; month: boolean };
  /** Words of which every match contains one, if the template has such words; a text without them skips the rule. */
  anchors?: string[];
}

/** The index just past a group's opening at `i`: "(", "(?:" or "(?<name>". */
function afterGroupOpen(t: string, i: number): number {
  const close = t.indexOf(">", i);
  return t.startsWith("(?:", i) ? i + 3 : t.startsWith("(?<", i) && close > 0 ? close + 1 : i + 1;
}

/** At `i`, just past a group's ")": whether its quantifier lets the group be skipped, and the index past that quantifier. */
function groupQuantifier(t: string, i: number): { optional: boolean; next: number } {
  const optional = t[i] === "?" || t[i] === "*" || t.startsWith("{0", i);
  return { optional, next: t[i] === "?" || t[i] === "*" || t[i] === "+" ? i + 1 : i };
}

/** A slot `{K:name}` at `i`: its kind letter, whether a "?" follows it, and the index past the "}". */
function slotAt(t: string, i: number): { kind: string; optional: boolean; next: number } | undefined {
  if (t[i] !== "{" || !/^\{[A-Z]+:\w+\}/.test(t.slice(i))) return undefined;
  const next = t.indexOf("}", i) + 1;
  return { kind: t.slice(i + 1, t.indexOf(":", i)), optional: t[next] === "?", next };
}

/**
 * Words of which every match of a template contains at least one: a required literal word (three letters
 * or more), a required alternation of such words, or a required unit or ordinal slot.
 */
function anchorsOf(template: string, vocab: { units: string[]; ordinals: string[] }): string[] | undefined {
  let i = 0;
  const alternation = (): string[] | undefined => {
    const branches = [sequence()];
    while (template[i] === "|") {
      i++;
      branches.push(sequence());
    }
    return branches.every((b) => b !== undefined) ? branches.flat() as string[] : undefined;
  };
  const sequence = (): string[] | undefined => {
    let found: string[] | undefined;
    let word = "";
    const flush = (): void => {
      if (!found && word.length >= 3) found = [word];
      word = "";
    };
    while (i < template.length && template[i] !== "|" && template[i] !== ")") {
      const ch = template[i] as string;
      const slot = slotAt(template, i);
      if (ch === "(") {
        flush();
        i = afterGroupOpen(template, i);
        const inner = alternation();
        const q = groupQuantifier(template, i + 1);
        i = q.next;
        if (!q.optional && inner && !found) found = inner;
      } else if (slot) {
        flush();
        i = slot.next;
        const words = slot.kind === "U" ? vocab.units : slot.kind === "O" ? vocab.ordinals : undefined;
        if (!slot.optional && words && !found) found = words;
      } else if (ch === "[") {
        flush();
        i = template.indexOf("]", i) + 1;
      } else if (ch === "\\") {
        flush();
        i += 2;
      } else if (/[a-z']/.test(ch) && template[i + 1] !== "?" && template[i + 1] !== "*") {
        word += ch;
        i++;
      } else {
        flush();
        i++;
      }
    }
    flush();
    return found;
  };
  return alternation();
}

/**
 * Whether a template cannot match without a slot of the given letter ("Y" a year, "M" a month): a small
 * parse of its alternations and optional groups, from the inside out.
 */
function requires(template: string, slot: "Y" | "M"): boolean {
  let i = 0;
  const alternation = (): boolean => {
    const branches: boolean[] = [sequence()];
    while (template[i] === "|") {
      i++;
      branches.push(sequence());
    }
    return branches.every(Boolean);
  };
  const sequence = (): boolean => {
    let needed = false;
    while (i < template.length && template[i] !== "|" && template[i] !== ")") {
      const found = slotAt(template, i);
      if (template[i] === "(") {
        i = afterGroupOpen(template, i);
        const inner = alternation();
        const q = groupQuantifier(template, i + 1);
        i = q.next;
        needed ||= inner && !q.optional;
      } else if (found) {
        i = found.next;
        needed ||= found.kind === slot && !found.optional;
      } else {
        i += template[i] === "\\" ? 2 : 1;
      }
    }
    return needed;
  };
  return alternation();
}

function alternation(words: string[]): string {
  return words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/** Compiles a template into a rule for a language. */
export function rule(lang: Lang, template: string, kind: PeriodKind, resolve: (s: Slots) => Resolution): PeriodRule {
  const v = VOCAB[lang];
  const source = template
    .replace(/\{M:(\w+)\}/g, (_, n: string) => `(?<${n}>${alternation(Object.keys(v.months))})`)
    .replace(/\{YR:(\w+)\}/g, (_, n: string) => `(?:(?<${n}y>(?:19|20)\\d\\d)|(?<${n}r>${alternation(Object.keys(v.yearRefs))}))`)
    .replace(/\{Y:(\w+)\}/g, (_, n: string) => `(?<${n}>(?:19|20)\\d\\d)`)
    .replace(/\{N:(\w+)\}/g, (_, n: string) => `(?<${n}>\\d{1,3}|\\p{L}+(?:-\\p{L}+)*)`)
    .replace(/\{O:(\w+)\}/g, (_, n: string) => `(?<${n}>${alternation(Object.keys(v.ordinals))})`)
    .replace(/\{U:(\w+)\}/g, (_, n: string) => `(?<${n}>${alternation(Object.keys(v.units))})`)
    .replace(/\{D:(\w+)\}/g, (_, n: string) => `(?<${n}>[0-3]?\\d)`)
    .replace(/ /g, "\\s+");
  const anchors = anchorsOf(template, { units: Object.keys(v.units), ordinals: Object.keys(v.ordinals) });
  return {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "gu"),
    kind,
    resolve,
    needs: { year: requires(template, "Y"), month: requires(template, "M") },
    anchors,
  };
}
