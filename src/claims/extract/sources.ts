/**
 * Attribution: the source a sentence credits, read from cues before it ("volgens de VN", "according to
 * CENTCOM", "laut SITE", "selon l'ONU"), reporting verbs after it ("CENTCOM said", "wie Daten der SITE
 * Intelligence Group zeigen", "Het Africa Center …, telde") and sentences that credit what came before
 * ("Dat heeft Centcom bekendgemaakt"). Well-known sources get their canonical name.
 */
import { AFTER_SOURCE, BEFORE_SOURCE, COUNTING, CREDITS_PREVIOUS, DATA_ONLY, findPlaces, knownSource, LEADING, outletIn, SCOPE_WORDS, SOURCE_STOP, TRAILING } from "../lexicon/index.ts";
import { qualifierBefore } from "../numbers/index.ts";
import { fold } from "../text/fold.ts";
import { clauseAt, type Passage, type SentenceFacts } from "./analysis.ts";

/** What a sentence says about sources. */
export interface SentenceSource {
  source?: string;
  /** The sentence credits the claims before it ("Dat heeft X bekendgemaakt"). */
  creditsPrevious: boolean;
}

const SOURCE_NOUN = /(?:autorit|authorit|behorde|behörde|regering|regierung|government|gouvernement|\bngo|\bong\b|minist|official|spokes|woordvoerder|sprecher|porte-parole|army|leger|armee|police|politie|polizei|researcher|onderzoeker|forscher|chercheur|expert|analyst|report|rapport|bericht|envoy|gezant|gesandte|envoye|agency|agentschap|behörde|agence|institut|center|centre|zentrum|observator)/iu;
const CONNECTOR = /^(?:of|for|van|voor|der|des|de|du|la|the|and|&|für|pour|et|en|und|on|al|d'|l')$/iu;

function clean(phrase: string): string | undefined {
  // A sentence's full stop is no part of a name ("aldus Amnesty International."), an initial's is ("U.S.").
  let s = phrase.trim().replace(/^[,;:"'«»“”‘’\s]+|[,;:"'«»“”‘’\s]+$/gu, "").replace(/(?<=\p{L}{2})[.!?]$/u, "");
  for (let i = 0; i < 3; i++) s = s.replace(LEADING, "").replace(TRAILING, "").trim();
  if (s.length < 2 || !/\p{L}/u.test(s) || DATA_ONLY.test(s)) return undefined;
  const known = knownSource(s);
  if (known) return known;
  if (!/\p{Lu}/u.test(s) && !SOURCE_NOUN.test(s)) return undefined;
  return s.split(/\s+/).length > 9 ? undefined : s;
}

/** The run of name-like words that ends a stretch ("wie Daten der SITE Intelligence Group" → "Daten der SITE Intelligence Group"). */
function trailingName(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && /^(?:also|ook|auch|aussi|further|then|now|nu|jetzt|maintenant|has|have|had|heeft|hat|a|ont)$/iu.test(words[words.length - 1] ?? "")) words.pop();
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1] ?? "";
    if (/^\p{Lu}/u.test(w) || /^[A-Z.]+$/.test(w) || SOURCE_NOUN.test(w) || (CONNECTOR.test(w) && i < words.length)) i--;
    else break;
  }
  while (i < words.length && CONNECTOR.test(words[i] ?? "")) i++;
  return words.slice(i).join(" ");
}

