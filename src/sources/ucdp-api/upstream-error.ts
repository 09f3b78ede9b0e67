/** Errors of talking to the UCDP API: a missing or refused token, and an API that will not answer. */
import { AuthError } from "../../errors.ts";

export { UpstreamError } from "../../errors.ts";

const TOKEN_HINT =
  "pass --token or set UCDP_ACCESS_TOKEN; UCDP issues API tokens on request, see https://ucdp.uu.se/apidocs/";

export function missingToken(): AuthError {
  return new AuthError("no UCDP API access token", TOKEN_HINT);
}

export function refusedToken(status: number): AuthError {
  return new AuthError(`the UCDP API refused the access token (HTTP ${status}): it is missing, wrong or expired`, TOKEN_HINT);
}
