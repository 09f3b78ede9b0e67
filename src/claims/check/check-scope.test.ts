/**
 * `checkText` on made-up sentences (not from the claims cases) against the demo store: UCDP GED for Syria
 * 2016–2019 and Iraq 1989–2018, and CENTCOM's ledger (153 claimed attacks in Iraq+Syria 2024-H1, the US
 * official's 121 attacks in 2023). Each behaviour in at least two languages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledRegistry } from "../../actors/index.ts";
import { demoStore, type DemoStore } from "../../../test/e2e/helpers/demo-store.ts";
import { checkMarkdown, checkText } from "./index.ts";

let demo: DemoStore;
beforeAll(async () => {
  demo = await demoStore();
}, 60_000);
afterAll(async () => demo.close());

// English sentences whatever the article's language: these tests are about the verdicts (the Dutch report is tested in check.test.ts).
const check = (text: string, lang: "nl" | "en" | "de" | "fr", published?: string) => checkText(demo.store, bundledRegistry(), text, { lang, published, messageLang: "en" });

describe("checkText without a publication date", () => {
  it.each([
    ["nl", "IS pleegde vorig jaar 121 aanslagen in Irak en Syrië. Dit jaar waren het er al 140.", ["'vorig jaar'", "'Dit jaar'"], 2],
    ["en", "Last year IS carried out 90 attacks in Iraq, the group's propaganda said.", ["'Last year'"], 1],
  ] as const)("says once, in %s, that relative periods need --published", async (lang, text, expressions, n) => {
    const r = await check(text, lang);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/--published/);
    for (const e of expressions) expect(r.notes[0]).toContain(e);
    expect(r.claims).toHaveLength(n);
    expect(r.claims.every((c) => c.needsPublished && c.verdict === "unchecked")).toBe(true);
    const md = checkMarkdown(r);
    expect(md).not.toMatch(/\\/);
    expect(md).not.toMatch(/^## /m);
    expect(md.split("\n").filter((l) => /--published/.test(l))).toHaveLength(1);
  });

  it("says nothing about it when the publication date is given", async () => {
    const r = await check("IS pleegde vorig jaar 121 aanslagen in Irak en Syrië.", "nl", "2024-07-01");
    expect(r.notes).toEqual([]);
    expect(r.claims[0]?.needsPublished).toBeUndefined();
    expect(r.claims[0]?.verdict).toBe("consistent");
  });

  it("writes no backslashes before its own words when a comparison has no figures", async () => {
    const r = await check("In 2017 the number of IS attacks in Syria doubled.", "en");
    expect(checkMarkdown(r)).not.toMatch(/\\`/);
  });
});

describe("checkText on a doubling when both figures are in the text", () => {
  // 140 attacks in 2024-H1 (182 days) against 130 in 2023 (365 days): 140/130 = 1.0769 in counts,
  // (140/182)/(130/365) = 2.1598 per day.
  it.each([
    ["en", "In the first half of 2024 IS carried out 140 attacks in Iraq and Syria, against 130 in all of 2023. The number of attacks has doubled."],
    ["fr", "Au premier semestre 2024, l'EI a commis 140 attaques en Syrie et en Irak, contre 130 sur toute l'année 2023. Le nombre d'attaques a doublé."],
    ["nl", "In de eerste helft van 2024 pleegde IS 140 aanslagen in Syrië en Irak, tegen 130 in heel 2023. Het aantal aanslagen is verdubbeld."],
  ] as const)("says in %s that it holds for the annualised rate, not for the counts", async (lang, text) => {
    const r = await check(text, lang);
    const c = r.claims.find((x) => x.claim.claim_type === "comparison");
    expect(c?.verdict).toBe("inconsistent");
    expect(c?.summary).toMatch(/only as a projection/);
    const [counts, rate] = c!.evidence.map((e) => e.value);
    expect(counts).toBeCloseTo(1.0769, 3);
    expect(rate).toBeCloseTo(2.1598, 3);
  });

  it.each([
    ["en", "In 2017 IS carried out 200 attacks in Syria, against 100 in 2016. The number of attacks has doubled."],
    ["de", "Im Jahr 2017 verübte der IS 200 Anschläge in Syrien, 2016 waren es 100. Die Zahl der Anschläge hat sich verdoppelt."],
  ] as const)("confirms in %s a doubling the counts themselves show", async (lang, text) => {
    const r = await check(text, lang);
    const c = r.claims.find((x) => x.claim.claim_type === "comparison");
    expect(c?.verdict).toBe("consistent");
    expect(c?.evidence[0]?.value).toBe(2);
  });

  it("refutes a tripling that neither the counts nor the rate show", async () => {
    const r = await check("In the first half of 2024 IS carried out 140 attacks in Iraq and Syria, against 130 in all of 2023. The number of attacks has tripled.", "en");
    const c = r.claims.find((x) => x.claim.claim_type === "comparison");
    expect(c?.verdict).toBe("inconsistent");
    expect(c?.summary).toMatch(/Neither/);
  });
});

describe("checkText on a claim wider than the store", () => {
  it.each([
    ["en", "IS killed 500 people in the Sahel in 2017."],
    ["nl", "In 2017 doodde IS 500 mensen in de Sahel."],
  ] as const)("says in %s that a region is wider than the store's Iraq and Syria, and gives no count of a part", async (lang, text) => {
    const [c] = (await check(text, lang)).claims;
    expect(c?.verdict).toBe("not_comparable");
    expect(c?.summary).toMatch(/wider than what the store covers/);
    const ucdp = c?.evidence.filter((e) => e.source === "UCDP GED");
    expect(ucdp).toHaveLength(1);
    expect(ucdp?.[0]?.value).toBeNull();
    expect(ucdp?.[0]?.text).toMatch(/Sahel, wider than .*\(IRQ, SYR\)/);
  });

  it.each([
    ["en", "In 2017 IS carried out 900 attacks in Syria, Iraq and Nigeria."],
    ["nl", "In 2017 pleegde IS 900 aanslagen in Syrië, Irak en Nigeria."],
  ] as const)("says in %s that a country the store lacks makes the scope wider", async (lang, text) => {
    const [c] = (await check(text, lang)).claims;
    expect(c?.verdict).toBe("not_comparable");
    const ucdp = c?.evidence.find((e) => e.source === "UCDP GED");
    expect(ucdp?.value).toBeNull();
    expect(ucdp?.text).toMatch(/includes NGA/);
  });

  it("still counts when the store covers every country the claim names", async () => {
    const [c] = (await check("In 2017 IS carried out 900 attacks in Syria and Iraq.", "en")).claims;
    expect(c?.evidence.find((e) => e.source === "UCDP GED")?.value).toBeGreaterThan(0);
  });
});

describe("checkText on an official's figure given for fewer places", () => {
  it.each([
    ["en", "IS carried out 153 attacks in Syria in the first half of 2024, CENTCOM said."],
    ["de", "Laut CENTCOM verübte der IS im ersten Halbjahr 2024 in Syrien 153 Anschläge."],
    ["fr", "Selon le CENTCOM, l'EI a revendiqué 153 attaques en Syrie au premier semestre 2024."],
  ] as const)("notes in %s that CENTCOM's Iraq+Syria 153 is presented as Syria alone", async (lang, text) => {
    const [c] = (await check(text, lang)).claims;
    expect(c?.verdict).toBe("inconsistent");
    expect(c?.summary).toMatch(/narrows US Central Command/);
    const e = c?.evidence.find((x) => x.kind === "ledger" && x.value === 153);
    expect(e?.text).toMatch(/IRQ\+SYR together; the text presents it for SYR alone/);
  });

  it.each([
    ["de", "Laut CENTCOM verübte der IS im ersten Halbjahr 2024 in Syrien 150 Anschläge."],
    ["en", "IS carried out 153 attacks in Iraq and Syria in the first half of 2024, CENTCOM said."],
  ] as const)("notes nothing in %s when the figure differs or the places are the official's", async (lang, text) => {
    const [c] = (await check(text, lang)).claims;
    expect(c?.evidence.some((x) => /together; the text presents it/.test(x.text))).toBe(false);
  });
});

describe("checkText on a count that carries its own factor", () => {
  // 300 attacks in 2017 against 100 in 2016: 3× in counts; per day 3.0082× (2016 is a leap year: 366 days).
  it.each([
    ["en", "In 2017 IS carried out 300 attacks in Syria, a threefold increase on the 100 attacks of 2016."],
    ["nl", "In 2017 pleegde IS 300 aanslagen in Syrië, een verdrievoudiging ten opzichte van de 100 aanslagen in 2016."],
    ["fr", "En 2017, l'EI a commis 300 attaques en Syrie, trois fois plus que les 100 attaques de 2016."],
  ] as const)("confirms in %s a threefold rise the two figures show", async (lang, text) => {
    const c = (await check(text, lang)).claims.find((x) => x.claim.quantity === 300);
    const [counts, rate] = c!.evidence.filter((e) => e.kind === "arithmetic").map((e) => e.value);
    expect(counts).toBe(3);
    expect(rate).toBeCloseTo(3.0082, 4);
    expect(c?.summary).toMatch(/the claimed 3× holds/);
    expect(c?.verdict).not.toBe("inconsistent");
  });

  it("refutes a fivefold rise the figures do not show", async () => {
    const c = (await check("In 2017 IS carried out 300 attacks in Syria, a fivefold increase on the 100 attacks of 2016.", "en")).claims.find((x) => x.claim.quantity === 300);
    expect(c?.verdict).toBe("inconsistent");
    expect(c?.summary).toMatch(/Neither the counts \(3\.00×\)/);
  });
});

describe("checkText without a publication date, on a text that mixes absolute and relative periods", () => {
  it.each([
    ["en", "In 2017 IS carried out 200 attacks in Syria, against 100 in 2016. The number of attacks has doubled. Last year it carried out 90 attacks in Syria."],
    ["de", "Im Jahr 2017 verübte der IS 200 Anschläge in Syrien, 2016 waren es 100. Die Zahl der Anschläge hat sich verdoppelt. Im vergangenen Jahr waren es 90 Anschläge in Syrien."],
  ] as const)("checks in %s what its absolute figures allow and leaves only the relative one waiting", async (lang, text) => {
    const r = await check(text, lang);
    expect(r.notes).toHaveLength(1);
    expect(r.claims.find((c) => c.claim.claim_type === "comparison")?.verdict).toBe("consistent");
    expect(r.claims.filter((c) => c.needsPublished).map((c) => c.claim.quantity)).toEqual([90]);
  });
});
