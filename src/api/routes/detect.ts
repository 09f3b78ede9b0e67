/** Detection on one scope (`detect`) and the scan of every actor × country (`alerts`). */
import { alertsQuestion, detectQuestion } from "../../questions/index.ts";
import { answerRoute } from "../answer-route.ts";
import type { RouteGroup } from "../route.ts";

export const detectRoutes: RouteGroup = (deps) => {
  const routes = [answerRoute(deps, detectQuestion, { path: "/api/detect", tags: ["analysis"] }), answerRoute(deps, alertsQuestion, { path: "/api/alerts", tags: ["analysis"] })];
  return { capability: "detect", specs: routes.map((r) => r.spec), mount: (app) => routes.forEach((r) => r.mount(app)) };
};
