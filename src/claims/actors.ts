/**
 * The claim extractor's view of actors: the registry's armed groups found in text, plus what claims
 * need on top: generic jihadist mentions ("jihadistische aanvallen"), mentions that are targets rather than
 * perpetrators ("operations against the PKK"), and the affiliate a plain "IS" means where the text places it
 * (IS in Afghanistan and Pakistan is Islamic State Khorasan Province).
 *
 * Matching follows the registry's rules (short all-capital aliases such as "IS" and "EI" only in that exact
 * case; others case- and accent-insensitively; hyphens and apostrophes as word breaks) but looks aliases up
 * by their first word in one pass over the text, instead of one regular expression per alias, which keeps
 * the extractor above a thousand passages a second.
 */
import { bundledRegistry } from "../actors/index.ts";
import { LINKED_AROUND, LINKED_BEFORE } from "./lexicon/scope.ts";
import { fold } from "./text/fold.ts";

/** An actor named in the text. */
export interface ActorHit {
  actorId: string;
  name: string;
  mention: string;
  start: number;
  end: number;
  /** Named as the target ("against IS", "gegen den IS") or as what another group is linked to ("banden met IS"), not as the one acting. */
  target: boolean;
  /** A generic description ("jihadist"), weaker than a named group. */
  generic: boolean;
  /** Named as who speaks ("the SDF said", "according to the SDF"), which acts only when no other group is named. */
  speaker?: boolean;
}

interface Alias {
  tokens: string[];
  exact?: string;
  actorId: string;
  name: string;
}

