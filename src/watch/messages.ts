/**
 * What a notice says, in English and Dutch: one catalogue per language, typed so a missing Dutch message is a
 * compile error. Numbers and months go through Intl with the reader's locale.
 */
import type { Lang, Notice } from "./notices.ts";

interface Catalogue {
  subject(n: Notice): string;
  lead(n: Notice): string;
  evidence: string;
  counts(n: Notice): string;
  ratio(n: Notice): string;
  explanation: string;
  rule: string;
  link: string;
  footer: string;
}

const fmt = (lang: Lang, x: number, digits = 1): string => (Number.isFinite(x) ? new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: digits }).format(x) : "∞");
const month = (lang: Lang, m: string): string => new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${m}-01T00:00:00Z`));
const where = (n: Notice): string => n.countries.join(", ") || "—";

const CATALOGUES: Record<Lang, Catalogue> = {
  en: {
    subject: (n) => (n.kind === "alarm" ? `Alarm: ${n.actor} rising in ${where(n)} since ${month("en", n.month)}` : `Regrouping: ${n.actor} in ${where(n)} since ${month("en", n.month)}`),
    lead: (n) =>
      n.kind === "alarm"
        ? `The monthly count of ${n.actor}'s events in ${where(n)} set off the NB CUSUM alarm in ${month("en", n.month)} (data to ${month("en", n.data_to)}).`
        : `${n.actor} in ${where(n)} is regrouping: after a long low, its rate rose from ${month("en", n.month)} (data to ${month("en", n.data_to)}).`,
    evidence: "Evidence",
    counts: (n) => `Events per month, ${n.months[0]} to ${n.months.at(-1)}: ${n.counts.join(", ")}`,
    ratio: (n) => (n.kind === "alarm" ? `Last month ${fmt("en", n.ratio)}× the in-control rate of ${fmt("en", n.baseline)}/month` : `${fmt("en", n.ratio)}× the low's rate of ${fmt("en", n.baseline)}/month`),
    explanation: "Details",
    rule: "Counting rule",
    link: "Dashboard",
    footer: "Sent by resurgence watch once per alarm run or regrouping; it will not be sent again.",
  },
  nl: {
    subject: (n) => (n.kind === "alarm" ? `Alarm: ${n.actor} neemt toe in ${where(n)} sinds ${month("nl", n.month)}` : `Hergroepering: ${n.actor} in ${where(n)} sinds ${month("nl", n.month)}`),
    lead: (n) =>
      n.kind === "alarm"
        ? `Het maandelijkse aantal gebeurtenissen van ${n.actor} in ${where(n)} gaf in ${month("nl", n.month)} een NB-CUSUM-alarm (gegevens tot ${month("nl", n.data_to)}).`
        : `${n.actor} hergroepeert in ${where(n)}: na een lange laagte stijgt het tempo sinds ${month("nl", n.month)} (gegevens tot ${month("nl", n.data_to)}).`,
    evidence: "Onderbouwing",
    counts: (n) => `Gebeurtenissen per maand, ${n.months[0]} tot ${n.months.at(-1)}: ${n.counts.join(", ")}`,
    ratio: (n) => (n.kind === "alarm" ? `Vorige maand ${fmt("nl", n.ratio)}× het normale tempo van ${fmt("nl", n.baseline)}/maand` : `${fmt("nl", n.ratio)}× het tempo in de laagte (${fmt("nl", n.baseline)}/maand)`),
    explanation: "Details",
    rule: "Telregel",
    link: "Dashboard",
    footer: "Verstuurd door resurgence watch, één keer per alarmreeks of hergroepering; dit bericht komt niet opnieuw.",
  },
};

/** A notice as a subject line and a plain-text body. */
export function renderNotice(n: Notice, lang: Lang): { subject: string; text: string } {
  const c = CATALOGUES[lang];
  const text = [c.lead(n), "", `${c.evidence}:`, `- ${c.counts(n)}`, `- ${c.ratio(n)}`, `- ${c.explanation}: ${n.explanation}`, `- ${c.rule}: ${n.rule_text}`, `- ${c.link}: ${n.link}`, "", c.footer].join("\n");
  return { subject: c.subject(n), text };
}
