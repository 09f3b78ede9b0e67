/** French period expressions. */
import { rule, type PeriodRule } from "./rule.ts";
import { weekdayRules } from "./weekdays.ts";
import * as r from "./resolvers.ts";

const MID = "(?:la mi-|mi-|la mi |mi )";

export const FR_RULES: PeriodRule[] = [
  rule("fr", "{Y:y}-(?<mo>[01]\\d)-{D:d}", "day", (s) => r.numericDay(s.ctx, s.num("d"), s.text("mo"), s.year("y"))),
  rule("fr", "(?:le )?{D:d}[-/.](?<mo>[01]?\\d)[-/.]{Y:y}", "day", (s) => r.numericDay(s.ctx, s.num("d"), s.text("mo"), s.year("y"))),
  rule("fr", "{M:m1}\\s*-\\s*{M:m2}(?: {Y:y2})?", "absolute", (s) => r.between(s.ctx, { month: s.month("m1") }, { month: s.month("m2"), year: s.year("y2") })),
  rule("fr", "{Y:y1} (?:a|au) {Y:y2}", "absolute", (s) => r.between(s.ctx, { year: s.year("y1") }, { year: s.year("y2") })),
  rule("fr", "(?:sur |durant |pendant )?les (?:douze|12) (?:derniers )?mois (?:jusqu'a fin|jusqu'a|jusqu'en) {M:m}(?: {Y:y})?", "relative", (s) => r.twelveMonthsTo(s.ctx, s.month("m"), s.year("y"))),
  rule("fr", "(?:au cours des |durant les |sur les |les )?{N:n} derniers mois (?:de |de l'annee )?{YR:y}", "absolute", (s) => r.lastMonths(r.yearOr(s, "y"), s.num("n"))),
  rule("fr", "(?:au |le |lors du )?(?:dernier trimestre|trimestre dernier|trimestre precedent)(?! (?:de|d'))", "relative", (s) => r.lastQuarter(s.ctx)),
  rule("fr", "(?:depuis le debut du mois|ce mois-ci|ce mois)", "to_date", (s) => r.thisMonth(s.ctx)),
  rule("fr", "(?:de|d'|du mois de|entre) {M:m1}(?: {Y:y1})? (?:a|au|jusqu'a|jusqu'en|et) (?:fin )?{M:m2}(?: {Y:y2})?", "absolute", (s) =>
    r.between(s.ctx, { month: s.month("m1"), year: s.year("y1") }, { month: s.month("m2"), year: s.year("y2") })),
  rule("fr", `(?:de|entre) (?<a>${MID})?{Y:y1} (?:a|et) (?<b>${MID})?{Y:y2}`, "absolute", (s) =>
    r.between(s.ctx, { year: s.year("y1"), mid: s.has("a") }, { year: s.year("y2"), mid: s.has("b") })),
  rule("fr", "{Y:y1}[-/]{Y:y2}", "absolute", (s) => r.between(s.ctx, { year: s.year("y1") }, { year: s.year("y2") })),
  rule("fr", "(?:en |pendant )?{Y:y1}[-/](?<yy>\\d\\d)(?![\\d])", "absolute", (s) => r.yearToShort(s.year("y1"), s.text("yy"))),
  rule("fr", "(?:au |a l'|en |pendant l'|durant l')?(?<s>printemps|ete|automne)(?: de| de l'annee)? {Y:y}", "absolute", (s) => r.season(s.year("y"), s.text("s"))),
  rule("fr", "(?:dans |durant )?les annees (?<d>(?:19|20)\\d)0", "absolute", (s) => r.decadeOf(s.text("d"))),
  rule("fr", "(?:dans |durant )?les annees (?<w>soixante-dix|quatre-vingt-dix|quatre-vingt)", "absolute", (s) => r.decadeOfWord(s.text("w"))),
  rule("fr", "(?:les |des |au cours des )?{N:n} premiers mois(?: (?:de|d') ?(?:l'annee )?{YR:y})?", "absolute", (s) =>
    r.firstMonths(r.yearOr(s, "y"), s.num("n"))),
  rule("fr", "(?:au |le |du )?{O:o} semestre(?: (?:de )?{YR:y})?", "absolute", (s) => r.half(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("fr", "(?:au cours de |durant |pendant |dans )?(?:la )?{O:o} moitie(?: (?:de |d')(?:l'annee )?{YR:y})?", "absolute", (s) => r.half(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("fr", "(?:au |le |du )?{O:o} trimestre(?: (?:de )?{YR:y})?", "absolute", (s) => r.quarter(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("fr", `${MID}{Y:y}`, "absolute", (s) => r.midYear(s.year("y"))),
  rule("fr", "(?:au cours des |durant les |pendant les |ces |les |des )?{N:n} (?:derniers|dernieres) {U:u}", "relative", (s) =>
    r.pastN(s.ctx, s.num("n"), s.unit("u"))),
  rule("fr", "(?:au cours des |durant les |pendant les |ces |les )(?:derniers|dernieres) (?<u>semaines|mois|annees)", "relative", (s) =>
    r.recent(s.ctx, s.unit("u"))),
  rule("fr", "en {N:n} (?<u>ans?|mois)", "relative", (s) => r.pastN(s.ctx, s.num("n"), s.unit("u"))),
  rule("fr", "en l'espace (?:de |d')(?:{N:n} )?{U:u}", "relative", (s) => r.pastN(s.ctx, s.has("n") ? s.num("n") : 1, s.unit("u"))),
  rule("fr", "depuis (?:le debut de |debut )?(?:(?:l'annee |l'an )?{Y:y}|{YR:z}|{M:m}(?: {Y:my})?)", "to_date", (s) =>
    r.since(s.ctx, s.has("m") ? r.month(s.ctx, s.month("m"), s.year("my")) : r.year(s.has("y") ? s.year("y") : s.year("z")))),
  rule("fr", "(?:jusqu'a present|jusqu'ici|a ce jour)(?: en {Y:y})?", "to_date", (s) => (s.has("y") ? r.since(s.ctx, r.year(s.year("y"))) : r.thisYear(s.ctx))),
  rule("fr", "cette annee", "to_date", (s) => r.thisYear(s.ctx)),
  rule("fr", "(?:sur |a |pendant |durant )?la meme periode (?:de )?(?:l'an dernier|l'annee derniere|l'annee precedente|l'an passe|{Y:y})", "relative", (s) =>
    s.has("y") && s.ctx.last ? r.shiftToYear(s.ctx.last, s.year("y")) : r.yearEarlier(s.ctx)),
  rule("fr", "l'annee derniere|l'an dernier|l'an passe|l'annee passee", "relative", (s) => r.lastYear(s.ctx)),
  rule("fr", "l'annee precedente|l'annee d'avant", "relative", (s) => r.previousYear(s.ctx)),
  rule("fr", "un an (?:plus tot|auparavant|avant)", "relative", (s) => r.yearEarlier(s.ctx)),
  rule("fr", "l'annee (?:suivante|d'apres|qui a suivi)|l'an(?:nee)? d'apres", "relative", (s) => r.nextYear(s.ctx)),
  rule("fr", "un an (?:plus tard|apres)", "relative", (s) => r.yearLater(s.ctx)),
  rule("fr", "(?:cette annee-la|la meme annee)", "absolute", (s) => r.year(s.ctx.lastYear)),
  rule("fr", "le mois dernier|le mois passe", "relative", (s) => r.lastMonth(s.ctx)),
  rule("fr", "(?:sur |pour )?(?:l'ensemble de |toute )?l'annee (?:entiere|complete)|(?:sur |pour )l'ensemble de l'annee", "whole_year", (s) =>
    r.year(s.ctx.published?.year)),
  rule("fr", "(?:le )?{D:d}(?:er)? {M:m}(?: {Y:y})?", "day", (s) => r.day(s.ctx, s.num("d"), s.month("m"), s.year("y"))),
  rule("fr", "(?:en |au mois de |le mois de |un mois de |mois de |durant le mois de )?{M:m}(?: {Y:y})?", "absolute", (s) =>
    r.month(s.ctx, s.month("m"), s.year("y"))),
  rule("fr", "(?:sur toute l'annee |toute l'annee |l'annee |en |durant |pendant |courant )?{Y:y}", "absolute", (s) => r.year(s.year("y"))),
  rule("fr", "un mois (?:plus tot|auparavant|avant)|le mois precedent", "relative", (s) => r.monthEarlier(s.ctx)),
  rule("fr", "il y a {N:n} ans", "relative", (s) => r.yearsAgo(s.ctx, s.num("n"))),
  rule("fr", "(?:il y a )?{N:n} {U:u}", "duration", (s) => r.duration(s.num("n"))),
  rule("fr", "(?:plusieurs|quelques|de nombreuses|de nombreux) (?:jours|semaines|mois|annees|ans)", "duration", () => undefined),
  // Days and weeks named from the publication day ("mardi", "hier").
  rule("fr", "la semaine (?:derniere|passee)", "relative", (s) => r.lastWeek(s.ctx)),
  rule("fr", "hier", "day", (s) => r.yesterday(s.ctx)),
  ...weekdayRules("fr", "(?:ce |le |dans la nuit de )?", ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]),
  // "sur l'ensemble de l'année 2018" names that year, "la dernière décennie" ten years.
  rule("fr", "(?:sur |pour )?(?:l'ensemble de |toute )l'annee {Y:y}", "absolute", (s) => r.year(s.year("y"))),
  rule("fr", "(?:au cours de |durant |pendant |sur )?la (?:derniere|precedente) decennie", "relative", (s) => r.pastN(s.ctx, 10, "year")),
  // "l'année écoulée" is the last year; "depuis un an", "sur un an" the twelve months to the publication.
  rule("fr", "(?:au cours de |durant |pendant |sur )?l'annee ecoulee|l'an ecoule", "relative", (s) => r.lastYear(s.ctx)),
  rule("fr", "(?:depuis|sur|en l'espace d') un an", "relative", (s) => r.pastN(s.ctx, 1, "year")),
];
