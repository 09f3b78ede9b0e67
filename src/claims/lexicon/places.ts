/**
 * Countries and regions named in a text. Country names in the four languages come from
 * i18n-iso-countries (all official and short forms), folded, plus the short forms news use that the package
 * lacks ("Syria", "Syrien", "Turkey"). A name must start with a capital in the text, short all-capital names
 * ("US") must match exactly, and a country named as the owner of an army or command ("U.S. Central
 * Command", "militaire des États-Unis") is not a place of the events. Regions carry their label, and Lake
 * Chad its four riparian countries.
 */
import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import nl from "i18n-iso-countries/langs/nl.json" with { type: "json" };
import { fold } from "../text/fold.ts";
import { countryOfAdjective, isPlaceNoun, subnationalAt } from "./subnational.ts";

/** A place named in the text: a country (ISO 3166 alpha-3) or a region, possibly with its countries. */
export interface Place {
  start: number;
  end: number;
  countries: string[];
  region?: string;
}

const EXTRA: Record<string, string> = {
  syria: "SYR", syrien: "SYR", turkey: "TUR", turkei: "TUR", congo: "COD", drc: "COD", "ivory coast": "CIV", "cote d'ivoire": "CIV",
  russia: "RUS", iran: "IRN", "the gambia": "GMB", kongo: "COD", "burkina": "BFA", "centrafrique": "CAF", "rdc": "COD",
  // Short and inflected forms the package lacks: "aux États-Unis", "in den Vereinigten Staaten".
  "etats-unis": "USA", "vereinigten staaten": "USA", "verenigde staten": "USA", "united states": "USA", usa: "USA",
};

