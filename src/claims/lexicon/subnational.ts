/**
 * Places below the country that name their country: cities, provinces and regions news use for where
 * attacks happen ("in Kabul", "à Maiduguri", "im Bundesstaat Borno"), and a country's adjective when it
 * qualifies a place noun ("in de Syrische provincie Idlib", "in the Iraqi city of Mosul", "dans le nord-est
 * syrien", "sur le sol camerounais"). An adjective qualifying anything else ("De Nigeriaanse terreurgroep",
 * "les islamistes nigérians", "the Syrian army") is no place. All words are folded (no accents, lower case).
 */

/** Cities, provinces and regions, folded, with their country (ISO 3166 alpha-3). */
export const SUBNATIONAL: Record<string, string> = {
  // Afghanistan
  kabul: "AFG", kaboul: "AFG", kaboel: "AFG", jalalabad: "AFG", kandahar: "AFG", nangarhar: "AFG", kunar: "AFG", helmand: "AFG", "mazar-i-sharif": "AFG", kunduz: "AFG",
  // Iraq
  baghdad: "IRQ", bagdad: "IRQ", mosul: "IRQ", mossoul: "IRQ", mosoel: "IRQ", mossul: "IRQ", kirkuk: "IRQ", kirkouk: "IRQ", fallujah: "IRQ", falluja: "IRQ", anbar: "IRQ", nineveh: "IRQ", ninive: "IRQ", diyala: "IRQ", erbil: "IRQ", "salahuddin": "IRQ", tikrit: "IRQ",
  // Syria
  damascus: "SYR", damaskus: "SYR", damas: "SYR", raqqa: "SYR", rakka: "SYR", raqqah: "SYR", "deir ez-zor": "SYR", "deir ezzor": "SYR", "deir-ez-zor": "SYR", idlib: "SYR", aleppo: "SYR", alep: "SYR", homs: "SYR", hasakah: "SYR", hassake: "SYR", palmyra: "SYR", palmyre: "SYR",
  // Somalia
  mogadishu: "SOM", mogadischu: "SOM", mogadiscio: "SOM", puntland: "SOM", jubaland: "SOM", kismayo: "SOM", baidoa: "SOM",
  // Mali
  bamako: "MLI", gao: "MLI", timbuktu: "MLI", tombouctou: "MLI", timboektoe: "MLI", mopti: "MLI", menaka: "MLI", kidal: "MLI", segou: "MLI",
  // Burkina Faso
  ouagadougou: "BFA", djibo: "BFA", "fada n'gourma": "BFA", dori: "BFA",
  // Niger
  niamey: "NER", tillaberi: "NER", diffa: "NER", tahoua: "NER",
  // Nigeria
  maiduguri: "NGA", abuja: "NGA", borno: "NGA", adamawa: "NGA", yobe: "NGA", lagos: "NGA", zamfara: "NGA",
  // Cameroon, Chad
  maroua: "CMR", "extreme-nord": "CMR", "far north": "CMR", "n'djamena": "TCD", ndjamena: "TCD",
  // Kenya, Mozambique
  nairobi: "KEN", garissa: "KEN", mandera: "KEN", lamu: "KEN", "cabo delgado": "MOZ", maputo: "MOZ", "mocimboa da praia": "MOZ",
  // Pakistan
  islamabad: "PAK", peshawar: "PAK", karachi: "PAK", quetta: "PAK", lahore: "PAK", balochistan: "PAK", belutschistan: "PAK", baloutchistan: "PAK", "khyber pakhtunkhwa": "PAK",
  // Libya, Egypt, Yemen, Philippines
  tripoli: "LBY", sirte: "LBY", syrte: "LBY", benghazi: "LBY", cairo: "EGY", kairo: "EGY", "le caire": "EGY", aden: "YEM", sanaa: "YEM", marawi: "PHL", mindanao: "PHL",
};

