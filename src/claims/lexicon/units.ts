/**
 * What a figure counts, read from the noun after it (or the noun a "Zahl der …"/"aantal …" frame names).
 * Each language lists nouns as patterns over one folded word; Dutch and German compounds are matched by
 * their last part ("zelfmoordaanslagen", "Terroranschläge", "IS-Toten"). Blockers are nouns that make a
 * figure no claim about the group: strikes and operations by state forces, soldiers, fighters killed,
 * countries in a coalition, displaced people, money, time.
 */
import type { Lang } from "../lang.ts";

/** What a noun says a figure counts. */
export type NounSense =
  | { kind: "unit"; unit: string; civilian?: boolean }
  | { kind: "people"; civilian?: boolean; security?: boolean }
  | { kind: "generic" }
  | { kind: "blocker" };

type Entry = [RegExp, NounSense];

const unit = (u: string, civilian = false): NounSense => ({ kind: "unit", unit: u, civilian });
const people = (civilian = false): NounSense => ({ kind: "people", civilian });
const BLOCK: NounSense = { kind: "blocker" };
/** Soldiers and police: a count of them is a troop number, unless the sentence says they were killed. */
const SECURITY: NounSense = { kind: "people", security: true };
const GENERIC: NounSense = { kind: "generic" };

const NOUNS: Record<Lang, Entry[]> = {
  nl: [
    [/(?:lucht|drone|bombardements?|raket)aanval(?:len)?$|^bombardementen$|^luchtaanvallen$/, BLOCK],
    [/^(?:militairen|soldaten|agenten|politieagenten|politiemensen|veiligheidstroepen)$/, SECURITY],
    [/operaties?$|strijders?$|militanten$|jihadisten$|terroristen$|leden$|troepen$/, BLOCK],
    [/^(?:landen|staten|arrestaties|gevangenen|gijzelaars|ontvoerden|ontheemden|vluchtelingen|euro|dollar|procent|keer|provincies|kilometer|km|jaar|jaren|maanden|weken|dagen|uur|minuten|plekken|gemeenten|huizen|gebouwen)$/, BLOCK],
    [/zelfmoordaanslag(?:en)?$/, unit("suicide_attacks")],
    [/^(?:complotten|aanslagplannen|aanslagsplannen)$/, unit("plots")],
    [/aanslag(?:en)?$|aanval(?:len)?$|^overvallen$|^hinderlagen$/, unit("attacks")],
    [/incidenten?$|^geweldsdaden$|^gewelddaden$/, unit("incidents")],
    // Battles as datasets count them (ACLED's battle events): events, never attacks by one side.
    [/^(?:gevechten|confrontaties|botsingen|schermutselingen|vuurgevechten)$/, unit("events")],
    [/^terreurda(?:ad|den)$/, unit("attacks")],
    [/burgerdoden$/, unit("deaths", true)],
    // Compounds end in the death noun: "terreurdoden", "IS-doden".
    [/doden$|^levens$|^mensenlevens$|^dodelijke$|^sterfgevallen$|^dodental$|^dodenaantal$/, unit("deaths")],
    [/burgerslachtoffers$/, unit("victims", true)],
    [/slachtoffers?$/, unit("victims")],
    [/gewonden$/, unit("injuries")],
    [/ontvoeringen$/, unit("kidnappings")],
    [/^(?:burgers|burgerdoelen)$/, people(true)],
    [/^(?:mensen|personen|inwoners|dorpelingen|kinderen|vrouwen|mannen|anderen)$/, people()],
    [/^(?:gevallen|zaken|acties)$/, GENERIC],
  ],
  en: [
    [/^(?:airstrikes?|air-strikes?|strikes|raids?|operations?|sorties|bombings? raids?)$/, BLOCK],
    [/^(?:soldiers|policemen|police|officers|servicemen|peacekeepers)$/, SECURITY],
    [/^(?:troops|fighters|militants|operatives|members|insurgents|jihadists|terrorists|combatants|recruits|personnel)$/, BLOCK],
    [/^(?:countries|nations|states|arrests|detainees|prisoners|hostages|captives|abductees|displaced|refugees|dollars|euros|percent|times|provinces|miles|kilometers|km|years|months|weeks|days|hours|minutes|villages|homes|buildings)$/, BLOCK],
    [/^(?:attacks?|assaults?|bombings?|ambushes|incursions?)$/, unit("attacks")],
    [/^(?:plots?)$/, unit("plots")],
    [/^(?:incidents?)$/, unit("incidents")],
    [/^(?:events?|clashes|battles|skirmishes|firefights)$/, unit("events")],
    [/^(?:deaths|fatalities|dead|killings|toll|lives)$/, unit("deaths")],
    [/^(?:casualties)$/, unit("casualties")],
    [/^(?:injuries|injured|wounded)$/, unit("injuries")],
    [/^(?:victims)$/, unit("victims")],
    [/^(?:kidnappings|abductions)$/, unit("kidnappings")],
    [/^(?:civilians)$/, people(true)],
    [/^(?:people|persons|residents|villagers|children|women|men|worshippers|others)$/, people()],
    [/^(?:cases|such|ones)$/, GENERIC],
  ],
  de: [
    [/(?:luft|drohnen|raketen)(?:angriff|angriffe|angriffen|schlag|schlage|schlagen)$/, BLOCK],
    [/^(?:soldaten|polizisten|sicherheitskrafte|blauhelme|blauhelmsoldaten)$/, SECURITY],
    [/einsatze?n?$|operationen?$|razzien$|kampfer(?:n|innen)?$|extremisten$|terroristen$|dschihadisten$|islamisten$|mitglieder(?:n)?$|truppen$/, BLOCK],
    [/^(?:lander|landern|staaten|festnahmen|gefangene|geiseln|entfuhrte|vertriebene|fluchtlinge|euro|dollar|prozent|mal|provinzen|kilometer|jahre|jahren|monate|monaten|wochen|tage|tagen|stunden|minuten|dorfer|hauser|gebaude)$/, BLOCK],
    [/selbstmord(?:anschlag|anschlage|anschlagen|attentat|attentate|attentaten)$/, unit("suicide_attacks")],
    [/^(?:komplotte|komplotten|anschlagsplane|anschlagsplanen)$/, unit("plots")],
    [/(?:anschlag|anschlage|anschlagen|angriff|angriffe|angriffen|attentat|attentate|attentaten|uberfall|uberfalle|uberfallen)$/, unit("attacks")],
    [/(?:vorfalle|vorfallen|zwischenfalle|zwischenfallen)$|^gewalttaten$/, unit("incidents")],
    [/^(?:gefechte|gefechten|zusammenstosse|zusammenstossen|kampfe|kampfen|feuergefechte|feuergefechten)$/, unit("events")],
    [/^(?:todesopfer|tote|toten|todesfalle|todesfallen|todeszahl|opferzahl|menschenleben|leben)$|tote$|toten$/, unit("deaths")],
    // Compounds end in the noun: "Zivilopfer", "Terroropfer", "Schwerverletzte".
    [/^zivilopfern?$/, unit("victims", true)],
    [/opfern?$/, unit("victims")],
    [/(?:verletzte|verletzten|verwundete|verwundeten)$/, unit("injuries")],
    [/entfuhrungen$/, unit("kidnappings")],
    [/^(?:zivilisten|zivilpersonen)$/, people(true)],
    [/^(?:menschen|personen|einwohner|dorfbewohner|kinder|frauen|manner|weitere|andere)$/, people()],
    [/^(?:falle|fallen|faelle)$/, GENERIC],
  ],
  fr: [
    [/^(?:frappes?|raids?|operations?|bombardements)$/, BLOCK],
    [/^(?:soldats|militaires|policiers|gendarmes|casques)$/, SECURITY],
    [/^(?:combattants|djihadistes|jihadistes|terroristes|militants|membres|insurges|troupes|elements)$/, BLOCK],
    [/^(?:pays|etats|arrestations|detenus|prisonniers|otages|deplaces|refugies|euros|dollars|pourcent|fois|provinces|kilometres|km|ans|annees|mois|semaines|jours|heures|minutes|villages|maisons|batiments)$/, BLOCK],
    [/^(?:attentats?-suicides?|attaques?-suicides?)$/, unit("suicide_attacks")],
    [/^(?:attaques?|attentats?|assauts?|embuscades?|incursions?)$/, unit("attacks")],
    [/^(?:complots?|projets d'attentats?)$/, unit("plots")],
    [/^(?:incidents?)$/, unit("incidents")],
    [/^(?:evenements?|affrontements|combats|accrochages)$/, unit("events")],
    [/^(?:morts|deces|tues|tuees|vies)$/, unit("deaths")],
    [/^(?:victimes)$/, unit("victims")],
    [/^(?:blesses|blessees)$/, unit("injuries")],
    [/^(?:enlevements|rapts)$/, unit("kidnappings")],
    [/^(?:civils)$/, people(true)],
    [/^(?:personnes|habitants|villageois|enfants|femmes|hommes|autres)$/, people()],
    [/^(?:cas)$/, GENERIC],
  ],
};

const MEMO: Record<Lang, Map<string, NounSense | null>> = { nl: new Map(), en: new Map(), de: new Map(), fr: new Map() };

/** What a folded word, as a noun after a figure, says the figure counts; undefined for an unknown word. */
export function nounSense(lang: Lang, word: string): NounSense | undefined {
  const memo = MEMO[lang];
  const hit = memo.get(word);
  if (hit !== undefined) return hit ?? undefined;
  let sense: NounSense | null = null;
  for (const [re, s] of NOUNS[lang]) {
    if (re.test(word)) {
      sense = s;
      break;
    }
  }
  if (memo.size > 20000) memo.clear();
  memo.set(word, sense);
  return sense ?? undefined;
}

const CIVILIAN = /^(?:civilian|civilians|burger|burgers|zivile|zivilen|ziviler|civils|civiles|civil|onschuldige)$/;

/** Whether a folded word marks the victims as civilians ("victimes civiles", "civilian deaths"). */
export function isCivilianWord(word: string): boolean {
  return CIVILIAN.test(word);
}
