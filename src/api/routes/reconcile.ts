/** Every dataset's count and every reported figure for one question: the `reconcile` question. */
import { reconcileQuestion } from "../../questions/index.ts";
import { answerRoute } from "../answer-route.ts";
import type { RouteGroup } from "../route.ts";

export const reconcileRoutes: RouteGroup = (deps) => {
  const route = answerRoute(deps, reconcileQuestion, { path: "/api/reconcile", tags: ["analysis"] });
  return { capability: "reconcile", specs: [route.spec], mount: (app) => route.mount(app) };
};
