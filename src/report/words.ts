/** The briefing's words: the catalogue's `brief` section in the reader's language (src/messages holds every sentence). */
import { messages, type MessageLang, type Messages } from "../messages/index.ts";

export type BriefingWords = Messages["brief"] & { noComparison: string; locale: string };

export function briefingWords(lang: MessageLang): BriefingWords {
  const m = messages(lang);
  return { ...m.brief, noComparison: m.noComparison, locale: m.locale };
}
