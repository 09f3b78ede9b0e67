/** E-mail through SMTP (nodemailer): one plain-text message per notice to every recipient configured. */
import { UpstreamError } from "../errors.ts";
import { renderNotice } from "./messages.ts";
import type { Lang, Notice } from "./notices.ts";

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  to: string[];
}

/** Sends a notice; throws an UpstreamError when the server refuses it. */
export async function sendEmail(n: Notice, smtp: SmtpSettings, lang: Lang): Promise<void> {
  // Loaded only when a notice is mailed: the API serves the feed without paying for nodemailer.
  const { createTransport } = await import("nodemailer");
  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? "" } } : {}),
  });
  const { subject, text } = renderNotice(n, lang);
  try {
    await transport.sendMail({ from: smtp.from, to: smtp.to, subject, text, headers: { "X-Resurgence-Notice": n.id } });
  } catch (e) {
    throw new UpstreamError(`the SMTP server ${smtp.host}:${smtp.port} refused the notice: ${(e as Error).message}`, undefined, { cause: e });
  } finally {
    transport.close();
  }
}
