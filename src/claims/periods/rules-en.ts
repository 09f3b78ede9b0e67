/** English period expressions. */
import { rule, type PeriodRule } from "./rule.ts";
import { weekdayRules } from "./weekdays.ts";
import * as r from "./resolvers.ts";

const MID = "(?:mid-|mid |the middle of )";

export const EN_RULES: PeriodRule[] = [
  rule("en", "{Y:y}-(?<mo>[01]\\d)-{D:d}", "day", (s) => r.numericDay(s.ctx, s.num("d"), s.text("mo"), s.year("y"))),
  rule("en", "{M:m1}\\s*-\\s*{M:m2}(?: {Y:y2})?", "absolute", (s) => r.between(s.ctx, { month: s.month("m1") }, { month: s.month("m2"), year: s.year("y2") })),
  rule("en", "{Y:y1} (?:to|through|until) {Y:y2}", "absolute", (s) => r.between(s.ctx, { year: s.year("y1") }, { year: s.year("y2") })),
  rule("en", "(?:in |over |during )?the (?:year|twelve months|12 months) (?:to|ending|ended|through) (?:the end of )?{M:m}(?: {Y:y})?", "relative", (s) => r.twelveMonthsTo(s.ctx, s.month("m"), s.year("y"))),
  rule("en", "(?:in |during |over )?the (?:last|final) {N:n} months of {YR:y}", "absolute", (s) => r.lastMonths(r.yearOr(s, "y"), s.num("n"))),
  rule("en", "(?:in |during |over )?(?:the )?(?:last|past|previous) quarter(?! of)", "relative", (s) => r.lastQuarter(s.ctx)),
  rule("en", "(?:so far )?this month(?: so far)?", "to_date", (s) => r.thisMonth(s.ctx)),
  rule("en", "(?:from|between) {M:m1}(?: {Y:y1})? (?:to|through|until|till|and) {M:m2}(?: {Y:y2})?", "absolute", (s) =>
    r.between(s.ctx, { month: s.month("m1"), year: s.year("y1") }, { month: s.month("m2"), year: s.year("y2") })),
  rule("en", `(?:from|between) (?<a>${MID})?{Y:y1} (?:to|through|until|and) (?<b>${MID})?{Y:y2}`, "absolute", (s) =>
    r.between(s.ctx, { year: s.year("y1"), mid: s.has("a") }, { year: s.year("y2"), mid: s.has("b") })),
  rule("en", "{Y:y1}[-/]{Y:y2}", "absolute", (s) => r.between(s.ctx, { year: s.year("y1") }, { year: s.year("y2") })),
  rule("en", "(?:in |during )?{Y:y1}[-/](?<yy>\\d\\d)(?![\\d])", "absolute", (s) => r.yearToShort(s.year("y1"), s.text("yy"))),
  rule("en", "(?:in |during |over )?(?:the )?(?<s>spring|summer|autumn|fall)(?: of)? {Y:y}", "absolute", (s) => r.season(s.year("y"), s.text("s"))),
  rule("en", "(?:in |during )?the (?<d>(?:19|20)\\d)0s", "absolute", (s) => r.decadeOf(s.text("d"))),
  rule("en", "(?:in |during |over )?(?:the )?first {N:n} months(?: of {YR:y})?", "absolute", (s) => r.firstMonths(r.yearOr(s, "y"), s.num("n"))),
  rule("en", "(?:in |during |over )?(?:the )?{O:o} half(?: of {YR:y})?", "absolute", (s) => r.half(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("en", "h(?<h>[12]) {Y:y}", "absolute", (s) => r.half(s.year("y"), Number(s.text("h")))),
  rule("en", "(?:in |during |over )?(?:the )?{O:o} quarter(?: of {YR:y})?", "absolute", (s) => r.quarter(r.yearOr(s, "y"), s.ordinal("o"))),
  rule("en", "(?:in |during )?q(?<q>[1-4])(?: {Y:y})?", "absolute", (s) => r.quarter(r.yearOr(s, "y"), Number(s.text("q")))),
  rule("en", `${MID}{Y:y}`, "absolute", (s) => r.midYear(s.year("y"))),
  rule("en", "(?:in |over |during )?the (?:past|last|previous|preceding) {N:n} {U:u}", "relative", (s) => r.pastN(s.ctx, s.num("n"), s.unit("u"))),
  rule("en", "(?:in |over |during )?the past (?<u>day|week|month|year|decade)", "relative", (s) =>
    s.text("u") === "decade" ? r.pastN(s.ctx, 10, "year") : r.pastN(s.ctx, 1, s.unit("u"))),
  rule("en", "(?:in |over |during )?(?:recent|the past few|the last few|the past several) {U:u}", "relative", (s) => r.recent(s.ctx, s.unit("u"))),
  rule("en", "since (?:the (?:start|beginning) of )?(?:{YR:y}|{M:m}(?: {Y:my})?)", "to_date", (s) =>
    r.since(s.ctx, s.has("m") ? r.month(s.ctx, s.month("m"), s.year("my")) : r.year(s.year("y")))),
  rule("en", "(?:so far|to date)(?: (?:this year|in {Y:y}))?", "to_date", (s) => (s.has("y") ? r.since(s.ctx, r.year(s.year("y"))) : r.thisYear(s.ctx))),
  rule("en", "(?:this year|{Y:y}) (?:so far|to date)", "to_date", (s) => (s.has("y") ? r.since(s.ctx, r.year(s.year("y"))) : r.thisYear(s.ctx))),
  rule("en", "(?:the )?year[- ]to[- ]date", "to_date", (s) => r.thisYear(s.ctx)),
  rule("en", "this year", "to_date", (s) => r.thisYear(s.ctx)),
  rule("en", "(?:in |during |over )?the same (?:period|months?|time) (?:of |in )?(?:last year|the previous year|a year (?:earlier|before|ago)|the year before|{Y:y})", "relative", (s) =>
    s.has("y") && s.ctx.last ? r.shiftToYear(s.ctx.last, s.year("y")) : r.yearEarlier(s.ctx)),
  rule("en", "last year", "relative", (s) => r.lastYear(s.ctx)),
  rule("en", "(?:the )?(?:previous|prior|preceding) year|the year before", "relative", (s) => r.previousYear(s.ctx)),
  rule("en", "(?:a|one) year (?:earlier|before|previously|ago)", "relative", (s) => r.yearEarlier(s.ctx)),
  rule("en", "(?:in )?the (?:following|next|subsequent) year|the year (?:after|that followed)", "relative", (s) => r.nextYear(s.ctx)),
  rule("en", "(?:a|one) year (?:later|on|afterwards)", "relative", (s) => r.yearLater(s.ctx)),
  rule("en", "(?:in )?(?:that|the same) year", "absolute", (s) => r.year(s.ctx.lastYear)),
  rule("en", "last month", "relative", (s) => r.lastMonth(s.ctx)),
  rule("en", "(?:for )?the (?:full|whole|entire) year", "whole_year", (s) => r.year(s.ctx.published?.year)),
  rule("en", "(?:on )?{D:d} {M:m}(?: {Y:y})?", "day", (s) => r.day(s.ctx, s.num("d"), s.month("m"), s.year("y"))),
  rule("en", "(?:on )?{M:m} {D:d}(?:,? {Y:y})?", "day", (s) => r.day(s.ctx, s.num("d"), s.month("m"), s.year("y"))),
  // "may" and "march" are verbs too: alone they are months only after "in", "during", "since", "of", "from", "to".
  rule("en", "(?<pre>in |during |the month of |of |from |to |until |through |between |and )?{M:m}(?: {Y:y})?", "absolute", (s) =>
    /^(may|march)$/.test(s.text("m") ?? "") && !s.has("y") && !s.has("pre") ? null : r.month(s.ctx, s.month("m"), s.year("y"))),
  rule("en", "(?:in |during |throughout |all of |the whole of |over )?{Y:y}", "absolute", (s) => r.year(s.year("y"))),
  rule("en", "(?:a|one) month (?:earlier|before|previously)|the (?:previous|preceding|prior) month", "relative", (s) => r.monthEarlier(s.ctx)),
  rule("en", "{N:n} years ago", "relative", (s) => r.yearsAgo(s.ctx, s.num("n"))),
  rule("en", "(?:the remaining |the )?{N:n} {U:u}(?: ago)?", "duration", (s) => r.duration(s.num("n"))),
  rule("en", "(?:several|many|a few|some) (?:days|weeks|months|years)", "duration", () => undefined),
  // Days and weeks named from the publication day ("tuesday", "yesterday").
  rule("en", "last week|the past week|the previous week", "relative", (s) => r.lastWeek(s.ctx)),
  rule("en", "yesterday", "day", (s) => r.yesterday(s.ctx)),
  ...weekdayRules("en", "(?:on |last )?", ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]),
  // "the whole year of 2018" names that year.
  rule("en", "(?:for |in |over )?the (?:full|whole|entire) year (?:of )?{Y:y}", "absolute", (s) => r.year(s.year("y"))),
];
