/**
 * The claim reader: POST a news text, get its quantitative claims (`claims`, each with the span of the text it
 * was read from) or each claim checked against the store and the ledger (`check`: verdict and evidence).
 * Reading a text changes nothing, so neither needs a token; the text's length is bounded by the question.
 */
import { checkQuestion, claimsQuestion } from "../../questions/index.ts";
import { answerRoute } from "../answer-route.ts";
import type { RouteGroup } from "../route.ts";

export const claimsRoutes: RouteGroup = (deps) => {
  const routes = [
    answerRoute(deps, claimsQuestion, { path: "/api/claims/extract", method: "post", tags: ["claims"] }),
    answerRoute(deps, checkQuestion, { path: "/api/claims/check", method: "post", tags: ["claims"] }),
  ];
  return { capability: "claims", specs: routes.map((r) => r.spec), mount: (app) => routes.forEach((r) => r.mount(app)) };
};
