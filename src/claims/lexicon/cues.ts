/**
 * Verbs and phrases around a figure that change what it counts: killing and wounding verbs turn "people"
 * into deaths or injuries; claiming verbs turn attacks into claimed attacks; planning and foiling verbs into
 * planned or foiled ones. All patterns run on folded text.
 */
import type { Lang } from "../lang.ts";

function words(lang: Record<Lang, string>): Record<Lang, RegExp> {
  return Object.fromEntries(
    // Any run of spaces between a cue's words: articles carry double and non-breaking spaces.
    Object.entries(lang).map(([l, alts]) => [l, new RegExp(`(?<![\\p{L}])(?:${alts.replace(/ /g, "\\s+")})(?![\\p{L}])`, "u")]),
  ) as Record<Lang, RegExp>;
}

/** Killing: "getötet", "killed", "om het leven", "tués"; people an army or a town lost ("lost 45 soldiers", "a perdu 45 soldats"). */
export const KILL = words({
  nl: "gedood|omgekomen|omkwamen|omkwam|omkomen|het leven|de dood van|vermoord|vermoordde|vermoordden|doodgeschoten|neergeschoten|gesneuveld|sneuvelden|kwamen om|kwam om|sterven|stierven|overleden|gedode|doodde|doodden|omgebracht|brachten om|bracht om|geexecuteerd|executeerde|executeerden|onthoofd|kwamen .{0,100}? om|kwam .{0,100}? om|verloor|verloren",
  en: "killed|died|dead|murdered|slain|lost their lives|(?:claimed|cost|took) the lives of|caused the deaths? of|kill|kills|killing|executed|beheaded|massacred|shot dead|gunned down|fallen victim|fell victim|lost|lose|loses",
  de: "getotet|ums leben|den tod von|den tod (?:des|der)|das leben (?:von|kostete|gekostet)|leben gekostet|starben|gestorben|ermordet|umgebracht|tot|toteten|totete|totet|hingerichtet|erschossen|massakriert|kamen um|umgekommen|zum opfer gefallen|zum opfer fielen|zum opfer fiel|verlor|verloren",
  fr: "tues|tuees|tue|tuant|morts|ont peri|coute la vie|coutant la vie|cause la mort|causant la mort|provoque la mort|entraine la mort|assassines|ont perdu la vie|ont trouve la mort|executes|massacre|massacres|massacrees|abattu|abattus|decapite|decapites|perdu|perd|perdent",
});

/** Displacement: people who fled are never deaths, whatever verb the sentence also holds ("10.000 doden en twee miljoen mensen ontheemd"). */
export const DISPLACED = words({
  nl: "ontheemd|ontheemde|op de vlucht|gevlucht|vluchtten|verdreven|dakloos",
  en: "displaced|fled|uprooted|homeless|forced from their homes",
  de: "vertrieben|geflohen|geflüchtet|gefluchtet|auf der flucht|in die flucht|obdachlos",
  fr: "deplacees|deplaces|deplacee|ont fui|en fuite|refugiees|sans-abri",
});

/** Wounding: "gewond", "wounded", "verletzt", "blessés". */
export const WOUND = words({
  nl: "gewond|verwond|raakten gewond",
  en: "wounded|injured|hurt",
  de: "verletzt|verwundet",
  fr: "blesses|blessees|blesse",
});

/** The group claiming attacks: "opgeëist", "claimed", "bekannte sich", "revendiqués". */
export const CLAIMED = words({
  nl: "opgeeist|opgeeiste|eiste|eisten|opeiste|opeisten|claimde|claimden|geclaimd|opgeeist door",
  en: "claimed|claims|claim|claiming",
  de: "bekannte|bekannten|bekannt|bekennt|reklamiert|reklamierte|reklamierten|beansprucht|bekennerschreiben",
  fr: "revendique|revendiques|revendiquees|revendiquee|revendiquait|revendication|revendications|revendiquer",
});

/** Claim verbs that are not about attacks: "claimed the lives of". */
export const CLAIMED_LIVES = words({
  nl: "eiste het leven|eisten het leven|levens geeist",
  en: "claimed the lives|claimed lives|claimed the life",
  de: "forderte das leben|forderten das leben|forderte .{0,20}leben",
  fr: "fait .{0,10}victimes|coute la vie",
});

/** Planning: "planned", "beraamd", "geplant", "planifiés". */
export const PLANNED = words({
  nl: "beraamd|beraamde|gepland|plande|planden",
  en: "planned|plotted|planning",
  de: "geplant|plante|planten",
  fr: "planifie|planifies|planifiees|prepare|prepares|projete|projetes",
});

/** Foiling: "foiled", "verijdeld", "vereitelt", "déjoués". */
export const FOILED = words({
  nl: "verijdeld|verijdelde|voorkomen|onderschept",
  en: "foiled|thwarted|prevented|averted|disrupted",
  de: "vereitelt|vereitelte|verhindert|verhinderte|abgewendet",
  fr: "dejoue|dejoues|dejouees|empeche|empeches|avortes",
});

/** Actions by state forces that turn the numbers around them into counter-operations. */
export const COUNTER_OPERATION = words({
  nl: "operaties tegen|acties tegen|luchtaanvallen|gearresteerd|opgepakt|uitgeschakeld|aangehouden|gevangengenomen",
  en: "operations against|carried out against|conducted .{0,40}operations|operatives killed|detained|arrested|captured|neutralized|neutralised|eliminated",
  de: "einsatze gegen|operationen gegen|festgenommen|verhaftet|gefangen genommen|neutralisiert|ausgeschaltet",
  fr: "operations contre|interpelles|arretes|neutralises|captures|mis hors de combat",
});

/** "Average", marking a figure as approximate and often a rate. */
export const AVERAGE = words({
  nl: "gemiddeld|gemiddelde",
  en: "average|averaging|averaged|on average",
  de: "durchschnittlich|im schnitt|im durchschnitt",
  fr: "en moyenne|moyenne",
});
