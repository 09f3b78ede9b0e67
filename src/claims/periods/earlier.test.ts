import { describe, expect, it } from "vitest";
import type { Lang } from "../lang.ts";
import { fold } from "../text/fold.ts";
import { parsePublished } from "./calendar.ts";
import { findPeriods } from "./find-periods.ts";

function last(text: string, lang: Lang, published: string): [string | undefined, string | undefined] {
  const f = fold(text);
  const found = findPeriods(f, 0, f.length, lang, { published: parsePublished(published) }).filter((p) => p.kind !== "duration");
  const p = found[found.length - 1];
  return [p?.range?.start, p?.range?.end];
}

describe("findPeriods: a month earlier counts from the month last named", () => {
  it.each<[Lang, string]>([
    ["en", "In March 2022 there were 12. A month earlier there were 7."],
    ["nl", "In maart waren het er 12. Een maand eerder waren het er 7."],
    ["de", "Im März waren es 12. Einen Monat zuvor waren es 7."],
    ["fr", "En mars, il y en a eu 12. Un mois plus tôt, il y en avait 7."],
  ])("[%s] %s", (lang, text) => {
    expect(last(text, lang, "2022-06-10")).toEqual(["2022-02-01", "2022-02-28"]);
  });
});

describe("findPeriods: N years ago is a calendar year before the publication's", () => {
  it.each<[Lang, string]>([
    ["en", "Three years ago the group was stronger."],
    ["nl", "Drie jaar geleden was de groep sterker."],
    ["de", "Vor drei Jahren war die Gruppe stärker."],
    ["fr", "Il y a trois ans, le groupe était plus fort."],
  ])("[%s] %s", (lang, text) => {
    expect(last(text, lang, "2022-06-10")).toEqual(["2019-01-01", "2019-12-31"]);
  });
});

describe("findPeriods: the following year counts from the year last named", () => {
  it.each<[Lang, string]>([
    ["en", "In 2019 there were 12. The following year there were 7."],
    ["nl", "In 2019 waren het er 12. Het jaar daarop waren het er 7."],
    ["de", "2019 waren es 12. Im Jahr darauf waren es 7."],
    ["fr", "En 2019, il y en a eu 12. L'année suivante, il y en a eu 7."],
  ])("[%s] %s", (lang, text) => {
    expect(last(text, lang, "2022-06-10")).toEqual(["2020-01-01", "2020-12-31"]);
  });

  it.each<[Lang, string]>([
    ["en", "In March 2019 there were 12. A year later there were 7."],
    ["nl", "In maart 2019 waren het er 12. Een jaar later waren het er 7."],
    ["de", "Im März 2019 waren es 12. Ein Jahr später waren es 7."],
    ["fr", "En mars 2019, il y en a eu 12. Un an plus tard, il y en a eu 7."],
  ])("[%s] a year later moves the period last named: %s", (lang, text) => {
    expect(last(text, lang, "2022-06-10")).toEqual(["2020-03-01", "2020-03-31"]);
  });
});

describe("findPeriods: seasons, split years and decades", () => {
  it.each<[Lang, string, string, string]>([
    ["en", "in the summer of 2016", "2016-06-01", "2016-08-31"],
    ["nl", "in de zomer van 2016", "2016-06-01", "2016-08-31"],
    ["de", "im Sommer 2016", "2016-06-01", "2016-08-31"],
    ["fr", "l'été 2016", "2016-06-01", "2016-08-31"],
    ["en", "in the spring of 2019", "2019-03-01", "2019-05-31"],
    ["nl", "in het najaar van 2019", "2019-09-01", "2019-11-30"],
    ["de", "im Herbst 2019", "2019-09-01", "2019-11-30"],
    ["fr", "au printemps 2019", "2019-03-01", "2019-05-31"],
  ])("[%s] a season is its three months: %s", (lang, text, start, end) => {
    expect(last(text, lang, "2022-06-10")).toEqual([start, end]);
  });

  it.each<[Lang, string]>([
    ["en", "in 2016-17"],
    ["nl", "in 2016/17"],
    ["de", "im Jahr 2016/17"],
    ["fr", "en 2016-17"],
  ])("[%s] a year with the next one's last two digits is both years: %s", (lang, text) => {
    expect(last(text, lang, "2022-06-10")).toEqual(["2016-01-01", "2017-12-31"]);
  });

  it.each<[Lang, string]>([
    ["en", "in the 1990s"],
    ["nl", "in de jaren negentig"],
    ["de", "in den 90er-Jahren"],
    ["fr", "dans les années 1990"],
  ])("[%s] a decade: %s", (lang, text) => {
    expect(last(text, lang, "2022-06-10")).toEqual(["1990-01-01", "1999-12-31"]);
  });
});

