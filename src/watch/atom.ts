/** The Atom feed (RFC 4287) of the notices sent, newest first: what /api/alerts.atom serves. */
import { renderNotice } from "./messages.ts";
import type { Lang } from "./notices.ts";
import type { SentNotice } from "./state.ts";

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Renders the feed; `self` is the feed's own URL, `updated` the time when nothing was sent yet. */
export function atomFeed(sent: readonly SentNotice[], o: { self: string; lang: Lang; updated: Date }): string {
  const updated = sent[0]?.sent_at ?? o.updated.toISOString();
  const entries = sent.map(({ notice, sent_at }) => {
    const { subject, text } = renderNotice(notice, o.lang);
    return `  <entry>
    <id>urn:resurgence:notice:${escape(notice.id)}</id>
    <title>${escape(subject)}</title>
    <updated>${escape(sent_at)}</updated>
    <link rel="alternate" type="text/html" href="${escape(notice.link)}"/>
    <category term="${notice.kind}"/>
    <content type="text">${escape(text)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.lang}">
  <id>urn:resurgence:alerts</id>
  <title>${o.lang === "nl" ? "resurgence: alarmen en hergroeperingen" : "resurgence: alarms and regroupings"}</title>
  <updated>${escape(updated)}</updated>
  <author><name>resurgence watch</name></author>
  <link rel="self" type="application/atom+xml" href="${escape(o.self)}"/>
${entries.join("\n")}
</feed>
`;
}
