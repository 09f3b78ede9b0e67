/** Points for the map: the `map` question. */
import { mapQuestion } from "../../questions/index.ts";
import { answerRoute } from "../answer-route.ts";
import type { RouteGroup } from "../route.ts";

export const mapRoutes: RouteGroup = (deps) => {
  const route = answerRoute(deps, mapQuestion, { path: "/api/map", tags: ["events"] });
  return { capability: "map", specs: [route.spec], mount: (app) => route.mount(app) };
};
