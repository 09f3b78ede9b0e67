/**
 * The JSON webhook: one POST per notice, the body signed with HMAC-SHA256 under a shared secret in the header
 * `X-Resurgence-Signature: sha256=<hex>` (as GitHub signs its webhooks), so a receiver can check that the body
 * came from this watch and was not changed. `verifySignature` is what a receiver runs.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { UpstreamError } from "../errors.ts";
import type { Lang, Notice } from "./notices.ts";
import { renderNotice } from "./messages.ts";

export const SIGNATURE_HEADER = "x-resurgence-signature";

export function sign(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** True when `signature` is the HMAC-SHA256 of `body` under `secret` (compared in constant time). */
export function verifySignature(body: string, signature: string, secret: string): boolean {
  const want = Buffer.from(sign(body, secret));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** Posts a notice; throws when the receiver does not answer 2xx. */
export async function postWebhook(n: Notice, o: { url: string; secret: string; lang: Lang }, fetch: typeof globalThis.fetch): Promise<void> {
  const { subject, text } = renderNotice(n, o.lang);
  const body = JSON.stringify({ type: `resurgence.${n.kind}`, lang: o.lang, subject, text, notice: n });
  const res = await fetch(o.url, { method: "POST", headers: { "content-type": "application/json", [SIGNATURE_HEADER]: sign(body, o.secret) }, body });
  if (!res.ok) throw new UpstreamError(`the webhook at ${new URL(o.url).host} answered HTTP ${res.status}`);
}
