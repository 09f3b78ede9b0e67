import { describe, expect, it } from "vitest";
import { sign, verifySignature } from "./webhook.ts";

describe("sign", () => {
  it("is HMAC-SHA256 (RFC 4231 test case 2)", () => {
    expect(sign("what do ya want for nothing?", "Jefe")).toBe("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });
  it("verifies only the same body under the same secret", () => {
    const s = sign('{"a":1}', "k");
    expect(verifySignature('{"a":1}', s, "k")).toBe(true);
    expect(verifySignature('{"a":2}', s, "k")).toBe(false);
    expect(verifySignature('{"a":1}', s, "j")).toBe(false);
    expect(verifySignature('{"a":1}', "sha256=00", "k")).toBe(false);
  });
});
