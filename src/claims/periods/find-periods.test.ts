import { describe, expect, it } from "vitest";
import type { Lang } from "../lang.ts";
import { fold } from "../text/fold.ts";
import { parsePublished } from "./calendar.ts";
import { findPeriods } from "./find-periods.ts";

/** The periods of a text as [expression, start, end], resolved against a publication date. */
function periods(text: string, lang: Lang, published?: string): Array<[string, string | undefined, string | undefined]> {
  const f = fold(text);
  const ctx = { published: parsePublished(published) };
  return findPeriods(f, 0, f.length, lang, ctx)
    .filter((p) => p.kind !== "duration")
    .map((p) => [text.slice(p.start, p.end), p.range?.start, p.range?.end]);
}

describe("findPeriods in Dutch", () => {
  it.each([
    ["in de eerste zes maanden van dit jaar", "2024-07", "2024-01-01", "2024-06-30"],
    ["in de eerste helft van 2024", "2024-07", "2024-01-01", "2024-06-30"],
    ["vorig jaar", "2024-07", "2023-01-01", "2023-12-31"],
    ["dit jaar al", "2021-11", "2021-01-01", "2021-11-30"],
    ["in de laatste acht jaar", "2017-07-29", "2009-07-01", "2017-07-29"],
    ["tussen halfweg 2019 en halfweg 2020", "2022-01-23", "2019-07-01", "2020-06-30"],
    ["in het derde kwartaal van 2020", "2022", "2020-07-01", "2020-09-30"],
    ["sinds januari", "2024-05-10", "2024-01-01", "2024-05-10"],
    ["van januari tot en met juni 2023", "2024", "2023-01-01", "2023-06-30"],
    ["in juli 2023", undefined, "2023-07-01", "2023-07-31"],
    ["de afgelopen drie maanden", "2024-07-15", "2024-04-16", "2024-07-15"],
  ])("resolves %s (published %s)", (text, pub, start, end) => {
    expect(periods(text, "nl", pub)[0]?.slice(1)).toEqual([start, end]);
  });
  it("reads 'de laatste weken' as the four weeks before publication", () => {
    expect(periods("De laatste weken neemt het aantal toe", "nl", "2017-07-29")[0]).toEqual(["De laatste weken", "2017-07-01", "2017-07-29"]);
  });
  it("reads 'tien jaar geleden' as the year ten years before the publication, and an appositive date apart", () => {
    expect(periods("Tien jaar geleden, in juni 2014", "nl", "2024-07")).toEqual([
      ["Tien jaar geleden", "2014-01-01", "2014-12-31"],
      ["in juni 2014", "2014-06-01", "2014-06-30"],
    ]);
  });
  it("leaves a relative period unresolved without a publication date", () => {
    expect(periods("vorig jaar", "nl")).toEqual([["vorig jaar", undefined, undefined]]);
  });
});

describe("findPeriods in English", () => {
  it.each([
    ["in the first six months of 2024", "2024-07-17", "2024-01-01", "2024-06-30"],
    ["in Q2 2020", "2022", "2020-04-01", "2020-06-30"],
    ["since January", "2024-03-10", "2024-01-01", "2024-03-10"],
    ["in the past month", "2024-07-17", "2024-06-18", "2024-07-17"],
    ["So far in 2024", "2024-11", "2024-01-01", "2024-11-30"],
    ["from July 2020 to November 2021", "2022", "2020-07-01", "2021-11-30"],
    ["last year", "2024-07", "2023-01-01", "2023-12-31"],
    ["in October 2023", "2024", "2023-10-01", "2023-10-31"],
    ["between 2019 and 2021", "2024", "2019-01-01", "2021-12-31"],
    ["over the past three years", "2024-06-30", "2021-07-01", "2024-06-30"],
  ])("resolves %s (published %s)", (text, pub, start, end) => {
    expect(periods(text, "en", pub)[0]?.slice(1)).toEqual([start, end]);
  });
  it("reads 'the third quarter of that year' against the last year named", () => {
    const got = periods("808 attacks in Q2 2020 to 510 during the third quarter of that year", "en", "2022");
    expect(got[1]).toEqual(["during the third quarter of that year", "2020-07-01", "2020-09-30"]);
  });
  it("reads 'a year earlier' against the last period named", () => {
    const got = periods("56 attacks in October 2024, up from 36 a year earlier", "en", "2024-11");
    expect(got[1]?.slice(1)).toEqual(["2023-10-01", "2023-10-31"]);
  });
  it("does not read 'may' as a month without a year", () => {
    expect(periods("attacks may rise", "en", "2024")).toEqual([]);
  });
});

