/** The citation the dataset's owner asks for; apart from the layouts, so naming a dataset loads nothing else. */
export const GDELT_CITATION =
  "The GDELT Project, GDELT 2.0 Event Database. Leetaru, Kalev and Philip A. Schrodt (2013). GDELT: Global Data on Events, Location and Tone, 1979-2012. International Studies Association Annual Convention.";
