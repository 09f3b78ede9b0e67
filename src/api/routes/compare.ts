/** Comparing two periods, in the store or on two given figures: the `compare` and `compare-counts` questions. */
import { compareCountsQuestion, compareQuestion } from "../../questions/index.ts";
import { answerRoute } from "../answer-route.ts";
import type { RouteGroup } from "../route.ts";

export const compareRoutes: RouteGroup = (deps) => {
  const routes = [answerRoute(deps, compareQuestion, { path: "/api/compare", tags: ["analysis"] }), answerRoute(deps, compareCountsQuestion, { path: "/api/compare/counts", tags: ["analysis"] })];
  return { capability: "compare", specs: routes.map((r) => r.spec), mount: (app) => routes.forEach((r) => r.mount(app)) };
};
