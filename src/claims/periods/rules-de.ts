/** German period expressions. */
import { rule, type PeriodRule } from "./rule.ts";
import { weekdayRules } from "./weekdays.ts";
import * as r from "./resolvers.ts";

const MID = "(?:mitte )";

export const DE_RULES: PeriodRule[] = [
  rule("de", "{Y:y}-(?<mo>[01]\\d)-{D:d}", "day", (s) => r.numericDay(s.ctx, s.num("d"), s.text("mo"), s.year("y"))),
  rule("de", "(?:am )?{D:d}[-/.](?<mo>[01]?\\d)[-/.]{Y:y}", "day", (s) => r.numericDay(s.ctx, s.num("d"), s.text("mo"), s.year("y"))),
  rule("de", "{M:m1}\\s*-\\s*{M:m2}(?: {Y:y2})?", "absolute", (s) => r.between(s.ctx, { month: s.month("m1") }, { month: s.month("m2"), year: s.year("y2") })),
  rule("de", "{Y:y1} bis {Y:y2}", "absolute", (s) => r.between(s.ctx, { year: s.year("y1") }, { year: s.year("y2") })),
  rule("de", "(?:in )?den (?:zwolf|12) monaten bis (?:ende )?{M:m}(?: {Y:y})?", "relative", (s) => r.twelveMonthsTo(s.ctx, s.month("m"), s.year("y"))),
  rule("de", "(?:in )?den letzten {N:n} monaten (?:des jahres )?{YR:y}", "absolute", (s) => r.lastMonths(r.yearOr(s, "y"), s.num("n"))),
  rule("de", "(?:im )?(?:letzten|vergangenen|vorigen) quartal(?! (?:des|19|20))", "relative", (s) => r.lastQuarter(s.ctx)),
  rule("de", "(?:in )?diesem monat|diesen monat|im laufenden monat", "to_date", (s) => r.thisMonth(s.ctx)),
  // "seit einem Jahr", "innerhalb eines Jahres": the twelve months to the publication (before the durations it ties with).
  rule("de", "seit einem jahr|(?:innerhalb|binnen) (?:eines|einem) jahr(?:es)?", "relative", (s) => r.pastN(s.ctx, 1, "year")),
  rule("de", "(?:von|zwischen) {M:m1}(?: {Y:y1})? (?:bis (?:ende )?|und ){M:m2}(?: {Y:y2})?", "absolute", (s) =>
    r.between(s.ctx, { month: s.month("m1"), year: s.year("y1") }, { month: s.month("m2"), year: s.year("y2") })),
  rule("de", `(?:von|zwischen) (?<a>${MID})?{Y:y1} (?:bis|und) (?<b>${MID})?{Y:y2}`, "absolute", (s) =>
    r.between(s.ctx, { year: s.year("y1"), mid: s.has("a") }, { year: s.year("y2"), mid: s.has("b") })),
  rule("de", "{Y:y1}[-/]{Y:y2}", "absolute", (s) => r.between(s.ctx, { year: s.year("y1") }, { year: s.year("y2") })),
  rule("de", "(?:im jahr |im |in |wahrend )?{Y:y1}[-/](?<yy>\\d\\d)(?![\\d])", "absolute", (s) => r.yearToShort(s.year("y1"), s.text("yy"))),
  rule("de", "(?:im |in |wahrend des )?(?<s>fruhling|fruhjahr|sommer|herbst)(?:s)?(?: des jahres)? {Y:y}", "absolute", (s) => r.season(s.year("y"), s.text("s"))),
  rule("de", "(?:in )?den (?:19|20)?(?<d>[0-9])0er(?:[- ]?jahren)?", "absolute", (s) => r.decadeOf(s.text("d"))),
  rule("de", "(?:in )?den (?<w>siebziger|achtziger|neunziger)(?:[- ]?jahren)?", "absolute", (s) => r.decadeOfWord(s.text("w"))),
  rule("de", "(?:in )?(?:den )?ersten {N:n} (?:monaten|monate)(?: (?:des jahres |dieses jahres )?{YR:y})?", "absolute", (s) =>
    r.firstMonths(r.yearOr(s, "y"), s.num("n"))),
  rule("de", "(?:im )?{O:o} (?:halbjahr|jahreshalfte)(?: {YR:y})?", "absolute", (s) => r.half(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("de", "(?:in der )?{O:o} (?:halfte|jahreshalfte)(?: des jahres {Y:y}| {YR:y})?", "absolute", (s) => r.half(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("de", "(?:im )?{O:o} quartal(?: {YR:y})?", "absolute", (s) => r.quarter(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("de", "q(?<q>[1-4])(?: {Y:y})?", "absolute", (s) => r.quarter(r.yearOr(s, "y"), Number(s.text("q")))),
  rule("de", `${MID}{Y:y}`, "absolute", (s) => r.midYear(s.year("y"))),
  rule("de", "(?:in |wahrend )?(?:den |der )?(?:vergangenen|letzten|zuruckliegenden) {N:n} {U:u}", "relative", (s) =>
    r.pastN(s.ctx, s.num("n"), s.unit("u"))),
  rule("de", "(?:in |wahrend )?(?:den |der )?(?:vergangenen|letzten) (?<u>wochen|monaten|jahren|tagen)", "relative", (s) => r.recent(s.ctx, s.unit("u"))),
  rule("de", "seit (?:anfang |beginn )?(?:{YR:y}|{M:m}(?: {Y:my})?)", "to_date", (s) =>
    r.since(s.ctx, s.has("m") ? r.month(s.ctx, s.month("m"), s.year("my")) : r.year(s.year("y")))),
  rule("de", "seit (?:jahresbeginn|jahresanfang)", "to_date", (s) => r.thisYear(s.ctx)),
  rule("de", "(?:im )?(?:jahr )?{Y:y} (?:bisher|bislang)", "to_date", (s) => r.since(s.ctx, r.year(s.year("y")))),
  rule("de", "(?:bisher|bislang) (?:im jahr )?{Y:y}", "to_date", (s) => r.since(s.ctx, r.year(s.year("y")))),
  rule("de", "(?:in diesem|im laufenden|dieses) jahr(?: bisher| bislang)?", "to_date", (s) => r.thisYear(s.ctx)),
  rule("de", "(?:im )?(?:vergangenen|letzten|abgelaufenen|vorigen) jahr", "relative", (s) => r.lastYear(s.ctx)),
  rule("de", "(?:im )?vorjahreszeitraum|(?:im )?(?:gleichen|selben|vergleichbaren) zeitraum (?:des vorjahres|vor einem jahr|im vorjahr|{Y:y})", "relative", (s) =>
    s.has("y") && s.ctx.last ? r.shiftToYear(s.ctx.last, s.year("y")) : r.yearEarlier(s.ctx)),
  rule("de", "(?:im |des |dem )?(?:gesamten |ganzen )?vorjahr\\p{L}*|(?:im )?jahr (?:davor|zuvor)", "relative", (s) => r.previousYear(s.ctx)),
  rule("de", "(?:ein|einem) jahr (?:zuvor|fruher|davor)|vor einem jahr", "relative", (s) => r.yearEarlier(s.ctx)),
  rule("de", "(?:im )?(?:folgenden|darauffolgenden|nachsten) jahr|im jahr darauf|(?:ein|einem) jahr darauf", "relative", (s) => r.nextYear(s.ctx)),
  rule("de", "(?:ein|einem) jahr (?:spater|danach)", "relative", (s) => r.yearLater(s.ctx)),
  rule("de", "(?:im )?(?:vergangenen|letzten|vorigen) monat", "relative", (s) => r.lastMonth(s.ctx)),
  rule("de", "(?:fur )?(?:das )?(?:gesamtjahr|ganze jahr|gesamte jahr)", "whole_year", (s) => r.year(s.ctx.published?.year)),
  rule("de", "(?:am )?{D:d}\\. ?{M:m}(?: {Y:y})?", "day", (s) => r.day(s.ctx, s.num("d"), s.month("m"), s.year("y"))),
  rule("de", "(?:im |in |wahrend des )?(?:monat )?{M:m}(?: {Y:y})?", "absolute", (s) => r.month(s.ctx, s.month("m"), s.year("y"))),
  rule("de", "(?:im (?:gesamten |ganzen )?jahr |in |wahrend |seit dem jahr )?{Y:y}", "absolute", (s) => r.year(s.year("y"))),
  rule("de", "(?:einen|ein|einem) monat (?:zuvor|fruher|davor)|(?:im )?vormonat", "relative", (s) => r.monthEarlier(s.ctx)),
  rule("de", "vor {N:n} jahren", "relative", (s) => r.yearsAgo(s.ctx, s.num("n"))),
  rule("de", "(?:vor |seit )?{N:n} {U:u}(?: lang)?", "duration", (s) => r.duration(s.num("n"))),
  rule("de", "(?:mehrere|einige|viele|wenige) (?:tage|wochen|monate|jahre)", "duration", () => undefined),
  // Days and weeks named from the publication day ("dienstag", "gestern").
  rule("de", "(?:in der )?(?:vergangenen|letzten|vorigen) woche|vergangene woche|letzte woche|vorige woche", "relative", (s) => r.lastWeek(s.ctx)),
  rule("de", "gestern", "day", (s) => r.yesterday(s.ctx)),
  ...weekdayRules("de", "(?:am |vergangenen |letzten |am vergangenen |am letzten )?", ["sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"]),
  // "das ganze Jahr 2018" names that year, "im vergangenen Jahrzehnt" ten years.
  rule("de", "(?:im |fur das |das )?(?:gesamten|ganzen|ganze|gesamte) jahr {Y:y}", "absolute", (s) => r.year(s.year("y"))),
  rule("de", "(?:im |in dem )?(?:vergangenen|letzten) jahrzehnt", "relative", (s) => r.pastN(s.ctx, 10, "year")),
  // "vergangenes Jahr" is the last year; "seit einem Jahr", "innerhalb eines Jahres" the twelve months to the publication.
  rule("de", "(?:vergangenes|letztes|voriges) jahr", "relative", (s) => r.lastYear(s.ctx)),
];