const GENERIC = /(?<![\p{L}])(?:jihadist\p{L}*|djihadist\p{L}*|dschihadist\p{L}*|jihadistische|jihadistes|islamist(?:en|es|s|ische[nr]?|ischen)?|islamisten)(?![\p{L}])/gu;
const TARGET_BEFORE = /(?<![\p{L}])(?:against|on|targeting|tegen|op|gegen|auf|contre|visant)\s+(?:the\s+|de\s+|het\s+|den\s+|die\s+|der\s+|le\s+|la\s+|l['’]\s*)?(?:\p{L}+\s+){0,2}$/iu;
/** A group that reports rather than acts: "The SDF said IS carried out …", "volgens de SDF pleegde IS …". */
const SPEAKS_AFTER = /^['’]?s?\s*(?:(?:spokes(?:man|woman|person)|woordvoerder|sprecher|porte-parole)\s+)?(?:said|says|reported|announced|stated|zei|zegt|meldde|meldt|stelt|stelde|sagte|sagt|erklarte|teilte mit|berichtete|a declare|affirme|a affirme|a annonce|annonce|indique|a indique)(?![\p{L}])/u;
const SPEAKS_BEFORE = /(?<![\p{L}])(?:according to|volgens|laut|selon|d'apres)\s+(?:the\s+|de\s+|het\s+|den\s+|die\s+|der\s+|dem\s+|le\s+|la\s+|les\s+|l'\s*)?$/u;
const LIST_GAP = /^\s*(?:,|and|en|und|et|or|of|oder|ou)\s*(?:(?:to|aan|a|au|zu|zum|zur|mit|with|met)\s+)?(?:the\s+|de\s+|het\s+|der\s+|den\s+|dem\s+|die\s+|l'\s*|le\s+|la\s+)?$/u;
/** "IS's affiliates", "IS and its affiliates", "IS en zijn afdelingen", "der IS und seine Ableger", "l'EI et ses filiales". */
const AFFILIATES_AFTER = /^(?:['’]s)?\s*-?\s*(?:(?:and its|and their|en zijn|en haar|und seine|und ihre|et ses|et leurs)\s+)?(?:affiliates|affiliated groups|branches|provinces|afdelingen|filialen|dochterorganisaties|ablegern|ableger|zweige|filiales|affilies|branches)(?![\p{L}])/u;
/** "la branche sahélienne de l'EI", "the group's West African branch", "de West-Afrikaanse tak van IS". */
const BRANCH_WORD = "(?:branche|filiale|franchise|branch|affiliate|tak|afdeling|ableger|zweig|province|provincie|provinz)";
const BRANCH_REGION = "(sahelienne|sahelien|sahelian|sahelische[nr]?|sahel|ouest-africaine|ouest-africain|west african|west-african|west-afrikaanse|westafrikanische[nr]?|khorasan|afghane|afghaanse|afghan|afghanische[nr]?)";
/** A German compound after a regional adjective ("der afghanische IS-Ableger"), or an English possessive ("the Islamic State's Afghan affiliate"). */
const ADJECTIVE_BEFORE_COMPOUND = new RegExp(`${BRANCH_REGION}\\s+$`, "u");
const POSSESSIVE_BRANCH_AFTER = new RegExp(`^['’]s\\s+${BRANCH_REGION}\\s+(?:affiliate|branch|province|offshoot|franchise|wing|chapter)`, "u");
const REGIONAL_BRANCH_BEFORE = new RegExp(`(?:${BRANCH_WORD}\\s+${BRANCH_REGION}|${BRANCH_REGION}\\s+${BRANCH_WORD})\\s+(?:de l'|du|de|van|van de|of the|of|des|der|des)\\s*$`, "u");
const REGIONAL_BRANCH: Record<string, string> = {
  sahelienne: "is-sahel", sahelien: "is-sahel", sahel: "is-sahel", "ouest-africaine": "is-west-africa", "ouest-africain": "is-west-africa",
  "west african": "is-west-africa", "west-african": "is-west-africa", "west-afrikaanse": "is-west-africa", westafrikanische: "is-west-africa",
  westafrikanischen: "is-west-africa", westafrikanischer: "is-west-africa", khorasan: "is-khorasan", afghane: "is-khorasan",
  afghaanse: "is-khorasan", afghan: "is-khorasan", afghanische: "is-khorasan", afghanischen: "is-khorasan", afghanischer: "is-khorasan",
  sahelian: "is-sahel", sahelische: "is-sahel", sahelischen: "is-sahel", sahelischer: "is-sahel",
};
const AFFILIATES_BEFORE = /(?:filiales|branches|affilies|afdelingen|affiliates|ableger|zweige)\s+(?:de l'|du|de|van|van de|of the|of|des|der|des)\s*$/u;
/**
 * An affiliate named by its region after the parent's name, in any of the four languages: "the Islamic
 * State's West Africa Province", "IS-Westafrika", "Islamitische Staat in de Grote Sahara", "l'État islamique
 * au Sahel", "Islamischer Staat Provinz Khorasan", "EI au Khorassan".
 */
const PROVINCE_WORD = "(?:province|provinz|provincie|provinces?|wilaya|wilayat)";
const PROVINCE_LINK = "(?:in|in de|in het|im|in der|in den|of|of the|the|au|en|dans le|dans la|du|de|de la|de l'|van|van de|der|des)";
const PROVINCE_REGION = "(west[ -]?africa|west-?afrika|afrique de l'ouest|l'afrique de l'ouest|west ?afrika|sahel|greater sahara|grote sahara|grossen sahara|großen sahara|grand sahara|khorasan|khorassan|chorasan|central africa|centraal-afrika|zentralafrika|afrique centrale|somalia|somalie|somalie|mozambique|mosambik|sinai|sinaï|libya|libie|libyen|libye)";
const PROVINCE_AFTER = new RegExp(`^(?:['’]s)?\\s*-?\\s*(?:${PROVINCE_WORD}\\s+)?(?:${PROVINCE_LINK}\\s+)?(?:${PROVINCE_WORD}\\s+)?(?:${PROVINCE_LINK}\\s+)?${PROVINCE_REGION}(?:\\s+${PROVINCE_WORD}|-?${PROVINCE_WORD})?(?![\\p{L}])`, "u");
const PROVINCES: Record<string, string> = {
  "west africa": "is-west-africa", "west-africa": "is-west-africa", "west afrika": "is-west-africa", "west-afrika": "is-west-africa", westafrika: "is-west-africa",
  "afrique de l'ouest": "is-west-africa", "l'afrique de l'ouest": "is-west-africa", westafrica: "is-west-africa",
  sahel: "is-sahel", "greater sahara": "is-sahel", "grote sahara": "is-sahel", "grossen sahara": "is-sahel", "großen sahara": "is-sahel", "grand sahara": "is-sahel",
  khorasan: "is-khorasan", khorassan: "is-khorasan", chorasan: "is-khorasan",
  "central africa": "is-central-africa", "centraal-afrika": "is-central-africa", zentralafrika: "is-central-africa", "afrique centrale": "is-central-africa",
  somalia: "is-somalia", somalie: "is-somalia", mozambique: "is-mozambique", mosambik: "is-mozambique", sinai: "is-sinai", "sinaï": "is-sinai",
  libya: "is-libya", libie: "is-libya", libyen: "is-libya", libye: "is-libya",
};
const KHORASAN_COUNTRIES = new Set(["AFG", "PAK"]);
const TOKEN = /[\p{L}\p{N}]+/gu;

let index: Map<string, Alias[]> | undefined;

function buildIndex(): Map<string, Alias[]> {
  const registry = bundledRegistry();
  const map = new Map<string, Alias[]>();
  for (const [alias, hit] of registry.aliases()) {
    if (hit.actor.kind !== "armed_group") continue;
    const tokens = fold(alias).match(TOKEN) ?? [];
    const first = tokens[0];
    if (!first) continue;
    const exact = alias.length <= 4 && alias === alias.toUpperCase() ? alias : undefined;
    const list = map.get(first) ?? [];
    list.push({ tokens, exact, actorId: hit.actor.id, name: hit.actor.name });
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
}

/**
 * A short all-capital alias matches in that case, or title-cased when it has four letters ("Jnim", "Aqmi"
 * as some outlets write acronyms they pronounce); two- and three-letter ones ("IS", "EI") only exactly.
 */
function exactOrTitle(written: string, alias: string): boolean {
  if (written === alias) return true;
  return /^\p{L}{4}$/u.test(alias) && written === alias[0] + alias.slice(1).toLowerCase();
}

function registryMentions(text: string, folded: string): Array<Omit<ActorHit, "target" | "generic">> {
  index ??= buildIndex();
  const tokens: Array<{ t: string; start: number; end: number }> = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) tokens.push({ t: m[0], start: m.index, end: m.index + m[0].length });
  const out: Array<Omit<ActorHit, "target" | "generic">> = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.get((tokens[i] as { t: string }).t);
    if (!candidates) continue;
    for (const a of candidates) {
      const span = tokens.slice(i, i + a.tokens.length);
      if (span.length !== a.tokens.length || !span.every((s, k) => s.t === a.tokens[k])) continue;
      const gapsOk = span.every((s, k) => k === 0 || /^[\s\-‐‑–'’]{0,2}$/u.test(folded.slice((span[k - 1] as { end: number }).end, s.start)));
      const start = (span[0] as { start: number }).start;
      const end = (span[span.length - 1] as { end: number }).end;
      if (!gapsOk || (a.exact !== undefined && !exactOrTitle(text.slice(start, end), a.exact))) continue;
      out.push({ actorId: a.actorId, name: a.name, mention: text.slice(start, end), start, end });
      i += a.tokens.length - 1;
      break;
    }
  }
  return out;
}

function linked(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 60), start);
  return LINKED_BEFORE.test(before) || (LINKED_AROUND.before.test(before) && LINKED_AROUND.after.test(folded.slice(end, end + 20)));
}

/** Armed groups, and generic jihadist mentions, in the text. `folded` must be `fold(text)`. */
export function findActors(text: string, folded: string = fold(text)): ActorHit[] {
  const hits: ActorHit[] = registryMentions(text, folded).map((m) => ({
    ...m, target: TARGET_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || linked(folded, m.start, m.end), generic: false,
    speaker: SPEAKS_AFTER.test(folded.slice(m.end, m.end + 40)) || SPEAKS_BEFORE.test(folded.slice(Math.max(0, m.start - 30), m.start)),
  }));
  GENERIC.lastIndex = 0;
  for (let m = GENERIC.exec(folded); m; m = GENERIC.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    hits.push({ actorId: "jihadists", name: "jihadist groups", mention: text.slice(start, end), start, end, target: false, generic: true });
  }
  // "IS affiliates", "de IS-afdelingen", "IS-Ableger" in the plural: the affiliates together, no one group.
  for (const h of hits) {
    if (h.actorId !== "is") continue;
    const after = folded.slice(h.end, h.end + 40);
    const beforeMention = folded.slice(Math.max(0, h.start - 50), h.start);
    const branch = REGIONAL_BRANCH_BEFORE.exec(beforeMention) ?? POSSESSIVE_BRANCH_AFTER.exec(after) ?? (after.startsWith("-") ? ADJECTIVE_BEFORE_COMPOUND.exec(beforeMention) : null);
    const region = branch?.[1] ?? branch?.[2];
    const branchActor = region ? bundledRegistry().actors.get(REGIONAL_BRANCH[region] ?? "") : undefined;
    if (branchActor) {
      Object.assign(h, { actorId: branchActor.id, name: branchActor.name });
      continue;
    }
    if (AFFILIATES_AFTER.test(after) || AFFILIATES_BEFORE.test(folded.slice(Math.max(0, h.start - 30), h.start))) {
      Object.assign(h, { actorId: "jihadists", name: "Islamic State affiliates", generic: true });
      continue;
    }
    // "the Islamic State's West Africa Province": the possessive names the affiliate.
    const province = PROVINCE_AFTER.exec(after);
    const id = province?.[1] ? PROVINCES[province[1].replace(/\s+/g, " ")] : undefined;
    const actor = id ? bundledRegistry().actors.get(id) : undefined;
    if (actor && province) Object.assign(h, { actorId: actor.id, name: actor.name, end: h.end + province[0].length, mention: text.slice(h.start, h.end + province[0].length) });
  }
  hits.sort((a, b) => a.start - b.start);
  // A group listed right after a linked one shares its role: "banden met Islamitische Staat en al-Qaida";
  // and right before one whose link follows it: "mit al-Kaida oder dem IS verbunden".
  for (let i = 1; i < hits.length; i++) {
    const prev = hits[i - 1] as ActorHit;
    const hit = hits[i] as ActorHit;
    if (prev.target && !hit.target && LIST_GAP.test(folded.slice(prev.end, hit.start))) hit.target = true;
  }
  for (let i = hits.length - 2; i >= 0; i--) {
    const hit = hits[i] as ActorHit;
    const next = hits[i + 1] as ActorHit;
    if (next.target && !hit.target && !next.generic && LINKED_AROUND.after.test(folded.slice(next.end, next.end + 20)) && LIST_GAP.test(folded.slice(hit.end, next.start))) hit.target = true;
  }
  return hits;
}

/** The affiliate a plain mention means in the given countries (IS in Afghanistan → IS Khorasan). */
export function affiliate(actorId: string, countries: readonly string[]): { actorId: string; name: string } | undefined {
  if (actorId !== "is" || countries.length === 0 || !countries.every((c) => KHORASAN_COUNTRIES.has(c))) return undefined;
  const actor = bundledRegistry().actors.get("is-khorasan");
  return actor ? { actorId: actor.id, name: actor.name } : undefined;
}

/** The registry id of an actor name (for reading gold data), if the registry knows it. */
export function actorIdOf(name: string): string | undefined {
  return bundledRegistry().lookup(name)?.actor.id;
}
