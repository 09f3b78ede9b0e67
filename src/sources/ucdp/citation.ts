/** The citation the dataset's owner asks for; apart from the layouts, so naming a dataset loads nothing else. */
export const UCDP_CITATION =
  "UCDP GED, CC BY 4.0. Sundberg, Ralph and Erik Melander (2013). Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research 50(4); Högbladh, Stina (2019). UCDP GED Codebook version 19.1. Uppsala University; Davies, Shawn, Therése Pettersson and Magnus Öberg (2026). Journal of Peace Research (GED 26.1).";
