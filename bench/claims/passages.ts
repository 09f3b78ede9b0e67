/** Passages for the speed bench: written for it, in the four languages, of typical news length. */
export const BENCH_PASSAGES: ReadonlyArray<{ text: string; published: string }> = [
  { published: "2023-05-10", text: "Volgens de VN pleegde IS in de eerste vier maanden van dit jaar ruim tweehonderd aanslagen in Irak. Vorig jaar waren dat er in dezelfde periode nog maar 90. Het aantal doden steeg met 40 procent." },
  { published: "2022-03", text: "According to ACLED, al-Shabaab carried out more than 1,400 attacks in Somalia last year, nearly double the figure for 2020. Since January, at least 300 civilians have been killed." },
  { published: "2024-02-01", text: "Laut SITE bekannte sich der IS im vergangenen Jahr zu 512 Anschlägen in Syrien, gut 90 mehr als im Vorjahr. Die Zahl der Todesopfer sank um ein Drittel auf rund 1200." },
  { published: "2021-09-15", text: "Selon l'ONU, Boko Haram a mené plus d'une centaine d'attaques au Nigéria depuis le début de l'année, soit trois fois plus qu'en 2020. Au moins 3 500 civils ont été tués." },
  { published: "2020", text: "De coalitie van 80 landen voerde in 2019 honderden luchtaanvallen uit. Tien jaar geleden, in juni 2010, telde de groep nog 5.000 strijders." },
  { published: "2023-08-09", text: "During the month of July 2023, U.S. Central Command conducted a total of 31 D-ISIS operations, resulting in 5 ISIS operatives killed and 30 detained." },
];