describe("findPeriods in German", () => {
  it.each([
    ["In den ersten fünf Monaten 2025", "2025-06", "2025-01-01", "2025-05-31"],
    ["2025 bisher", "2025-06", "2025-01-01", "2025-06-30"],
    ["im vergangenen Jahr", "2018-01", "2017-01-01", "2017-12-31"],
    ["seit Jahresbeginn", "2024-04-02", "2024-01-01", "2024-04-02"],
    ["im zweiten Quartal 2020", "2021", "2020-04-01", "2020-06-30"],
    ["in den vergangenen drei Monaten", "2024-07-15", "2024-04-16", "2024-07-15"],
    ["im Oktober 2023", "2024", "2023-10-01", "2023-10-31"],
    ["seit Januar", "2024-05", "2024-01-01", "2024-05-31"],
  ])("resolves %s (published %s)", (text, pub, start, end) => {
    expect(periods(text, "de", pub)[0]?.slice(1)).toEqual([start, end]);
  });
  it("reads 'im gesamten Vorjahr' as the year before the one last named", () => {
    const got = periods("2025 bisher nur vier Angriffe, verglichen mit 61 im gesamten Vorjahr", "de", "2025-06");
    expect(got[1]).toEqual(["im gesamten Vorjahr", "2024-01-01", "2024-12-31"]);
  });
  it("reads 'für das Gesamtjahr' as the whole publication year", () => {
    expect(periods("für das Gesamtjahr", "de", "2025-06")[0]?.slice(1)).toEqual(["2025-01-01", "2025-12-31"]);
  });
});

describe("findPeriods in French", () => {
  it.each([
    ["depuis le début de l'année 2015", "2015-12-31", "2015-01-01", "2015-12-31"],
    ["depuis le début de l'année", "2024-03-01", "2024-01-01", "2024-03-01"],
    ["de janvier à juin", "2024-08-07", "2024-01-01", "2024-06-30"],
    ["en un an", "2015-12-31", "2015-01-01", "2015-12-31"],
    ["l'année dernière", "2024-05", "2023-01-01", "2023-12-31"],
    ["au cours des six derniers mois", "2024-06-30", "2024-01-01", "2024-06-30"],
    ["au premier semestre 2024", "2024-08", "2024-01-01", "2024-06-30"],
    ["les six premiers mois de l'année", "2024-08", "2024-01-01", "2024-06-30"],
    ["en octobre 2023", "2024", "2023-10-01", "2023-10-31"],
    ["depuis janvier", "2024-04-10", "2024-01-01", "2024-04-10"],
  ])("resolves %s (published %s)", (text, pub, start, end) => {
    expect(periods(text, "fr", pub)[0]?.slice(1)).toEqual([start, end]);
  });
  it("reads 'après un mois de juillet' as the time after July", () => {
    const f = fold("après un mois de juillet sanglant");
    const [p] = findPeriods(f, 0, f.length, "fr", { published: parsePublished("2015-12-31") });
    expect(p?.range).toEqual({ start: "2015-08-01", end: "2015-12-31" });
    expect(p?.after).toEqual({ start: "2015-07-01", end: "2015-07-31" });
  });
  it("reads a dated day as a day", () => {
    expect(periods("publié le 16 juillet", "fr", "2024-08-07")[0]).toEqual(["le 16 juillet", "2024-07-16", "2024-07-16"]);
  });
});

