/**
 * Who a figure is credited to. Cues before the source ("volgens", "according to", "laut", "selon"), cues
 * after it ("X said", "wie X zeigen", "affirme X", "Dat heeft X bekendgemaakt"), and a table of well-known
 * sources so that "Centcom", "U.S. Central Command" and "le commandement central" all read as CENTCOM.
 */
import type { Lang } from "../lang.ts";

/**
 * A group's own news outlets: a sentence that names one carries the group's claims, so the outlet is their source
 * whatever the verb ("Amaq claimed 25 attacks", "selon Amaq", "Amaq, l'agence de propagande de l'EI, a revendiqué …").
 */
const OUTLETS: Array<[RegExp, string]> = [
  [/(?<![\p{L}])a['’]?maq(?![\p{L}])/iu, "Amaq"],
  [/(?<![\p{L}])al[- ]naba['’]?(?![\p{L}])/iu, "al-Naba"],
];

const KNOWN: Array<[RegExp, string]> = [
  [/centcom|central command|commandement central|zentralkommando|centraal commando/i, "CENTCOM"],
  [/\b(?:UN|VN|ONU|UNO|UNAMA)\b/, "UN"],
  [/united nations|verenigde naties|vereinten? nationen|nations unies/i, "UN"],
  [/acled|armed conflict location/i, "ACLED"],
  [/\bSITE\b/, "SITE Intelligence Group"],
  // The Institute for Economics and Peace publishes the Global Terrorism Index: one source under either name.
  [/global terrorism index|\bGTI\b|terrorisme-?index|terrorismus-?index|indice mondial du terrorisme|institute for economics (?:and|&) peace|\bIEP\b/i, "Global Terrorism Index (IEP)"],
  [/state department|department of state|ministerie van buitenlandse zaken|buitenlandse zaken|au(?:ss|ß)enministerium|departement d'[eé]tat|département d'[eé]tat/i, "US State Department"],
  [/global terrorism database|\bGTD\b/i, "Global Terrorism Database"],
  [/\bAFP\b|agence france-presse|agence france presse/i, "AFP"],
  [/reuters/i, "Reuters"],
  [/\bANP\b/, "ANP"],
  [/\bdpa\b/, "dpa"],
  [/amnesty/i, "Amnesty International"],
  [/human rights watch|\bHRW\b/i, "Human Rights Watch"],
  [/international crisis group|crisis group|\bICG\b/i, "International Crisis Group"],
  [/washington institute|washingtoner institut|institut de washington/i, "Washington Institute for Near East Policy"],
  [/counter extremism project|\bCEP\b/i, "Counter Extremism Project"],
  [/nigeria security tracker|council on foreign relations/i, "Nigeria Security Tracker (Council on Foreign Relations)"],
  [/europol/i, "Europol"],
  [/jane'?s|jane’s|\bIHS\b/i, "IHS Jane's"],
  [/combating terrorism center|\bCTC\b/i, "Combating Terrorism Center"],
  [/africa cent(?:er|re) (?:for|voor|für|pour) strategic studies/i, "Africa Center for Strategic Studies"],
  [/institute for the study of war|\bISW\b/i, "Institute for the Study of War"],
  [/syrian observatory|syrische? observatorium|syrischen? beobachtungsstelle|beobachtungsstelle f(?:ü|u)r menschenrechte|observatoire syrien|\bOSDH\b|\bSOHR\b/i, "Syrian Observatory for Human Rights"],
  [/pentagon/i, "Pentagon"],
  ...OUTLETS,
];

/** The outlet of a group a sentence names, if any. */
export function outletIn(sentence: string): string | undefined {
  for (const [re, name] of OUTLETS) if (re.test(sentence)) return name;
  return undefined;
}

/** The canonical name of a well-known source named in a phrase, if any. */
export function knownSource(phrase: string): string | undefined {
  for (const [re, name] of KNOWN) if (re.test(phrase)) return name;
  return undefined;
}

/** A cue list as a pattern: whole words, any run of spaces between them (articles carry double spaces). */
function re(s: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${s.replace(/ /g, "\\s+")})(?![\\p{L}])`, "gu");
}

/** Cues followed by the source: "according to X". */
export const BEFORE_SOURCE: Record<Lang, RegExp> = {
  nl: re("volgens|aldus|(?:verzameld|bijgehouden|samengesteld) door|blijkt uit (?:(?:nieuwe |de )?(?:cijfers|gegevens|data|een rapport|het rapport|een telling|een analyse) van|de|het|een)|meldt|meldde|zegt|zei|schrijft|schreef|stelt|vertelde"),
  en: re("according to|(?:collected|compiled|gathered) by|data from|figures from|a report by|a report from|statistics from|said|says|reported by"),
  de: re("laut|nach angaben (?:von|der|des)|nach (?:zahlung|zahlungen|schatzung|schatzungen|informationen|berechnungen|recherchen|daten) (?:von|der|des)|gemaß|nach daten (?:von|der|des)|teilte|berichtete|sagte|erklarte|so"),
  fr: re("selon|d'apres|(?:collectees|compilees|recueillies|collectes|compiles|recueillis) par|de source|affirme|a affirme|indique|a indique|rapporte|a rapporte|estime|precise|souligne|a annonce|annonce|explique|revele|a revele|montre|publie par|publiee par|a declare|selon un decompte (?:de|du|des)|d'apres un decompte (?:de|du|des)"),
};

/** Reporting verbs that follow the source: "X said". */
export const AFTER_SOURCE: Record<Lang, RegExp> = {
  nl: re("meldt|meldde|meldden|melden|zegt|zei|zeiden|zeggen|stelt|stelde|stelden|telde|telden|registreerden|rapporteerden|schreven|maakten bekend|hebben bekendgemaakt|registreerde|rapporteert|rapporteerde|schrijft|schreef|vertelde|maakte bekend|heeft bekendgemaakt|becijferde|schat|schatte|schatten|concludeert|concludeerde|berekende|berekenden|noteerde|noteerden"),
  en: re("said|says|reported|reports|announced|stated|estimated|estimates|noted|found|counted|recorded|documented|told|tallied|data show|figures show"),
  de: re("teilte mit|teilten mit|berichtete|berichteten|berichtet|meldete|meldeten|meldet|sagte|sagten|erklarte|erklarten|zahlte|registrierte|verzeichnete|schreibt|schrieb|zeigen|zeigt|mitteilte|angab|zufolge|schatzt|schatzte|schatzen"),
  fr: re("a recense|a compte|a comptabilise|a annonce|affirme|affirment|indique|indiquent|rapporte|rapportent|estime|estiment|a enregistre|a denombre|a declare|declare|declarent|a indique|ont annonce|ont indique|ont affirme|ont declare|ont recense|precisent|soulignent"),
};

/** "Dat heeft X bekendgemaakt": a sentence that credits the previous ones. */
export const CREDITS_PREVIOUS: Record<Lang, RegExp> = {
  nl: /^(?:dat|dit)\s+(?:heeft|hebben|meldt|meldde|zegt|zei|schrijft|stelt|concludeert)\s+(.{3,90}?)(?:\s+(?:bekendgemaakt|gemeld|gezegd|laten weten|geschreven|gerapporteerd|verklaard|geconcludeerd|bekend gemaakt))?\s*[.!]?$/u,
  en: /^(?:that|this)\s+(?:is what|was)\s+(.{3,90}?)\s+(?:said|reported|announced)\s*[.!]?$/u,
  de: /^(?:das|dies)\s+(?:teilte|berichtete|meldete|sagte|erklarte|schrieb)\s+(.{3,90}?)(?:\s+mit)?\s*[.!]?$/u,
  fr: /^(?:c'est ce qu'a|c'est ce qu'ont)\s+(?:annonce|indique|affirme|declare)\s+(.{3,90}?)\s*[.!]?$/u,
};

/** Words that end a source phrase read forward ("volgens de VN in Afghanistan" stops before "in"). */
export const SOURCE_STOP = re("in|im|en|on|op|am|at|au|dans|tijdens|during|wahrend|pendant|that|dat|dass|que|qu'|who|die|der das|which|welche|qui|heeft|has|hat|ont|have|hebben|haben|woensdag|wednesday|mittwoch|mercredi|monday|tuesday|thursday|friday|maandag|dinsdag|donderdag|vrijdag|montag|dienstag|donnerstag|freitag|lundi|mardi|jeudi|vendredi|also|ook|auch|aussi");

/** Words a source phrase must not begin with and that are dropped from its front. */
export const LEADING = /^(?:(?:the|a|an|de|het|een|die|der|des|dem|den|le|la|les|du|un|une|ein|eine|einer|wie|as|zoals|comme|daten der|angaben der|zahlen der|data of|cijfers van|gegevens van|(?:survey|study|report|analysis|review) (?:by|of|from)|(?:onderzoek|studie|rapport|analyse) van|(?:studie|umfrage|analyse|untersuchung) (?:von|der|des)|(?:etude|enquete|analyse|rapport) (?:de|du|des)|(?:un |le )?decompte (?:de|du|des)|(?:un |le )?décompte (?:de|du|des)|a tally by|een telling van|einer zahlung (?:der|von)|einer zählung (?:der|von))\s+|l['’]\s*)/iu;

/** A phrase that names data, not who gave it ("den Daten zufolge"): an anaphor, not a source. */
export const DATA_ONLY = /^(?:data|daten|cijfers|gegevens|chiffres|donnees|données|figures|zahlen|angaben|statistics|statistiken|statistiques|report|bericht|rapport)$/iu;

/** Counting verbs whose subject may stand before an apposition ("Het Africa Center …, een instelling …, telde"). */
export const COUNTING: Record<Lang, RegExp> = {
  nl: /^(?:telde|registreerde|becijferde|noteerde)$/u,
  en: /^(?:counted|recorded|documented|tallied|registered)$/u,
  de: /^(?:zahlte|registrierte|verzeichnete)$/u,
  fr: /^(?:a recense|a compte|a comptabilise|a enregistre|a denombre)$/u,
};

/**
 * Words dropped from the end of a source phrase ("Syria Weekly data"), and the adverbs a figure's phrase opens with
 * ("het leger al 40", "die Armee bereits 40"; its qualifier words are cut with the figure: extract/sources.ts).
 */
export const TRAILING = /\s+(?:data|figures|statistics|numbers|report|cijfers|gegevens|daten|zahlen|angaben|chiffres|donnees|rapport|said|also|ook|auch|aussi|al|nog|reeds|inmiddels|zelfs|bereits|schon|noch|sogar|already|still|even|deja|encore|meme)$/iu;
