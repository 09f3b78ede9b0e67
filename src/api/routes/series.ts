/** A count series in calendar buckets: the `series` question. */
import { seriesQuestion } from "../../questions/index.ts";
import { answerRoute } from "../answer-route.ts";
import type { RouteGroup } from "../route.ts";

export const seriesRoutes: RouteGroup = (deps) => {
  const route = answerRoute(deps, seriesQuestion, { path: "/api/series", tags: ["analysis"] });
  return { capability: "series", specs: [route.spec], mount: (app) => route.mount(app) };
};
