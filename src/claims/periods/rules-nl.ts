/** Dutch period expressions. */
import { rule, type PeriodRule } from "./rule.ts";
import { weekdayRules } from "./weekdays.ts";
import * as r from "./resolvers.ts";

const MID = "(?:halfweg |medio |midden )";

export const NL_RULES: PeriodRule[] = [
  rule("nl", "{Y:y}-(?<mo>[01]\\d)-{D:d}", "day", (s) => r.numericDay(s.ctx, s.num("d"), s.text("mo"), s.year("y"))),
  rule("nl", "(?:op )?{D:d}[-/.](?<mo>[01]?\\d)[-/.]{Y:y}", "day", (s) => r.numericDay(s.ctx, s.num("d"), s.text("mo"), s.year("y"))),
  rule("nl", "{M:m1}\\s*-\\s*{M:m2}(?: {Y:y2})?", "absolute", (s) => r.between(s.ctx, { month: s.month("m1") }, { month: s.month("m2"), year: s.year("y2") })),
  rule("nl", "{Y:y1} (?:tot en met|tot|t/m) {Y:y2}", "absolute", (s) => r.between(s.ctx, { year: s.year("y1") }, { year: s.year("y2") })),
  rule("nl", "(?:in |over )?de (?:twaalf|12) maanden (?:tot en met|tot eind|tot|t/m) {M:m}(?: {Y:y})?", "relative", (s) => r.twelveMonthsTo(s.ctx, s.month("m"), s.year("y"))),
  rule("nl", "(?:in )?(?:de )?laatste {N:n} maanden van {YR:y}", "absolute", (s) => r.lastMonths(r.yearOr(s, "y"), s.num("n"))),
  rule("nl", "(?:in )?(?:het )?(?:laatste|afgelopen|vorige) kwartaal(?! van)", "relative", (s) => r.lastQuarter(s.ctx)),
  rule("nl", "(?:in )?deze maand|(?:in )?de maand (?:tot nu toe|tot dusver)", "to_date", (s) => r.thisMonth(s.ctx)),
  rule("nl", "(?:van|tussen) {M:m1}(?: {Y:y1})? (?:tot en met|tot|t/m|en) {M:m2}(?: {Y:y2})?", "absolute", (s) =>
    r.between(s.ctx, { month: s.month("m1"), year: s.year("y1") }, { month: s.month("m2"), year: s.year("y2") })),
  rule("nl", `(?:in de periode )?(?:van|tussen) (?<a>${MID})?{Y:y1} (?:tot en met|tot|en) (?<b>${MID})?{Y:y2}`, "absolute", (s) =>
    r.between(s.ctx, { year: s.year("y1"), mid: s.has("a") }, { year: s.year("y2"), mid: s.has("b") })),
  rule("nl", "{Y:y1}[-/]{Y:y2}", "absolute", (s) => r.between(s.ctx, { year: s.year("y1") }, { year: s.year("y2") })),
  rule("nl", "(?:in |tijdens )?{Y:y1}[-/](?<yy>\\d\\d)(?![\\d])", "absolute", (s) => r.yearToShort(s.year("y1"), s.text("yy"))),
  rule("nl", "(?:in |tijdens )?(?:de |het )?(?<s>lente|voorjaar|zomer|herfst|najaar)(?: van)? {Y:y}", "absolute", (s) => r.season(s.year("y"), s.text("s"))),
  rule("nl", "(?:in )?de jaren (?:'|19|20)?(?<d>[0-9])0", "absolute", (s) => r.decadeOf(s.text("d"))),
  rule("nl", "(?:in )?de jaren (?<w>zeventig|tachtig|negentig)", "absolute", (s) => r.decadeOfWord(s.text("w"))),
  rule("nl", "(?:in )?(?:de )?eerste {N:n} maanden(?: van {YR:y})?", "absolute", (s) => r.firstMonths(r.yearOr(s, "y"), s.num("n"))),
  rule("nl", "(?:in )?(?:de |het )?{O:o} (?:helft|jaarhelft|halfjaar|half jaar)(?: van {YR:y})?", "absolute", (s) => r.half(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("nl", "(?:in )?(?:het )?{O:o} kwartaal(?: van {YR:y})?", "absolute", (s) => r.quarter(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("nl", "q(?<q>[1-4])(?: {Y:y})?", "absolute", (s) => r.quarter(r.yearOr(s, "y"), Number(s.text("q")))),
  rule("nl", `${MID}{Y:y}`, "absolute", (s) => r.midYear(s.year("y"))),
  rule("nl", "(?:in |over |gedurende )?(?:de )?(?:afgelopen|laatste|voorbije|voorgaande|jongste|voorbij) {N:n} {U:u}", "relative", (s) =>
    r.pastN(s.ctx, s.num("n"), s.unit("u"))),
  rule("nl", "(?:in |over )?(?:de )?(?:afgelopen|laatste|voorbije|recente) (?<u>weken|maanden|jaren)", "relative", (s) => r.recent(s.ctx, s.unit("u"))),
  rule("nl", "(?:in |over )?(?:de|het) (?:afgelopen|voorbije) (?<u>week|maand)", "relative", (s) => r.pastN(s.ctx, 1, s.unit("u"))),
  rule("nl", "(?:sinds|sedert|vanaf) (?:het )?(?:begin (?:van )?)?(?:{YR:y}|{M:m}(?: {Y:my})?)", "to_date", (s) =>
    r.since(s.ctx, s.has("m") ? r.month(s.ctx, s.month("m"), s.year("my")) : r.year(s.year("y")))),
  rule("nl", "(?:sinds|sedert|vanaf) (?:het )?begin (?:van )?(?:dit|het) jaar", "to_date", (s) => r.thisYear(s.ctx)),
  rule("nl", "(?:tot nu toe|tot dusver|tot op heden)(?: in {Y:y})?", "to_date", (s) => (s.has("y") ? r.since(s.ctx, r.year(s.year("y"))) : r.thisYear(s.ctx))),
  rule("nl", "(?:in )?{Y:y} (?:tot nu toe|tot dusver|al)", "to_date", (s) => r.since(s.ctx, r.year(s.year("y")))),
  rule("nl", "(?:heel |het hele |het volledige )?dit jaar(?: al| tot nu toe| tot dusver)?", "to_date", (s) => r.thisYear(s.ctx)),
  rule("nl", "(?:in |over )?(?:dezelfde|diezelfde|de overeenkomstige) periode(?: (?:van |in )?(?:vorig jaar|het jaar daarvoor|een jaar eerder|het vorige jaar|{Y:y}))?", "relative", (s) =>
    s.has("y") && s.ctx.last ? r.shiftToYear(s.ctx.last, s.year("y")) : r.yearEarlier(s.ctx)),
  rule("nl", "(?:het )?(?:vorig|vorige|afgelopen|voorbije) jaar", "relative", (s) => r.lastYear(s.ctx)),
  rule("nl", "(?:in )?het (?:voorgaande|vorige) jaar|het jaar (?:daarvoor|ervoor|daarvoor al)", "relative", (s) => r.previousYear(s.ctx)),
  rule("nl", "(?:een|1) jaar (?:eerder|daarvoor|geleden)", "relative", (s) => r.yearEarlier(s.ctx)),
  rule("nl", "(?:in )?het (?:jaar daarop|jaar daarna|volgende jaar|daaropvolgende jaar)", "relative", (s) => r.nextYear(s.ctx)),
  rule("nl", "(?:een|1) jaar (?:later|daarna|nadien)", "relative", (s) => r.yearLater(s.ctx)),
  rule("nl", "(?:in )?(?:dat|datzelfde) jaar", "absolute", (s) => r.year(s.ctx.lastYear)),
  rule("nl", "(?:de )?vorige maand|(?:de )?afgelopen maand", "relative", (s) => r.lastMonth(s.ctx)),
  rule("nl", "(?:over )?het (?:hele|volledige|gehele) jaar", "whole_year", (s) => r.year(s.ctx.published?.year)),
  rule("nl", "(?:op )?{D:d} {M:m}(?: {Y:y})?", "day", (s) => r.day(s.ctx, s.num("d"), s.month("m"), s.year("y"))),
  rule("nl", "(?:in |tijdens |gedurende )?(?:de maand )?{M:m}(?: {Y:y})?", "absolute", (s) => r.month(s.ctx, s.month("m"), s.year("y"))),
  rule("nl", "(?:in |tijdens |gedurende |heel |in heel |het jaar )?{Y:y}", "absolute", (s) => r.year(s.year("y"))),
  rule("nl", "(?:een|1) maand (?:eerder|daarvoor|ervoor)", "relative", (s) => r.monthEarlier(s.ctx)),
  rule("nl", "{N:n} jaar geleden", "relative", (s) => r.yearsAgo(s.ctx, s.num("n"))),
  rule("nl", "{N:n} {U:u}(?: geleden| lang)?", "duration", (s) => r.duration(s.num("n"))),
  rule("nl", "(?:enkele|een paar|verschillende|vele) (?:dagen|weken|maanden|jaren|jaar)", "duration", () => undefined),
  // Days and weeks named from the publication day ("dinsdag", "gisteren").
  rule("nl", "(?:de )?(?:vorige|afgelopen) week", "relative", (s) => r.lastWeek(s.ctx)),
  rule("nl", "gisteren|gisterochtend|gisteravond", "day", (s) => r.yesterday(s.ctx)),
  ...weekdayRules("nl", "(?:op |afgelopen |vorige )?", ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]),
  // "het hele jaar 2018" names that year, "het afgelopen decennium" ten years.
  rule("nl", "(?:in |over )?het (?:hele|volledige|gehele) jaar {Y:y}", "absolute", (s) => r.year(s.year("y"))),
  rule("nl", "(?:in |over |gedurende )?(?:het |de )?(?:afgelopen|voorbije|laatste) decennium", "relative", (s) => r.pastN(s.ctx, 10, "year")),
  // "in een jaar tijd", "binnen een jaar", "sinds een jaar": the twelve months to the publication.
  rule("nl", "(?:in )?een jaar tijd|binnen een jaar|sinds een jaar", "relative", (s) => r.pastN(s.ctx, 1, "year")),
];
