/** The forecast of one scope (`forecast`): monthly counts ahead with 80% and 95% intervals. */
import { forecastQuestion } from "../../questions/index.ts";
import { answerRoute } from "../answer-route.ts";
import type { RouteGroup } from "../route.ts";

export const forecastRoutes: RouteGroup = (deps) => {
  const route = answerRoute(deps, forecastQuestion, { path: "/api/forecast", tags: ["analysis"] });
  return { capability: "forecast", specs: [route.spec], mount: (app) => route.mount(app) };
};
