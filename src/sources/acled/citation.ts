/** The citation the dataset's owner asks for; apart from the layouts, so naming a dataset loads nothing else. */
export const ACLED_CITATION =
  "Armed Conflict Location & Event Data Project (ACLED). Raleigh, Clionadh, Andrew Linke, Håvard Hegre and Joakim Karlsen (2010). Introducing ACLED: An Armed Conflict Location and Event Dataset. Journal of Peace Research 47(5): 651-660.";
