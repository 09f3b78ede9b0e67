/** The citation the dataset's owner asks for; apart from the layouts, so naming a dataset loads nothing else. */
export const GTD_CITATION =
  "National Consortium for the Study of Terrorism and Responses to Terrorism (START), University of Maryland. The Global Terrorism Database (GTD) [data file].";
