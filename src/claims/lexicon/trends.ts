/**
 * Words of change and comparison: rising and falling ("toegenomen", "fell", "gesunken", "en baisse"),
 * multiplication ("verdubbeld", "tripled", "versiebenfacht", "multiplié par sept", "sevenfold"), ranks
 * ("voor het eerst sinds", "highest since"), projections ("on track to", "hochgerechnet", "en passe de")
 * and comparatives ("meer … dan", "more … than"). Patterns run on folded text.
 */
import type { Lang } from "../lang.ts";
import { parseNumberWords } from "../numbers/index.ts";

/** A word or phrase of change. */
export interface TrendWord {
  start: number;
  end: number;
  kind: "increase" | "decrease" | "ratio" | "rank" | "projection" | "more" | "less" | "than";
  /** For a ratio: the factor (2 for "doubled", 0.5 for "halved"). */
  value?: number;
}

type Kind = TrendWord["kind"];
type Pattern = { re: RegExp; kind: Kind; value?: number | ((m: RegExpExecArray, lang: Lang) => number | undefined) };

const B = (s: string): string => `(?<![\\p{L}\\p{N}])(?:${s})(?![\\p{L}])`;
const p = (kind: Kind, s: string, value?: Pattern["value"]): Pattern => ({ re: new RegExp(B(s), "gu"), kind, value });

const FACTOR = (m: RegExpExecArray, lang: Lang): number | undefined => {
  const w = m.groups?.["n"];
  if (w === undefined) return undefined;
  if (/^\d+(?:[.,]\d+)?$/.test(w)) return Number(w.replace(",", "."));
  if (/^(?:twee|zwei|two|deux|doppelt|twice)$/.test(w)) return 2;
  if (/^(?:anderhalf|anderhalve|anderthalb|eineinhalb|one and a half|une fois et demie)$/.test(w)) return 1.5;
  return parseNumberWords(lang, [w]);
};

/** "divisé par trois", "gedeeld door drie", "divided by three": the inverse of the factor. */
const DIVISOR = (m: RegExpExecArray, lang: Lang): number | undefined => {
  const f = FACTOR(m, lang);
  return f === undefined || f <= 1 ? undefined : Math.round((1 / f) * 1000) / 1000;
};

const PATTERNS: Record<Lang, Pattern[]> = {
  nl: [
    p("ratio", "verdubbel\\p{L}*", 2), p("ratio", "verdrievoudig\\p{L}*", 3), p("ratio", "verviervoudig\\p{L}*", 4),
    p("ratio", "vervijfvoudig\\p{L}*", 5), p("ratio", "verzesvoudig\\p{L}*", 6), p("ratio", "verzevenvoudig\\p{L}*", 7),
    p("ratio", "vertienvoudig\\p{L}*", 10), p("ratio", "gehalveerd|halvering|halveerde", 0.5), p("ratio", "gedeeld door (?<n>\\d+|\\p{L}+)", DIVISOR),
    p("ratio", "(?<n>\\d+(?:,\\d+)?|\\p{L}+) keer (?:zo ?veel|zoveel|meer|hoger|groter)", FACTOR),
    p("increase", "vaker|toegenomen|toenemen|toename|neemt .{0,60}?toe|nam .{0,60}?toe|namen .{0,60}?toe|stijgt|steeg|stegen|gestegen|stijging|groeit|groeide|gegroeid|verhoogd|hoger|opgelopen|liep .{0,40}?op|escaleer\\p{L}*|opgeschroefd|opschroefde|opschroefden|verhoogde|verhoogden"),
    p("decrease", "gedaald|daalt|daalde|daalden|daling|afgenomen|neemt .{0,60}?af|nam .{0,60}?af|afname|gezakt|lager|teruggelopen|terugloop|teruggevallen|verminderd|vermindering"),
    p("rank", "voor het eerst sinds|hoogste (?:aantal |niveau )?sinds|laagste (?:aantal |niveau )?sinds|recordaantal|nooit eerder"),
    p("projection", "op koers om|op weg (?:naar|om)|op schema om|naar verwachting|zou(?:den)? .{0,30}?kunnen|geëxtrapoleerd|doorgetrokken"),
    p("more", "meer"), p("less", "minder"), p("than", "dan"),
  ],
  en: [
    p("ratio", "doubl(?:e|ed|es|ing)", 2), p("ratio", "tripl(?:e|ed|es|ing)", 3), p("ratio", "quadrupl(?:e|ed|es|ing)", 4),
    p("ratio", "halv(?:ed|ing)|cut in half", 0.5), p("ratio", "divided by (?<n>\\d+|\\p{L}+)", DIVISOR), p("ratio", "one and a half times (?:as many|as much|more|higher)", 1.5), p("ratio", "twice as (?:many|much|high)", 2),
    p("ratio", "(?<n>\\d+|\\p{L}+)-?fold", FACTOR),
    p("ratio", "(?<n>\\d+(?:\\.\\d+)?|\\p{L}+) times (?:as many|as much|more|higher|the)", FACTOR),
    p("increase", "increas(?:e|ed|es|ing)|ris(?:e|es|ing|en)|rose|gr(?:ew|ow|ows|owing|own)|surg(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s)?|spik(?:e|ed|es)|soar(?:ed|s|ing)?|higher|up from|uptick|escalat\\p{L}*"),
    p("decrease", "decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|drop(?:ped|s|ping)?|fell|fall(?:s|ing|en)?|plummet(?:ed|s|ing)?|plung(?:e|ed|es|ing)|lower|down from|dipped|shr(?:ank|unk)|reduc(?:ed|tion)"),
    p("rank", "for the first time since|(?:highest|lowest|most|fewest) (?:level |number |total )?since|record (?:high|low|number)|never before"),
    p("projection", "on (?:track|pace|course) to|set to|projected|expected to|extrapolat\\p{L}+|would"),
    p("more", "more"), p("less", "fewer|less"), p("than", "than"),
  ],
  de: [
    p("ratio", "verdoppel\\p{L}*|verdopp\\p{L}*", 2), p("ratio", "verdreifach\\p{L}*", 3), p("ratio", "vervierfach\\p{L}*", 4),
    p("ratio", "verfunffach\\p{L}*", 5), p("ratio", "versechsfach\\p{L}*", 6), p("ratio", "versiebenfach\\p{L}*", 7),
    p("ratio", "verzehnfach\\p{L}*", 10), p("ratio", "halbiert|halbierung", 0.5), p("ratio", "gedrittelt", 1 / 3), p("ratio", "geviertelt", 0.25), p("ratio", "doppelt so (?:viele|hoch)", 2),
    p("ratio", "(?<n>\\d+(?:,\\d+)?|\\p{L}+?)(?:fach|mal so (?:viele|hoch)| mal so (?:viele|hoch))", FACTOR),
    p("increase", "haufiger|gestiegen|stieg|steigt|stiegen|anstieg|zugenommen|nimmt .{0,60}?zu|nahm .{0,60}?zu|zunahme|wachst|wuchs|gewachsen|hoher|erhoht|plus"),
    p("decrease", "seltener|gesunken|sank|sinkt|sanken|ruckgang|zuruckgegangen|ging .{0,60}?zuruck|abgenommen|nahm .{0,60}?ab|gefallen|fiel|fielen|abnahme|niedriger|verringert|minus"),
    p("rank", "zum ersten mal seit|erstmals seit|(?:hochste|niedrigste|hochsten|niedrigsten)(?: \\p{L}+)? seit|rekord\\p{L}*"),
    p("projection", "hochgerechnet|hochrechnung|auf (?:dem )?(?:weg|kurs)|durfte"),
    p("more", "mehr"), p("less", "weniger"), p("than", "als"),
  ],
  fr: [
    p("ratio", "doubl(?:e|es|ee|ees|er|ement|ait)", 2), p("ratio", "tripl(?:e|es|ee|ees|er|ement)", 3),
    p("ratio", "quadrupl(?:e|es|ee|ees|er|ement)", 4), p("ratio", "divise(?:s|e|es)? par (?<n>\\d+|\\p{L}+)", DIVISOR),
    p("ratio", "multipli(?:e|es|ee|ees|er|ait) par (?<n>\\d+|\\p{L}+)", FACTOR),
    p("ratio", "(?<n>\\d+(?:,\\d+)?|\\p{L}+) fois plus", FACTOR), p("ratio", "une fois et demie (?:plus|autant)", 1.5),
    p("increase", "augment(?:e|es|ee|ees|er|ent|ait|ation)|hausse|progress(?:e|ion)|a cru|croissance|plus eleve|recrudescence|envol\\p{L}*|bond"),
    p("decrease", "diminu(?:e|es|ee|ees|er|ent|ait|tion)|baisse|recul(?:e|ent)?|chut(?:e|es|er|ent)|declin|reduit|reduction|moins eleve"),
    p("rank", "pour la premiere fois depuis|(?:le plus haut|le plus bas|le plus eleve|record) depuis|record"),
    p("projection", "en passe de|en voie de|en bonne voie pour|sur le point de|devrait|devraient|pourrait|extrapol\\p{L}*"),
    p("more", "plus"), p("less", "moins"), p("than", "que|qu'"),
  ],
};

