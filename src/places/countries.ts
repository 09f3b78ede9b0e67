/**
 * Country names to ISO 3166-1 alpha-3, in English, Dutch, German and French, plus the historical and
 * parenthesised names UCDP uses ("Myanmar (Burma)", "DR Congo (Zaire)", "Yemen (North Yemen)").
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import nl from "i18n-iso-countries/langs/nl.json" with { type: "json" };
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };

countries.registerLocale(en);
countries.registerLocale(nl);
countries.registerLocale(de);
countries.registerLocale(fr);

/** Names datasets use that no locale file has. */
const EXTRA: Record<string, string> = {
  "dr congo (zaire)": "COD",
  "dr congo": "COD",
  "congo": "COG",
  "ivory coast": "CIV",
  "kingdom of eswatini (swaziland)": "SWZ",
  "bosnia-herzegovina": "BIH",
  "russia (soviet union)": "RUS",
  "serbia (yugoslavia)": "SRB",
  "yemen (north yemen)": "YEM",
  "south yemen": "YEM",
  "cambodia (kampuchea)": "KHM",
  "myanmar (burma)": "MMR",
  "zimbabwe (rhodesia)": "ZWE",
  "madagascar (malagasy)": "MDG",
  "macedonia, frm": "MKD",
  "rumania": "ROU",
  "vietnam (north vietnam)": "VNM",
  "german federal republic": "DEU",
  "east timor": "TLS",
  "syria": "SYR",
  "syrien": "SYR",
  "syrie": "SYR",
  "moldova": "MDA",
  "syrië": "SYR",
  "irak": "IRQ",
  "turkey": "TUR",
  "kosovo": "XKX",
  "palestine": "PSE",
  "gaza": "PSE",
  "west bank": "PSE",
};

function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").trim().toLowerCase();
}

const foldedExtra = new Map(Object.entries(EXTRA).map(([k, v]) => [fold(k), v]));

/** ISO3 for a country name in any of the four languages or a UCDP name; undefined when unknown. */
export function countryToIso3(name: string): string | undefined {
  const raw = name.trim();
  if (/^[A-Za-z]{3}$/.test(raw) && countries.isValid(raw.toUpperCase())) return raw.toUpperCase();
  if (raw.toUpperCase() === "XKX") return "XKX";
  const folded = fold(raw);
  const extra = foldedExtra.get(folded);
  if (extra) return extra;
  for (const lang of ["en", "nl", "de", "fr"]) {
    const a2 = countries.getAlpha2Code(raw, lang);
    if (a2) return countries.alpha2ToAlpha3(a2);
  }
  const bare = raw.replace(/\s*\(.*\)\s*$/, "");
  if (bare !== raw) return countryToIso3(bare);
  return undefined;
}

/**
 * A country's short name for a reader of `lang` ("Syrië", "Irak"), from the runtime's CLDR data; the code itself
 * when it is no country the data know.
 */
export function countryName(iso3: string, lang: string): string {
  const a2 = iso3 === "XKX" ? "XK" : countries.alpha3ToAlpha2(iso3);
  if (!a2) return iso3;
  return new Intl.DisplayNames([lang], { type: "region", fallback: "code" }).of(a2) ?? iso3;
}

/** The English short name of an ISO3 code. */
export function iso3Name(iso3: string): string | undefined {
  if (iso3 === "XKX") return "Kosovo";
  return countries.getName(iso3, "en", { select: "official" }) ?? undefined;
}