function forward(p: Passage, from: number, to: number): string | undefined {
  const slice = p.text.slice(from, to);
  // A well-known source named right after the cue is the source, whatever stands in its name ("the 2025 Global
  // Terrorism Index", "die Denkfabrik „Armed Conflict Location and Event Data Project“ (ACLED)").
  const known = knownSource(slice.slice(0, 90).split(/[.;:!?](?:\s|$)/u)[0] ?? "");
  if (known) return known;
  const folded = p.folded.slice(from, to);
  const padded = folded.replace(/^\s+/, (m) => " ".repeat(m.length));
  // "on" inside a name ("Strategic Intelligence on Counter Terrorism", "Council on Foreign Relations") is no stop.
  const inName = (m: RegExpExecArray) => m[0] === "on" && /^\s+\p{Lu}/u.test(slice.slice(m.index + 2));
  SOURCE_STOP.lastIndex = 0;
  let stop = SOURCE_STOP.exec(padded);
  while (stop && inName(stop)) stop = SOURCE_STOP.exec(padded);
  let end = slice.length;
  if (stop && stop.index > 0) end = stop.index;
  const punctuation = /[,;:()«»"“”]/u.exec(slice);
  if (punctuation && punctuation.index > 0) end = Math.min(end, punctuation.index);
  // Dutch puts the finite verb right after a fronted "Volgens X": "Volgens de onderzoekers pleegde IS …".
  if (p.lang === "nl") {
    const verb = /\s(?:is|zijn|was|waren|heeft|hebben|had|hadden|werd|werden|wordt|worden|zou|zouden|kan|kunnen|moet|moeten|vielen|viel|kwamen|kwam|\p{Ll}+(?:de|te|den|ten))(?![\p{L}])/u.exec(slice.slice(0, end));
    if (verb) end = verb.index;
  }
  // A figure ends the name, and so do its qualifier words ("het leger ruim 40", "die Armee knapp 40").
  const digit = /\d/.exec(slice.slice(0, end));
  if (digit && digit.index > 0) end = Math.min(end, (qualifierBefore(p.folded, from + digit.index, p.lang)?.start ?? from + digit.index) - from);
  if (p.lang === "de") {
    const verb = /\s(?!(?:der|des|die|dem|den|von|für|und|zur|zum)\s)\p{Ll}\p{L}*/u.exec(slice.slice(0, end));
    if (verb) end = verb.index;
  }
  return clean(slice.slice(0, end));
}

/** A fronted adverbial's preposition: what follows it is a place or a time, never who speaks. */
const FRONTED_PREPOSITION = /^(?:in|im|op|bij|sinds|seit|since|during|tijdens|wahrend|en|dans|au|aux|depuis|pendant|at|on|am)\s+/iu;

/** A fronted scope word or place before a counting verb is no source: "Wereldwijd telde …", "Mali telde …", "In Syrië telde …". */
function notASource(p: Passage, name: string): boolean {
  if (FRONTED_PREPOSITION.test(name)) return true;
  // "Le Mali a enregistré …", "Das Land zählte …": a place with its article is still a place.
  name = name.replace(LEADING, "");
  const folded = fold(name);
  if (name.split(/\s+/).length <= 2 && SCOPE_WORDS[p.lang].test(folded)) return true;
  const places = findPlaces(name, folded, 0, name.length);
  return places.length > 0 && places[0]?.start === 0 && places[places.length - 1]?.end === name.length;
}

/** The source a sentence names, if any. */
export function sentenceSource(p: Passage, facts: SentenceFacts): SentenceSource {
  const s = facts.sentence;
  const folded = p.folded.slice(s.start, s.end);
  const credits = CREDITS_PREVIOUS[p.lang].exec(folded);
  if (credits?.[1] !== undefined) {
    const at = s.start + (credits.index ?? 0) + credits[0].indexOf(credits[1]);
    const source = clean(p.text.slice(at, at + credits[1].length));
    if (source) return { source, creditsPrevious: true };
  }
  const after = AFTER_SOURCE[p.lang];
  after.lastIndex = 0;
  for (let m = after.exec(folded); m; m = after.exec(folded)) {
    const at = s.start + m.index;
    const { clause, index } = clauseAt(s, at);
    const atClauseStart = p.folded.slice(clause.start, at).trim() === "";
    if (atClauseStart) {
      const inverted = forward(p, at + m[0].length, clause.end);
      if (inverted) return { source: inverted, creditsPrevious: false };
    }
    // Dutch and German put the subject after the verb when a time or place comes first: "Vor fünf Jahren zählte
    // die Beobachtungsstelle …", "In Syrië telde het observatorium …".
    const lead = p.folded.slice(clause.start, at).trim();
    const fronted = FRONTED_PREPOSITION.test(lead) || facts.periods.some((pm) => pm.start >= clause.start && pm.end <= at);
    if (fronted && (p.lang === "nl" || p.lang === "de")) {
      const after = at + m[0].length;
      const article = /^\s*(?:de|het|die|der|das|den)\s+/u.exec(p.folded.slice(after, clause.end))?.[0].length ?? 0;
      const time = facts.periods.find((pm) => pm.start >= after && pm.start < clause.end)?.start ?? clause.end;
      const subject = forward(p, after + article, time);
      if (subject) return { source: subject, creditsPrevious: false };
      continue;
    }
    let name = trailingName(p.text.slice(clause.start, at));
    if (!name && index > 0 && atClauseStart && COUNTING[p.lang].test(m[0])) {
      const first = s.clauses[0];
      if (first) name = trailingName(p.text.slice(first.start, first.end));
    }
    const source = name && !notASource(p, name) ? clean(name) : undefined;
    if (source) return { source, creditsPrevious: false };
  }
  const before = BEFORE_SOURCE[p.lang];
  before.lastIndex = 0;
  for (let m = before.exec(folded); m; m = before.exec(folded)) {
    const at = s.start + m.index + m[0].length;
    const { clause } = clauseAt(s, Math.min(at, s.end - 1));
    const source = forward(p, at, Math.max(at, clause.end));
    if (source) return { source, creditsPrevious: false };
  }
  const outlet = outletIn(p.text.slice(s.start, s.end));
  return outlet ? { source: outlet, creditsPrevious: false } : { creditsPrevious: false };
}
