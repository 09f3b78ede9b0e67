/** English number words: "one hundred and fifty-three", "twenty-one", "a hundred". */
import { lexicon } from "./lexeme.ts";

export const EN_LEXICON = lexicon({
  units: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
  teens: {
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
    sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  },
  tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  hundred: ["hundred"],
  scales: { thousand: 1e3, million: 1e6, billion: 1e9 },
  and: ["and"],
});

/** Approximate counts written as nouns: "a dozen", "a score". */
export const EN_APPROX_NOUNS: Record<string, number> = { dozen: 12, score: 20 };