/**
 * False friends: phrases holding a word of change that say nothing about a change ("zum Opfer gefallen" =
 * fell victim, "niedriger Intensität" = low intensity, "tombés aux mains de" = fell into the hands of).
 */
const NOT_CHANGE: Record<Lang, RegExp> = {
  nl: new RegExp(B("ten prooi (?:gevallen|vielen|viel)|in handen (?:gevallen|vielen|viel)|(?:lage|lagere) intensiteit"), "gu"),
  en: new RegExp(B("f(?:e|a)ll(?:s|en)? victim|f(?:e|a)ll(?:s|en)? (?:into|to) the hands|low(?:er)?[- ]intensity|low(?:er)?[- ]level"), "gu"),
  de: new RegExp(B("zum opfer (?:gefallen|fielen|fiel|fallen)|in die hande (?:gefallen|fielen|fiel)|(?:niedrig|gering)\\p{L}* intensitat"), "gu"),
  fr: new RegExp(B("(?:basse|faible) intensite|tomb(?:e|es|ee|ees) (?:aux|entre les) mains"), "gu"),
};

/** Every word of change between `from` and `to` of the folded text, in text order. */
export function findTrendWords(folded: string, from: number, to: number, lang: Lang): TrendWord[] {
  const slice = folded.slice(from, to);
  const out: TrendWord[] = [];
  for (const pat of PATTERNS[lang]) {
    pat.re.lastIndex = 0;
    for (let m = pat.re.exec(slice); m; m = pat.re.exec(slice)) {
      const value = typeof pat.value === "function" ? pat.value(m, lang) : pat.value;
      if (pat.kind === "ratio" && (value === undefined || value <= 0 || value > 1000)) continue;
      out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: pat.kind, value });
    }
  }
  const notChange: Array<[number, number]> = [];
  const nc = NOT_CHANGE[lang];
  nc.lastIndex = 0;
  for (let m = nc.exec(slice); m; m = nc.exec(slice)) notChange.push([from + m.index, from + m.index + m[0].length]);
  const kept = out.filter((t) => !notChange.some(([s, e]) => t.start < e && t.end > s)).filter((t) => !out.some((o) => o !== t && o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start && o.kind !== "projection"));
  return kept.sort((a, b) => a.start - b.start);
}
