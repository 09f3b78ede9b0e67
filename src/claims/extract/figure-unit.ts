/**
 * What a figure counts. The words right after the figure decide first: a unit noun ("153 aanslagen",
 * "808 Islamic State-initiated attacks", "3 500 victimes civiles"), people with a killing verb ("18 500
 * Menschen getötet"), or a blocker ("80 landen", "5 ISIS operatives", "2,7 miljoen ontheemden"). A figure
 * followed by no noun ("waren het er 60", "dropped to 677", "auf rund 3380 gesunken") takes its unit from
 * a frame ("het aantal doden", "die Zahl der Todesopfer"), an earlier unit in the sentence, or, in an
 * elliptical construction, the previous sentence.
 */
import type { Lang } from "../lang.ts";
import { COUNTER_OPERATION, DISPLACED, isCivilianWord, KILL, nounSense, WOUND } from "../lexicon/index.ts";
import type { Quantity } from "../numbers/index.ts";
import type { Passage, SentenceFacts } from "./analysis.ts";
import { clauseAt } from "./analysis.ts";
import { unitInClause } from "./unit-cues.ts";

/** A unit decision: the unit and where its noun ends, or why the figure is not a claim. */
export type FigureUnit = { unit: string; nounEnd: number; inherited: boolean } | { reject: string };

/**
 * Closed-class words (prepositions, conjunctions, articles, adverbs of time and degree) that end a figure's noun
 * phrase: after them the figure has no noun of its own ("121 pour toute l'année", "41 according to SOHR").
 */
const FUNCTION_WORDS: Record<Lang, Set<string>> = {
  nl: new Set(("in op tijdens gedurende per sinds naar tot bij van en of dan totaal vorig vorige dit dat de het al meer aan uit over na voor met is was waren werden zijn " +
    "om tegen volgens zonder onder tussen binnen rond rondom alleen nog ook toen nu sindsdien afgelopen vergeleken ten door waarvan waarbij terwijl maar").split(" ")),
  en: new Set(("in on during per since to from by at for over and or than a the this last that in total recorded were was are is had have has more each every " +
    "with according against between within among across only just alone so far already also through throughout until after before while compared versus vs up down").split(" ")),
  de: new Set(("im in am pro seit bis nach bei vor von und oder als insgesamt der die das dieses diesen im zum zur auf um gegenuber mehr " +
    "fur mit laut gegen wahrend zwischen innerhalb allein bereits schon noch nur auch vom verglichen wobei aber").split(" ")),
  fr: new Set(("en dans par depuis pendant au aux a et ou que qu sur cette ce l le la les au total durant entre contre de plus " +
    "pour avec selon soit chez vers apres avant lors parmi sous sans jusqu jusque seulement encore deja alors mais dont").split(" ")),
};
const DEMONSTRATIVE = /^(?:deze|die|dieser|diese|dieses|these|those|such|ces|cettes|zulke|solche)$/;
const LOOKS_LIKE_VERB: Record<Lang, RegExp> = {
  nl: /^(?:ge\p{L}+(?:d|t|en)|\p{L}+(?:de|te|den|ten))$/u,
  en: /^\p{L}+(?:ed|ing)$/u,
  de: /^\p{Ll}/u,
  fr: /^\p{L}+(?:e|ee|ees|ait|aient|erent)$/u,
};
/**
 * "the number was 60", "het aantal lag op 60", "die Zahl betrug 60", "le bilan s'élevait à 60", and with the verb first
 * ("In Kenia lag die Zahl bei 60"): a count named only by "number".
 */
