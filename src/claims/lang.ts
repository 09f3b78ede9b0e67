/** The four languages the claim extractor reads. */
export const LANGS = ["nl", "en", "de", "fr"] as const;

/** A language the claim extractor reads. */
export type Lang = (typeof LANGS)[number];