describe("findPeriods: days and weeks named from the publication day", () => {
  // 2021-09-15 is a Wednesday.
  it.each<[Lang, string, string, string]>([
    ["nl", "op dinsdag", "2021-09-14", "2021-09-14"],
    ["nl", "vorige week", "2021-09-06", "2021-09-12"],
    ["nl", "gisteren", "2021-09-14", "2021-09-14"],
    ["en", "on Sunday", "2021-09-12", "2021-09-12"],
    ["en", "last week", "2021-09-06", "2021-09-12"],
    ["de", "am Montag", "2021-09-13", "2021-09-13"],
    ["de", "in der vergangenen Woche", "2021-09-06", "2021-09-12"],
    ["fr", "mardi", "2021-09-14", "2021-09-14"],
    ["fr", "la semaine dernière", "2021-09-06", "2021-09-12"],
    ["fr", "ce mercredi", "2021-09-15", "2021-09-15"],
  ])("[%s] %s", (lang, text, start, end) => {
    expect(periods(text, lang, "2021-09-15")[0]?.slice(1)).toEqual([start, end]);
  });
  it("leaves a weekday unresolved when the publication gives only a month", () => {
    expect(periods("mardi", "fr", "2021-09")[0]?.slice(1)).toEqual([undefined, undefined]);
  });
});

describe("findPeriods: a whole year with its number, and the past decade", () => {
  it.each<[Lang, string, string, string]>([
    ["nl", "in het hele jaar 2018", "2018-01-01", "2018-12-31"],
    ["fr", "sur l'ensemble de l'année 2018", "2018-01-01", "2018-12-31"],
    ["de", "das ganze Jahr 2018", "2018-01-01", "2018-12-31"],
    ["en", "the whole year of 2018", "2018-01-01", "2018-12-31"],
    ["nl", "het afgelopen decennium", "2009-11-01", "2019-11-15"],
    ["fr", "au cours de la dernière décennie", "2009-11-01", "2019-11-15"],
    ["de", "im vergangenen Jahrzehnt", "2009-11-01", "2019-11-15"],
  ])("[%s] %s", (lang, text, start, end) => {
    expect(periods(text, lang, "2019-11-15")).toEqual([[text, start, end]]);
  });
});

describe("findPeriods: 'en l'espace de six mois' counts back from the publication", () => {
  it("resolves", () => {
    expect(periods("en l'espace de six mois", "fr", "2022-08-10")[0]?.slice(1)).toEqual(["2022-02-11", "2022-08-10"]);
  });
});

describe("findPeriods: the year just passed and the twelve months to the publication", () => {
  it.each<[Lang, string, string, string]>([
    ["fr", "au cours de l'année écoulée", "2019-01-01", "2019-12-31"],
    ["de", "vergangenes Jahr", "2019-01-01", "2019-12-31"],
    ["fr", "depuis un an", "2019-01-01", "2020-01-20"],
    ["de", "seit einem Jahr", "2019-01-01", "2020-01-20"],
    ["nl", "in een jaar tijd", "2019-01-01", "2020-01-20"],
  ])("[%s] %s", (lang, text, start, end) => {
    expect(periods(text, lang, "2020-01-20")[0]?.slice(1)).toEqual([start, end]);
  });
});

describe("findPeriods: English 'March' and 'May' after a preposition are months, alone they may be verbs", () => {
  it.each<[string, string, string]>([
    ["down from 45 in March", "2023-03-01", "2023-03-31"],
    ["during May", "2023-05-01", "2023-05-31"],
  ])("%s", (text, start, end) => {
    expect(periods(text, "en", "2023-06-01")[0]?.slice(1)).toEqual([start, end]);
  });
  it("reads no month in 'attacks may rise'", () => {
    expect(periods("attacks may rise as fighters march south", "en", "2023-06-01")).toEqual([]);
  });
});
