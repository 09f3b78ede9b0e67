/** The API's own error messages in the language the request asks for, English otherwise. */
import { describe, expect, it } from "vitest";
import { englishIn } from "../messages/testing/sentences.ts";
import { appOverTempStore } from "../../test/helpers/app.ts";

const { app } = appOverTempStore();

const error = async (path: string, init?: RequestInit) =>
  ((await (await app().request(path, init)).json()) as { error: { status: number; message: string; hint?: string; param?: { in: string; name: string; problem: string } } }).error;

describe("API errors with lang=nl", () => {
  it("says in Dutch that a parameter is missing, unknown, given twice or not one of the choices", async () => {
    expect(await error("/api/compare?actor=IS&period=2024-H1&lang=nl")).toMatchObject({ status: 400, message: 'queryparameter "vs": ontbreekt (verplicht)' });
    expect(await error("/api/compare?actor=IS&period=2024-H1&vs=2023&foo=1&lang=nl")).toMatchObject({ message: 'onbekende queryparameter "foo"', hint: "zie /openapi.json voor de parameters die de API aanneemt" });
    expect(await error("/api/compare?actor=IS&period=2024-H1&vs=2023&period=2023&lang=nl")).toMatchObject({ message: 'queryparameter "period" staat er meer dan eens in' });
    expect(await error("/api/compare?actor=IS&period=2024-H1&vs=2023&role=victim&lang=nl")).toMatchObject({ message: 'queryparameter "role": verwacht een van any_side, perpetrator, side_a, side_b' });
  });

  it("says in Dutch that a route does not exist or takes another method", async () => {
    expect(await error("/api/nothing?lang=nl")).toMatchObject({ status: 404, message: "geen route GET /api/nothing", hint: "zie /openapi.json" });
    expect(await error("/api/compare?lang=nl", { method: "DELETE" })).toMatchObject({ status: 405, message: "/api/compare neemt geen DELETE aan, wel GET, HEAD" });
  });

  it("says in Dutch that a body is not JSON", async () => {
    const e = await error("/api/claims/check?lang=nl", { method: "POST", body: "{", headers: { "Content-Type": "application/json" } });
    expect(e.message).toBe("de body van het verzoek is geen geldige JSON");
    expect(englishIn(`${e.message} ${e.hint}`)).toEqual([]);
  });

  it("says in Dutch what is wrong with a period, a country or an actor, errors raised below the API", async () => {
    const period = await error("/api/compare?actor=IS&period=2024-H3&vs=2023&lang=nl");
    expect(period).toMatchObject({ status: 400, message: 'queryparameter "period": Ongeldige periode "2024-H3": een halfjaar is H1 of H2, niet H3' });
    expect(period.hint).toMatch(/^Toegestane vormen: JJJJ/);
    const country = await error("/api/compare?actor=IS&period=2024-H1&vs=2023&country=Atlantis&lang=nl");
    expect(country).toMatchObject({ status: 400, message: 'queryparameter "country": onbekend land "Atlantis"', hint: "gebruik een ISO 3166-1 alpha-3-code zoals SYR of IRQ, of een landnaam" });
    const actor = await error("/api/compare?actor=Daesch&period=2024-H1&vs=2023&lang=nl");
    expect(actor).toMatchObject({ status: 404, message: 'geen actor in het register heet "Daesch"; bedoelde u "Daesh"?' });
    const buckets = await error("/api/series?period=1000..2024&by=month", { headers: { "Accept-Language": "nl-NL,nl;q=0.9,en;q=0.8" } });
    expect(buckets).toMatchObject({ status: 400, message: 'queryparameter "period": 1000-01-01..2024-12-31 per month geeft meer dan 1200 vakken' });
    for (const e of [period, country, actor, buckets]) expect(englishIn(`${e.message} ${e.hint ?? ""}`)).toEqual([]);
  });

  it("says in Dutch why a series cannot be read for detection or a forecast (an empty store), and in English without lang", async () => {
    const detect = await error("/api/detect?actor=IS&lang=nl");
    expect(detect).toMatchObject({ status: 400, message: "ucdp-ged heeft in de opslag geen gebeurtenissen van deze actor onder de telregel", hint: "controleer de naam van de actor en de telregel (resurgence status laat zien wat er is)" });
    const forecast = await error("/api/forecast?actor=IS&lang=nl");
    expect(forecast).toMatchObject({ status: 400, message: detect.message });
    for (const e of [detect, forecast]) expect(englishIn(`${e.message} ${e.hint ?? ""}`)).toEqual([]);
    expect(await error("/api/detect?actor=IS")).toMatchObject({ message: "ucdp-ged has no events of this actor in the store under the counting rule" });
  });

  it("says in Dutch that a publication date is not one", async () => {
    const post = (published: string) => error("/api/claims/check?lang=nl", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: "IS pleegde vorig jaar 121 aanslagen.", published }) });
    expect(await post("31-02-2024")).toMatchObject({ status: 400, message: 'veld in de body "published": is geen publicatiedatum: het jaar is 1000 of later, de maand 01–12 en de dag een die de maand heeft' });
    expect(await post("juli 2024")).toMatchObject({ message: 'veld in de body "published": verwacht JJJJ, JJJJ-MM, DD-MM-JJJJ of JJJJ-MM-DD' });
  });

  it("accepts a day written the Dutch way, DD-MM-YYYY", async () => {
    const res = await app().request("/api/compare?actor=IS&period=17-07-2024&vs=01-07-2024..16-07-2024&lang=nl");
    expect(res.status).toBe(200);
  });

  it("takes the language from Accept-Language where the query has no lang, the query's lang first", async () => {
    const nl = { headers: { "Accept-Language": "nl" } };
    expect(await error("/api/series?period=2024-H3", nl)).toMatchObject({ message: 'queryparameter "period": Ongeldige periode "2024-H3": een halfjaar is H1 of H2, niet H3' });
    expect(await error("/api/compare?actor=IS&period=2024-H3&vs=2023&lang=en", nl)).toMatchObject({ message: 'query parameter "period": Bad period "2024-H3": half-year must be H1 or H2, not H3' });
    expect(await error("/api/series?period=2024-H3", { headers: { "Accept-Language": "de-DE,en;q=0.8,nl;q=0.5" } })).toMatchObject({ message: 'query parameter "period": Bad period "2024-H3": half-year must be H1 or H2, not H3' });
  });

  it("names the parameter apart from the sentence, in any language", async () => {
    expect((await error("/api/compare?actor=IS&period=2024-H3&vs=2023&lang=nl")).param).toEqual({ in: "query", name: "period", problem: 'Ongeldige periode "2024-H3": een halfjaar is H1 of H2, niet H3' });
    expect((await error("/api/compare?actor=IS&period=2024-H1&vs=2023&role=victim")).param).toEqual({ in: "query", name: "role", problem: "expected one of any_side, perpetrator, side_a, side_b" });
    expect((await error("/api/series?period=1000..2024&by=month")).param).toMatchObject({ in: "query", name: "period" });
  });

  it("keeps English without lang=nl", async () => {
    expect(await error("/api/compare?actor=IS&period=2024-H1")).toMatchObject({ message: 'query parameter "vs": is required' });
    expect(await error("/api/nothing")).toMatchObject({ message: "no route GET /api/nothing" });
    expect(await error("/api/compare?actor=Daesch&period=2024-H1&vs=2023")).toMatchObject({ message: 'no actor in the registry is called "Daesch"; did you mean "Daesh"?' });
    expect(await error("/api/compare?actor=IS&period=2024-H3&vs=2023")).toMatchObject({ message: 'query parameter "period": Bad period "2024-H3": half-year must be H1 or H2, not H3' });
  });
});
