/**
 * Scope words: a figure whose sentence says it counts the whole world, all groups or terrorism in general is
 * no figure about one group, even when a group is named nearby ("Wereldwijd daalde het aantal
 * terroristische aanslagen …; IS pleegde de meeste"). And affiliation phrases: a group named after "linked
 * to" / "banden met" / "liés à" / "nahestehend" describes another actor, it does not act itself.
 */
import type { Lang } from "../lang.ts";

/** Words (over folded text) that make a sentence's figures totals over all perpetrators. */
export const SCOPE_WORDS: Record<Lang, RegExp> = {
  nl: /(?<![\p{L}])(?:wereldwijd\p{L}*|in de (?:hele )?wereld|mondiaal|terroristische (?:aanslagen|aanvallen)|terreur(?:doden|aanslagen)|door terrorisme|alle (?:groeperingen|groepen|daders))(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:worldwide|globally|global terrorism|around the world|across the world|in the world|terrorist attacks|terrorism deaths|deaths from terrorism|(?:of|by) all (?:groups|perpetrators))(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:weltweit\p{L}*|global|auf der ganzen welt|terroranschlag\p{L}*|terror(?:tote|toten|opfer)|durch terrorismus|aller (?:gruppen|tater))(?![\p{L}])/u,
  fr: /(?<![\p{L}])(?:dans le monde|a l'echelle mondiale|au niveau mondial|mondial(?:e|es|ement)?|attaques terroristes|attentats terroristes|dus au terrorisme|lies au terrorisme|de tous les groupes)(?![\p{L}])/u,
};

/**
 * Just before a group's name: the group is what other groups are linked to, not the one acting. Only after a
 * noun for groups ("groupes liés à", "groeperingen die banden hebben met"), since "les incidents liés à Boko
 * Haram" credits the group itself.
 */
export const LINKED_BEFORE = /(?:group\p{L}*|groep\p{L}*|gruppe\p{L}*|organi[sz]\p{L}*|milit?i\p{L}*|faction\p{L}*|bewegingen|mouvements?|cells|cellen|cellules|jihadist\p{L}*|djihadist\p{L}*|dschihadist\p{L}*|rebel\p{L}*|insurg\p{L}*)\s+(?:\p{L}+\s+){0,3}(?:linked to|tied to|affiliated (?:with|to)|allied (?:with|to)|loyal to|ties (?:to|with)|banden (?:hebben |heeft )?met|(?:gelieerd|gelinkt|gelieerd|trouw|loyaal) (?:zijn |is |waren )?aan|(?:geassocieerd|verbonden) (?:zijn |is |waren )?met|pledged allegiance to|associated with|se reclamant (?:de|du|des)|se revendiquant (?:de|du|des)|(?:ayant )?fait allegeance (?:a|au)|allegeance (?:a|au)|lies? (?:a|au|aux)|affilies? (?:a|au)|proches? (?:de|du)|verbunden mit|nahestehend\p{L}*|mit verbindungen (?:zu|zum|zur)|die treue geschworen|verbindungen (?:zu|zum|zur))\s+(?:the\s+|de\s+|het\s+|dem\s+|der\s+|den\s+|l'\s*|la\s+|le\s+)?(?:\p{L}+\s+){0,1}$/u;

/** German puts the participle after the name: "Gruppen, die mit dem IS verbunden sind". */
export const LINKED_AROUND = { before: /(?:^|[^\p{L}])(?:mit|sich)\s+(?:[\p{L}-]+\s+(?:oder|und|sowie)\s+)?(?:dem\s+|der\s+|den\s+)?$/u, after: /^\s+(?:verbunden|verbundet|affiliiert|nahe stehen|nahestehen|angeschlossen|angeschlossen haben|angeschlossen hat)/u };
