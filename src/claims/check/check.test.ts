import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { bundledRegistry } from "../../actors/index.ts";
import { importLedger } from "../../reported/index.ts";
import type { DuckDBStore } from "../../store/index.ts";
import { DEMO, IRAQ, SYRIA } from "../../../test/helpers/paths.ts";
import { countByYear, readCsvObjects, sideHas } from "../../../test/helpers/plain-csv.ts";
import { tempStore } from "../../../test/helpers/store.ts";
import { agrees, checkMarkdown, checkText } from "./index.ts";
import { ingestFile } from "../../ingest/index.ts";

// The seed article (NOS, July 2024), as quoted in the development cases (nl-01).
const SEED =
  "Terreurgroep Islamitische Staat (IS) heeft in de eerste helft van 2024 al meer aanslagen gepleegd in Syrië en Irak dan in heel 2023. Het aantal aanslagen is verdubbeld. Dat heeft het Amerikaanse militaire hoofdkwartier Centcom bekendgemaakt.\n\nIS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Syrië en Irak. Vorig jaar waren dat er 121 in totaal.";

let store: DuckDBStore;
beforeAll(async () => {
  store = (await tempStore()).store;
  await ingestFile(store, { file: SYRIA });
  await ingestFile(store, { file: IRAQ });
  await store.addReported(importLedger(join(DEMO, "reported", "centcom_statements.csv"), bundledRegistry(), "is"));
}, 60_000);
afterAll(async () => store.close());

describe("checkText on the seed article", () => {
  it("confirms the 121 from the ledger, flags the 153 as claimed attacks, and 'verdubbeld' as a projection only", async () => {
    const r = await checkText(store, bundledRegistry(), SEED, { published: "2024-07", messageLang: "en" });
    const by = (pred: (q: string) => boolean) => r.claims.find((c) => pred(c.quote));
    const c121 = by((q) => q.includes("121"));
    expect(c121?.verdict).toBe("consistent");
    // The article credits CENTCOM; the 121 came from an anonymous US official quoted by AP.
    expect(c121?.evidence.some((e) => /credits CENTCOM, but this figure came from US defense official/.test(e.text))).toBe(true);
    const c153 = by((q) => q.includes("153"));
    expect(c153?.verdict).toBe("not_comparable");
    expect(c153?.summary).toMatch(/counts something else/);
    expect(c153?.evidence.some((e) => e.kind === "ledger" && e.value === 153 && /claimed/.test(e.text))).toBe(true);
    const doubled = r.claims.find((c) => c.claim.comparison?.text === "verdubbeld");
    expect(doubled?.verdict).toBe("inconsistent");
    expect(doubled?.summary).toMatch(/only as a projection/);
    const [abs, rate] = doubled!.evidence.map((e) => e.value);
    expect(abs).toBeCloseTo(153 / 121, 10);
    expect(rate).toBeCloseTo(153 / 182 / (121 / 365), 10);
  });

  it("checks 'the number of attacks doubled' on the article's own claimed attacks", async () => {
    const text = "L'État islamique a revendiqué 153 attaques en Syrie et en Irak au premier semestre 2024, contre 121 pour toute l'année 2023. Le nombre d'attaques a donc doublé.";
    const r = await checkText(store, bundledRegistry(), text, { published: "2024-07-17", messageLang: "en" });
    const doubled = r.claims.find((c) => c.claim.claim_type === "comparison");
    expect(doubled?.verdict).toBe("inconsistent");
    expect(doubled?.evidence.map((e) => e.value)[0]).toBeCloseTo(153 / 121, 10);
  });

  it("says the store has no UCDP data for 2024 rather than comparing zeros", async () => {
    const r = await checkText(store, bundledRegistry(), SEED, { published: "2024-07", messageLang: "en" });
    const c153 = r.claims.find((c) => c.quote.includes("153"));
    expect(c153?.evidence.some((e) => e.kind === "dataset" && /UCDP GED has no data for this period/.test(e.text))).toBe(true);
  });

  it("sets UCDP's count beside a claim about a covered year, marked as a different definition", async () => {
    const r = await checkText(store, bundledRegistry(), "In 2017 IS carried out 2,853 attacks in Syria, according to monitors.", { published: "2018-03-01", lang: "en" });
    const [c] = r.claims;
    expect(c?.verdict).toBe("not_comparable");
    const expected = countByYear(readCsvObjects(SYRIA), (x) => sideHas(x, "IS")).get("2017");
    expect(c?.evidence.find((e) => e.source === "UCDP GED")?.value).toBe(expected);
  });

  it("renders article text inert in Markdown", async () => {
    const r = await checkText(store, bundledRegistry(), "IS carried out <script>alert(1)</script> 40 attacks in Iraq last year.", { published: "2024-07-01", lang: "en" });
    expect(checkMarkdown(r)).not.toMatch(/<script>/);
  });
});

describe("checkText on a Dutch article, reported in Dutch", () => {
  it("writes verdicts, summaries and evidence in Dutch, with Dutch number formats and no English catalogue sentence", async () => {
    const { englishIn } = await import("../../messages/testing/sentences.ts");
    const r = await checkText(store, bundledRegistry(), SEED, { published: "2024-07" });
    expect(r.messageLang).toBe("nl");
    const md = checkMarkdown(r);
    expect(md).toMatch(/^# Gecontroleerde beweringen/);
    expect(md).toContain("— **klopt niet**");
    const doubled = r.claims.find((c) => c.claim.comparison?.text === "verdubbeld");
    // 153 in 182 days against 121 in 365: 1.26× the count, 2.54× the yearly rate (data/demo/README.md's figures).
    expect(doubled?.summary).toBe(`Klopt alleen als projectie: de aantallen zijn ${(153 / 121).toFixed(2).replace(".", ",")}×, maar het tempo op jaarbasis is ${(153 / 182 / (121 / 365)).toFixed(2).replace(".", ",")}× omdat de perioden niet even lang zijn; de tekst brengt het als feit over de aantallen.`);
    expect(md).toContain("aanslagen die de groep zelf opeiste");
    expect(englishIn(md)).toEqual([]);
  });

  it("answers in English when asked, whatever the article's language", async () => {
    const r = await checkText(store, bundledRegistry(), SEED, { published: "2024-07", messageLang: "en" });
    expect(checkMarkdown(r)).toMatch(/^# Claims checked[\s\S]*— \*\*inconsistent\*\*/);
  });
});

describe("agrees", () => {
  it("reads qualifiers the way a reader does", () => {
    expect(agrees(153, 153, "exact")).toBe(true);
    expect(agrees(152, 153, "exact")).toBe(false);
    expect(agrees(1450, 1400, "more_than")).toBe(true);
    expect(agrees(1400, 1400, "more_than")).toBe(false);
    expect(agrees(95, 100, "nearly")).toBe(true);
    expect(agrees(105, 100, "approximately")).toBe(true);
    expect(agrees(120, 100, "approximately")).toBe(false);
    expect(agrees(99, 100, "fewer_than")).toBe(true);
  });
});