const NUMBER_WAS: Record<Lang, string> = {
  nl: "(?:aantal|cijfer|totaal|teller)\\s+(?:was|is|lag op|ligt op|stond op|staat op|kwam uit op|komt uit op|bedroeg|bedraagt)|(?:lag|ligt|stond|staat|was|is|bedroeg)\\s+(?:het|dat)\\s+(?:aantal|cijfer|totaal)(?:\\s+op)?",
  en: "(?:number|figure|total|toll|tally|count)\\s+(?:was|were|is|stood at|stands at|reached|came to)",
  de: "(?:zahl|anzahl|bilanz|summe)\\s+(?:lag bei|liegt bei|betrug|betragt|war|ist|erreichte)|(?:lag|liegt|betrug|war)\\s+(?:die|diese)\\s+(?:zahl|anzahl|bilanz|summe)(?:\\s+bei)?",
  fr: "(?:nombre|bilan|total|chiffre)\\s+(?:etait de|est de|s'elevait a|s'eleve a|atteignait|atteint|a atteint)",
};
const ELLIPSIS_CUES: Record<Lang, string> = {
  nl: "(?:waren|was|zijn|werden|telde|bleef|bleven|het|dat|dit)\\s+(?:het\\s+|dat\\s+)?er\\s+(?:\\p{L}+\\s+){0,6}$|(?:tegenover|vergeleken met|tegen)\\s+$",
  en: "(?:compared (?:with|to)|versus|against|from|to)\\s+(?:\\p{L}+\\s+){0,2}$",
  de: "(?:verglichen mit|gegenuber|nach|von|auf)\\s+(?:\\p{L}+\\s+){0,2}$|es\\s+(?:\\p{L}+\\s+){0,2}$",
  // "il en revendiquait 11", "on en a compté 40": the clitic "en" stands for the noun last named.
  fr: "(?:(?:^|[^\\p{L}])en\\s+(?:(?:a|avait|ont|avaient|aura|auront|a-t-il|est|sont)\\s+)?\\p{L}+|contre|par rapport a|a)\\s+(?:\\p{L}+\\s+){0,2}$",
};
const ELLIPSIS = Object.fromEntries(
  (Object.keys(ELLIPSIS_CUES) as Lang[]).map((l) => [l, new RegExp(`${ELLIPSIS_CUES[l]}|${NUMBER_WAS[l]}\\s+(?:\\p{L}+\\s+){0,2}$`, "u")]),
) as Record<Lang, RegExp>;
const KILL_BEFORE = Object.fromEntries(Object.entries(KILL).map(([l, re]) => [l, new RegExp(`(?:${re.source})\\s+$`, "u")])) as Record<Lang, RegExp>;
const WOUND_BEFORE = Object.fromEntries(Object.entries(WOUND).map(([l, re]) => [l, new RegExp(`(?:${re.source})\\s+$`, "u")])) as Record<Lang, RegExp>;
/** A wounding or killing participle right after a figure, before any other word but an auxiliary. */
const OWN_VERB = Object.fromEntries(Object.entries(WOUND).map(([l, re]) => [l, new RegExp(`^\\s*(?:(?:zijn|werden|raakten|wurden|sind|were|ont ete|sont)\\s+)?(?:${re.source}|${(KILL as Record<string, RegExp>)[l]?.source ?? ""})`, "u")])) as Record<Lang, RegExp>;
const DISPLACED_AFTER = Object.fromEntries(Object.entries(DISPLACED).map(([l, re]) => [l, new RegExp(`^\\s*(?:(?:zijn|werden|raakten|wurden|sind|were|have been|ont ete|sont)\\s+)?(?:${re.source})`, "u")])) as Record<Lang, RegExp>;
const SUBSET = /^\s*(?:onder wie|van wie|waaronder|among them|including|of whom|darunter|davon|unter ihnen|dont|parmi (?:eux|elles|lesquels|lesquelles))(?![\p{L}])/u;
const THIS_FIGURE = /(?:dit|dat|dat|het) (?:aantal|cijfer)|this (?:figure|number|total)|that (?:figure|number)|diese (?:zahl|ziffer)|ce (?:chiffre|nombre|total)/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsAfter(p: Passage, from: number, to: number, max: number): Word[] {
  const out: Word[] = [];
  const re = /\p{L}+(?:-\p{L}+)*/gu;
  const slice = p.folded.slice(from, to);
  for (let m = re.exec(slice); m && out.length < max; m = re.exec(slice)) out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** The text between `from` and `to` less the periods in it: "verloor vorig jaar 45 soldaten" reads as "verloor 45". */
function withoutPeriods(p: Passage, facts: SentenceFacts, from: number, to: number): string {
  let text = "";
  let at = from;
  for (const pm of facts.periods.filter((x) => x.end > from && x.start < to).sort((a, b) => a.start - b.start)) {
    text += p.folded.slice(at, Math.max(at, pm.start));
    at = Math.max(at, pm.end);
  }
  return (text + p.folded.slice(Math.min(at, to), to)).replace(/\s+/g, " ").trim();
}

/**
 * Killed or wounded people: the verb right before the figure ("killed 25", "wounded 40 others") or right
 * after the noun ("40 weitere wurden verletzt") decides; otherwise any such verb in the stretch given.
 */
function peopleUnit(p: Passage, before: string, after: string, stretch: string, civilian: boolean): string | undefined {
  const kill = KILL[p.lang];
  const wound = WOUND[p.lang];
  const prefix = civilian ? "civilian_" : "";
  const lastWords = before.split(/\s+/).slice(-2).join(" ");
  const nextWords = after.split(/\s+/).slice(0, 4).join(" ");
  if (wound.test(lastWords)) return `${prefix}injuries`;
  if (kill.test(lastWords)) return `${prefix}deaths`;
  const w = wound.exec(nextWords);
  const k = kill.exec(nextWords);
  if (w && (!k || w.index < k.index)) return `${prefix}injuries`;
  if (k) return `${prefix}deaths`;
  if (kill.test(stretch)) return `${prefix}deaths`;
  if (wound.test(stretch)) return `${prefix}injuries`;
  return undefined;
}

/** The unit of the nearest unit noun before `at` in the sentence, frames first within the clause. */
function unitBefore(facts: SentenceFacts, clauseStart: number, at: number, prior: { unit: string; anchor: number }[]): string | undefined {
  const frames = facts.units.filter((u) => u.frame && u.start >= clauseStart && u.end <= at);
  if (frames.length > 0) return frames[0]?.unit;
  const inClause = facts.units.filter((u) => u.start >= clauseStart && u.end <= at);
  const draftInClause = prior.filter((d) => d.anchor >= clauseStart && d.anchor < at);
  if (inClause.length > 0 && draftInClause.length === 0) return inClause[0]?.unit;
  // A bare figure in a list ("300 personnes tuées dans des attaques au Niger ; 1 200 au Mali") repeats the
  // previous figure's unit, not a noun inside that figure's modifiers.
  const lastFigure = prior.filter((d) => d.anchor < at && d.anchor >= facts.sentence.start).pop();
  if (lastFigure && inClause.length === 0 && lastFigure.anchor < clauseStart) return lastFigure.unit;
  const earlier = [
    ...facts.units.filter((u) => u.end <= at).map((u) => ({ unit: u.unit, at: u.start, frame: u.frame })),
    ...prior.filter((d) => d.anchor < at && d.anchor >= facts.sentence.start).map((d) => ({ unit: d.unit, at: d.anchor, frame: false })),
  ].sort((a, b) => a.at - b.at);
  return earlier[earlier.length - 1]?.unit;
}

/**
 * Decides what a figure counts.
 *
 * @param prior the claims already drafted in the passage, most recent last, for elliptical figures
 * @param previous the facts of the sentences before this one, most recent last
 */
export function figureUnit(p: Passage, facts: SentenceFacts, q: Quantity, prior: { unit: string; anchor: number }[], previous: SentenceFacts[]): FigureUnit {
  const { clause } = clauseAt(facts.sentence, q.numberStart);
  const clauseText = p.folded.slice(clause.start, clause.end);
  const words = wordsAfter(p, q.end, clause.end, 6);
  let unknown: Word | undefined;
  let civilian = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (i === 0 && /^(?:d|de|of|van|des)$/.test(w.text) && q.form === "words" && q.qualified) continue;
    // "50 IS fighters", "20 al-Shabaab militants": a group's name between the figure and its noun.
    if (facts.actors.some((a) => !a.generic && w.start >= a.start && w.end <= a.end)) continue;
    if (isCivilianWord(w.text)) civilian = true;
    const sense = nounSense(p.lang, w.text);
    if (sense?.kind === "blocker") return { reject: `blocked by "${w.text}"` };
    if (sense?.kind === "unit") {
      const next = words[i + 1];
      const civ = civilian || Boolean(sense.civilian) || (next !== undefined && isCivilianWord(next.text));
      return { unit: unitInClause(sense.unit, civ, clauseText, p.lang), nounEnd: w.end, inherited: false };
    }
    if (sense?.kind === "people") {
      const before = withoutPeriods(p, facts, Math.max(clause.start, q.start - 40), q.start);
      const after = p.folded.slice(w.end, clause.end).trim();
      if (DISPLACED[p.lang].test(after.split(/\s+/).slice(0, 5).join(" "))) return { reject: `people "${w.text}" displaced` };
      // "…, onder wie 600 burgers" / "among them 600 civilians": a subset of the people the sentence's verb killed.
      const stretch = SUBSET.test(clauseText) ? p.folded.slice(facts.sentence.start, facts.sentence.end) : clauseText;
      const unit = peopleUnit(p, before, after, sense.security ? "" : stretch, civilian || Boolean(sense.civilian));
      return unit ? { unit, nounEnd: w.end, inherited: false } : { reject: `people "${w.text}" without a killing verb` };
    }
    if (sense?.kind === "generic") {
      const before = i > 0 ? words[i - 1]?.text : undefined;
      const unit = prior[prior.length - 1]?.unit;
      if (unit && (before === undefined || DEMONSTRATIVE.test(before))) return { unit, nounEnd: w.end, inherited: true };
      return { reject: `generic "${w.text}" with nothing to refer to` };
    }
    if (i === 0 && FUNCTION_WORDS[p.lang].has(w.text)) break;
    if (DEMONSTRATIVE.test(w.text)) continue;
    const original = p.text[w.start] ?? "";
    if (p.lang === "de" && /\p{Lu}/u.test(original) && !unknown) {
      unknown = w;
      continue;
    }
    if (FUNCTION_WORDS[p.lang].has(w.text)) break;
    unknown ??= w;
    if (i >= 3) break;
  }
  if (unknown) {
    const isVerb = LOOKS_LIKE_VERB[p.lang].test(p.lang === "de" ? (p.text.slice(unknown.start, unknown.end)) : unknown.text);
    const capitalNoun = p.lang === "de" && /\p{Lu}/u.test(p.text[unknown.start] ?? "");
    if (!isVerb || capitalNoun) return { reject: `unknown noun "${unknown.text}"` };
  }
  if (COUNTER_OPERATION[p.lang].test(p.folded.slice(facts.sentence.start, facts.sentence.end))) return { reject: "a figure without its own noun in a sentence about counter-operations" };
  // A bare figure with its own participle ("74 mensen gedood en 120 gewond", "30 tot und 80 verletzt"): the
  // participle decides, not the unit of the figure before it.
  // "deux millions déplacées", "2 miljoen ontheemd": a bare figure of people who fled.
  if (DISPLACED_AFTER[p.lang].test(p.folded.slice(q.end, Math.min(clause.end, q.end + 30)))) return { reject: "displaced" };
  const own = OWN_VERB[p.lang].exec(p.folded.slice(q.end, Math.min(clause.end, q.end + 30)));
  if (own) return { unit: WOUND[p.lang].test(own[0]) ? "injuries" : "deaths", nounEnd: q.end, inherited: true };
  const killedBefore = KILL_BEFORE[p.lang].test(p.folded.slice(Math.max(clause.start, q.start - 30), q.start));
  if (killedBefore) return { unit: "deaths", nounEnd: q.end, inherited: true };
  if (WOUND_BEFORE[p.lang].test(p.folded.slice(Math.max(clause.start, q.start - 30), q.start))) return { unit: "injuries", nounEnd: q.end, inherited: true };
  const before = p.folded.slice(clause.start, q.start);
  if (THIS_FIGURE.test(before)) {
    const unit = prior[prior.length - 1]?.unit;
    if (unit) return { unit, nounEnd: q.end, inherited: true };
  }
  const sameSentence = unitBefore(facts, clause.start, q.start, prior);
  if (sameSentence) return { unit: sameSentence, nounEnd: q.end, inherited: true };
  if (ELLIPSIS[p.lang].test(p.folded.slice(Math.max(facts.sentence.start, q.start - 70), q.start))) {
    const lastDraft = prior[prior.length - 1];
    const recent = previous.slice(-2);
    const lastMention = recent.flatMap((f) => f.units).pop();
    const unit = lastDraft && recent.some((f) => lastDraft.anchor >= f.sentence.start) ? lastDraft.unit : lastMention?.unit;
    if (unit) return { unit, nounEnd: q.end, inherited: true };
  }
  return { reject: "no unit" };
}