describe("findPeriods: parts of a year named from its end, and the month so far", () => {
  it.each<[Lang, string]>([
    ["en", "in the last three months of 2023"],
    ["nl", "in de laatste drie maanden van 2023"],
    ["de", "in den letzten drei Monaten des Jahres 2023"],
    ["fr", "les trois derniers mois de 2023"],
  ])("[%s] the last N months of a year: %s", (lang, text) => {
    expect(last(text, lang, "2024-07-15")).toEqual(["2023-10-01", "2023-12-31"]);
  });

  it.each<[Lang, string]>([
    ["en", "in the last quarter"],
    ["nl", "in het laatste kwartaal"],
    ["de", "im letzten Quartal"],
    ["fr", "au dernier trimestre"],
  ])("[%s] the last quarter without a year is the last complete one: %s", (lang, text) => {
    expect(last(text, lang, "2024-07-15")).toEqual(["2024-04-01", "2024-06-30"]);
    expect(last(text, lang, "2024-02-10")).toEqual(["2023-10-01", "2023-12-31"]);
  });

  it.each<[Lang, string]>([
    ["en", "this month"],
    ["nl", "deze maand"],
    ["de", "in diesem Monat"],
    ["fr", "ce mois-ci"],
  ])("[%s] this month runs to the publication: %s", (lang, text) => {
    expect(last(text, lang, "2024-07-15")).toEqual(["2024-07-01", "2024-07-15"]);
  });

  it.each<[Lang, string]>([
    ["nl", "in het eerste halfjaar van 2024"],
    ["de", "im ersten Halbjahr 2024"],
    ["fr", "au premier semestre 2024"],
    ["en", "in the first half of 2024"],
  ])("[%s] the first half-year: %s", (lang, text) => {
    expect(last(text, lang, "2024-07-15")).toEqual(["2024-01-01", "2024-06-30"]);
  });
});

describe("findPeriods: days in digits, month and year ranges without 'from', the twelve months to a month", () => {
  it.each<[Lang, string]>([
    ["en", "on 2016-01-16"],
    ["nl", "op 16-01-2016"],
    ["de", "am 16.01.2016"],
    ["fr", "le 16/01/2016"],
  ])("[%s] a day in digits: %s", (lang, text) => {
    expect(last(text, lang, "2024-07-15")).toEqual(["2016-01-16", "2016-01-16"]);
  });

  it("[nl] refuses a month 13 rather than guessing", () => {
    expect(last("op 16-13-2016", "nl", "2024-07-15")).not.toEqual(["2016-01-16", "2016-01-16"]);
  });

  it.each<[Lang, string]>([
    ["en", "January–March 2016"],
    ["nl", "januari-maart 2016"],
    ["de", "Januar–März 2016"],
    ["fr", "janvier-mars 2016"],
  ])("[%s] a month range: %s", (lang, text) => {
    expect(last(text, lang, "2024-07-15")).toEqual(["2016-01-01", "2016-03-31"]);
  });

  it.each<[Lang, string]>([
    ["en", "2015 to 2016"],
    ["nl", "2015 tot 2016"],
    ["de", "2015 bis 2016"],
    ["fr", "2015 à 2016"],
  ])("[%s] a year range: %s", (lang, text) => {
    expect(last(text, lang, "2024-07-15")).toEqual(["2015-01-01", "2016-12-31"]);
  });

  it.each<[Lang, string]>([
    ["en", "in the year to June"],
    ["nl", "in de twaalf maanden tot juni"],
    ["de", "in den zwölf Monaten bis Juni"],
    ["fr", "sur les douze mois jusqu'à juin"],
  ])("[%s] the twelve months to a month: %s", (lang, text) => {
    expect(last(text, lang, "2024-07-15")).toEqual(["2023-07-01", "2024-06-30"]);
  });
});
