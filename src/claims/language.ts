/**
 * Language detection for the four languages. Function words decide when they clearly point one way;
 * otherwise tinyld, restricted to the four languages, decides (it is weak on very short Dutch, which the
 * function words cover).
 */
import { detect } from "tinyld/light";
import type { Lang } from "./lang.ts";
import { fold } from "./text/fold.ts";

const FUNCTION_WORDS: Record<Lang, Set<string>> = {
  nl: new Set("het een van zijn niet met voor dat er aan ook bij door naar maar dan nog wel heeft werd worden hebben deze tot uit over jaar aantal zich wordt waren".split(" ")),
  en: new Set("the of and to that for it with was on by at from this are be has have were which an or its their said than".split(" ")),
  de: new Set("der das und den von zu mit ist im sich des auf fur nicht ein eine auch dem wurde wurden bei nach aus sind hat seit zum zur".split(" ")),
  fr: new Set("le la les des et un une du est qui dans pour pas par sur au aux avec ce il elle ont plus ete selon depuis".split(" ")),
};

const LANG_LIST: Lang[] = ["nl", "en", "de", "fr"];

/** For each function word, the languages it belongs to. */
const WORD_LANGS = new Map<string, Lang[]>();
for (const l of LANG_LIST) for (const w of FUNCTION_WORDS[l]) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), l]);

/**
 * The language of a text, one of nl, en, de, fr (English when nothing tells).
 *
 * @example
 * detectLanguage("Vorig jaar waren dat er 121."); // "nl"
 */
export function detectLanguage(text: string): Lang {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const words = fold(sample).match(/\p{L}+/gu) ?? [];
  const score: Record<Lang, number> = { nl: 0, en: 0, de: 0, fr: 0 };
  for (const w of words) {
    const langs = WORD_LANGS.get(w);
    if (langs) for (const l of langs) score[l]++;
  }
  const ranked = [...LANG_LIST].sort((a, b) => score[b] - score[a]);
  const [best, second] = ranked as [Lang, Lang];
  if (score[best] >= 2 && score[best] >= 2 * score[second]) return best;
  const guess = detect(sample, { only: LANG_LIST });
  if ((LANG_LIST as string[]).includes(guess)) return guess as Lang;
  return score[best] > 0 ? best : "en";
}