/** A country's adjective stem, folded, per country; the inflected endings are added where the patterns are built. */
const ADJECTIVES: Record<string, string[]> = {
  AFG: ["afghaans", "afghan", "afghanisch"],
  IRQ: ["iraaks", "irakes", "iraqi", "irakisch", "irakien"],
  SYR: ["syrisch", "syrian", "syrien"],
  SOM: ["somalisch", "somali", "somalien"],
  MLI: ["malines", "malisch", "malian", "malien"],
  BFA: ["burkines", "burkinabe", "burkinisch"],
  NER: ["nigeres", "nigerien", "nigrisch"],
  NGA: ["nigeriaans", "nigerian", "nigerianisch"],
  CMR: ["kameroens", "cameroonian", "kamerunisch", "camerounais"],
  TCD: ["tsjadisch", "chadian", "tschadisch", "tchadien"],
  KEN: ["keniaans", "kenyan", "kenianisch"],
  MOZ: ["mozambikaans", "mozambican", "mosambikanisch", "mozambicain"],
  PAK: ["pakistaans", "pakistani", "pakistanisch", "pakistanais"],
  LBY: ["libisch", "libyan", "libysch", "libyen"],
  EGY: ["egyptisch", "egyptian", "agyptisch", "egyptien"],
  YEM: ["jemenitisch", "yemeni", "yemenite"],
};

/** Nouns of place a country's adjective can qualify: "provincie", "city", "Provinz", "nord-est". */
const PLACE_NOUNS = [
  "provincie", "regio", "stad", "hoofdstad", "dorp", "deelstaat", "grondgebied", "bodem", "noorden", "zuiden", "oosten", "westen", "noordoosten", "noordwesten", "zuidoosten", "zuidwesten",
  "province", "region", "city", "capital", "town", "village", "territory", "soil", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
  "provinz", "stadt", "hauptstadt", "dorf", "bundesstaat", "staatsgebiet", "gebiet", "boden", "norden", "suden", "osten", "westen", "nordosten", "nordwesten", "sudosten", "sudwesten",
  "ville", "capitale", "territoire", "sol", "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre",
];

const STEM_TO_ISO = new Map<string, string>();
for (const [iso, stems] of Object.entries(ADJECTIVES)) for (const stem of stems) STEM_TO_ISO.set(stem, iso);
/** The adjective endings of Dutch, English, German and French (Syrische, Syrian, syrischen, syriennes). */
const ENDINGS = ["", "e", "en", "er", "es", "em", "ne", "nes", "s", "se", "ses", "n"];
const PLACE_SET = new Set(PLACE_NOUNS);

/** Names by their first word, longest first: one look-up per word of the text, no pattern per name. */
const BY_FIRST = new Map<string, Array<{ words: string[]; iso: string }>>();
for (const [name, iso] of Object.entries(SUBNATIONAL)) {
  const words = name.split(" ");
  const list = BY_FIRST.get(words[0] ?? "") ?? [];
  list.push({ words, iso });
  BY_FIRST.set(words[0] ?? "", list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** The country of an inflected country adjective ("syrischen", "irakiennes"), if it is one. */
export function countryOfAdjective(word: string): string | undefined {
  for (const end of ENDINGS) {
    if (end.length >= word.length || !word.endsWith(end)) continue;
    const iso = STEM_TO_ISO.get(word.slice(0, word.length - end.length));
    if (iso) return iso;
  }
  return undefined;
}

/** Whether a folded word is a noun of place ("provincie", "city", "nord-est"). */
export function isPlaceNoun(word: string): boolean {
  return PLACE_SET.has(word);
}

/** The city or province starting at word `i` of `words` (folded), with how many words it spans. */
export function subnationalAt(words: readonly string[], i: number): { iso: string; length: number } | undefined {
  for (const c of BY_FIRST.get(words[i] ?? "") ?? []) {
    if (c.words.every((w, k) => words[i + k] === w)) return { iso: c.iso, length: c.words.length };
  }
  return undefined;
}