const REGIONS: Array<[RegExp, string, string[]]> = [
  [/(?:bassin du |region du |la region du )?lac tchad|lake chad(?: basin| region)?|tsjaadmeer(?:gebied)?|tschadsee(?:-?region|becken)?/u, "Lake Chad region", ["NGA", "NER", "TCD", "CMR"]],
  [/(?:la )?zone des trois frontieres|trois frontieres|liptako(?:-gourma)?|(?:tri|three)-border (?:area|region)|drielandenpunt|dreilandereck/u, "Liptako-Gourma", ["MLI", "BFA", "NER"]],
  [/sahel(?:zone|-zone|region|-region)?/u, "Sahel", []],
  [/west africa|west-afrika|westafrika|afrique de l'ouest|l'afrique de l'ouest/u, "West Africa", []],
  [/east africa|oost-afrika|ostafrika|afrique de l'est/u, "East Africa", []],
  [/north africa|noord-afrika|nordafrika|afrique du nord/u, "North Africa", []],
  [/sub-saharan africa|sub-sahara-afrika|subsahara-afrika|afrika sudlich der sahara|afrique subsaharienne/u, "Sub-Saharan Africa", []],
  // The continent, where no part of it is named: "in Afrika", "en Afrique", not "Afrique de l'Ouest".
  [/(?<!(?:west|east|north|oost|noord|ost|nord|saharan|sahara)[- ]?)(?:africa|afrika|afrique)(?! de l'(?:ouest|est)| du nord| subsaharienne| sudlich| cent(?:er|re)| command| corps)/u, "Africa", []],
  [/middle east|midden-oosten|nahen osten|nahost|moyen-orient/u, "Middle East", []],
  [/western europe|west-europa|westeuropa|europe de l'ouest|europe occidentale/u, "Western Europe", []],
  [/(?<!(?:west|oost|ost)[- ]?)(?:europe|europa)(?! de l'(?:ouest|est)| occidentale| orientale)/u, "Europe", []],
  [/worldwide|globally|world ?wide|around the world|across the world|wereldwijd|in de wereld|weltweit|in der welt|dans le monde|a travers le monde|au niveau mondial|dans le monde entier|a l'echelle mondiale|a l'echelle du monde|wereldwijde|weltweite[nrm]?/u, "World", []],
];

const REGION_PATTERNS: Array<[RegExp, string, string[]]> = REGIONS.map(([re, region, isos]) => [new RegExp(`(?<![\\p{L}])(?:${re.source})(?![\\p{L}])`, "gu"), region, isos]);

let gazetteer: Map<string, Array<{ words: string[]; iso3: string; exactCase: string | undefined }>> | undefined;

function build(): NonNullable<typeof gazetteer> {
  for (const locale of [en, nl, de, fr]) countries.registerLocale(locale);
  const map = new Map<string, Array<{ words: string[]; iso3: string; exactCase: string | undefined }>>();
  const add = (name: string, iso3: string): void => {
    const short = name.length <= 3 && name === name.toUpperCase();
    const words = fold(name).split(/[\s,]+/).filter(Boolean).map((x) => x.replace(/\.$/, ""));
    const first = words[0];
    if (!first) return;
    const list = map.get(first) ?? [];
    if (!list.some((e) => e.words.join(" ") === words.join(" "))) list.push({ words, iso3, exactCase: short ? name : undefined });
    map.set(first, list);
  };
  for (const lang of ["en", "nl", "de", "fr"]) {
    const names = countries.getNames(lang, { select: "all" });
    for (const [alpha2, list] of Object.entries(names)) {
      const iso3 = countries.alpha2ToAlpha3(alpha2);
      if (!iso3) continue;
      for (const name of list) {
        add(name, iso3);
        if (name.includes(",")) add(name.split(",")[0] ?? name, iso3);
      }
    }
  }
  for (const [name, iso3] of Object.entries(EXTRA)) add(name, iso3);
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

const OWNER_BEFORE = /(?:militaire|armee|forces|commandement|gouvernement|ministere|ambassade|president|troepen|leger|regering|ministerie|military|army|troops|government|ministry|embassy|regierung|truppen|streitkrafte|ministerium)\s+(?:des|de la|du|de|van|van de|of|of the|der|des)?\s*$/u;
const OWNER_AFTER = /^['’]?s?\s*(?:-?\s*)(?:central command|command|military|army|troops|forces|defen[cs]e|officials?|government|ministry|department|embassy|president|administration|special envoy|envoy|leger|troepen|regering|ministerie|militairen|armee|truppen|regierung|ministerium|soldaten|streitkrafte|gouvernement|ministere|armee|troupes|soldats)(?![\p{L}])/u;

const WORD = /\p{L}+(?:[.-]\p{L}+)*\.?/gu;

function countriesIn(text: string, folded: string, from: number, to: number): Place[] {
  gazetteer ??= build();
  const words: Array<{ text: string; start: number; end: number }> = [];
  const slice = folded.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    words.push({ text: m[0].endsWith(".") ? m[0].slice(0, -1) : m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  const out: Place[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const first = text[w.start] ?? "";
    if (first === (w.text[0] ?? "") || !/\p{Lu}/u.test(first)) continue;
    const candidates = gazetteer.get(w.text) ?? (w.text.endsWith("s") ? gazetteer.get(w.text.slice(0, -1)) : undefined) ?? [];
    for (const c of candidates) {
      const span = words.slice(i, i + c.words.length);
      if (span.length !== c.words.length) continue;
      const ok = span.every((s, k) => s.text === c.words[k] || (k === span.length - 1 && s.text === `${c.words[k]}s`));
      const last = span[span.length - 1];
      if (!ok || !last) continue;
      if (c.exactCase !== undefined && text.slice(w.start, last.end).replace(/\.$/, "") !== c.exactCase.replace(/\.$/, "")) continue;
      const end = last.end;
      if (OWNER_BEFORE.test(folded.slice(Math.max(0, w.start - 40), w.start)) || OWNER_AFTER.test(folded.slice(end, end + 30))) break;
      out.push({ start: w.start, end, countries: [c.iso3] });
      i += c.words.length - 1;
      break;
    }
  }
  return out;
}

function regionsIn(folded: string, from: number, to: number): Place[] {
  const slice = folded.slice(from, to);
  const out: Place[] = [];
  for (const [g, region, isos] of REGION_PATTERNS) {
    g.lastIndex = 0;
    for (let m = g.exec(slice); m; m = g.exec(slice)) out.push({ start: from + m.index, end: from + m.index + m[0].length, countries: isos, region });
  }
  return out;
}

const PLACE_WORD = /\p{L}+(?:['-]\p{L}+)*/gu;

/** Cities and provinces (capitalised in the text) and a country's adjective qualifying a place noun. */
function subnationalIn(text: string, folded: string, from: number, to: number): Place[] {
  const slice = folded.slice(from, to);
  const spans: Array<{ start: number; end: number }> = [];
  const words: string[] = [];
  PLACE_WORD.lastIndex = 0;
  for (let m = PLACE_WORD.exec(slice); m; m = PLACE_WORD.exec(slice)) {
    spans.push({ start: from + m.index, end: from + m.index + m[0].length });
    words.push(m[0]);
  }
  const out: Place[] = [];
  for (let i = 0; i < words.length; i++) {
    const span = spans[i] as { start: number; end: number };
    const named = /\p{Lu}/u.test(text[span.start] ?? "") ? subnationalAt(words, i) : undefined;
    if (named) {
      out.push({ start: span.start, end: (spans[i + named.length - 1] as { end: number }).end, countries: [named.iso] });
      i += named.length - 1;
      continue;
    }
    const iso = countryOfAdjective(words[i] as string);
    if (!iso) continue;
    // "Syrische provincie", "Iraqi city" (adjective first); "nord-est syrien", "sol camerounais" (noun first).
    const next = spans[i + 1];
    const prev = spans[i - 1];
    if (next && isPlaceNoun(words[i + 1] as string) && /^\s+$/.test(folded.slice(span.end, next.start))) out.push({ start: span.start, end: next.end, countries: [iso] });
    else if (prev && isPlaceNoun(words[i - 1] as string) && /^\s+$/.test(folded.slice(prev.end, span.start))) out.push({ start: prev.start, end: span.end, countries: [iso] });
  }
  return out;
}

/**
 * Places named between `from` and `to`, in text order; a region wins over a country inside it
 * ("lac Tchad" is the Lake Chad region, not Chad).
 */
export function findPlaces(text: string, folded: string, from: number, to: number): Place[] {
  const regions = regionsIn(folded, from, to);
  const found = countriesIn(text, folded, from, to).filter((c) => !regions.some((r) => c.start < r.end && c.end > r.start));
  const named = [...regions, ...found];
  const below = subnationalIn(text, folded, from, to).filter((s) => !named.some((n) => s.start < n.end && s.end > n.start));
  return [...named, ...below].sort((a, b) => a.start - b.start);
}

/** The ISO alpha-3 code of an English (or Dutch, German, French) country name, for reading gold data. */
export function countryCode(name: string): string | undefined {
  gazetteer ??= build();
  const words = fold(name).split(/[\s,]+/).filter(Boolean);
  const list = gazetteer.get(words[0] ?? "") ?? [];
  return list.find((c) => c.words.join(" ") === words.join(" "))?.iso3;
}
