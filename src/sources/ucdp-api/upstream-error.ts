/** Errors of talking to the UCDP API: a missing or refused token, and an API that will not answer. */
import { AuthError, ResurgenceError } from "../../errors.ts";

/** The API kept failing (network, 429, 5xx) beyond the retries, or answered something that is not a page. */
export class UpstreamError extends ResurgenceError {
  override name = "UpstreamError";
  override readonly exitCode = 7;
  override readonly status = 502;
}

const TOKEN_HINT =
  "pass --token or set UCDP_ACCESS_TOKEN; UCDP issues API tokens on request, see https://ucdp.uu.se/apidocs/";

export function missingToken(): AuthError {
  return new AuthError("no UCDP API access token", TOKEN_HINT);
}

export function refusedToken(status: number): AuthError {
  return new AuthError(`the UCDP API refused the access token (HTTP ${status}): it is missing, wrong or expired`, TOKEN_HINT);
}
