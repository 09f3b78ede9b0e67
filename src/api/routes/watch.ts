/** The watch's Atom feed: the notices `resurgence watch` has sent, from the state file beside the store. */
import { z } from "zod";
import { UsageError } from "../../errors.ts";
import { atomFeed, readState, statePath } from "../../watch/index.ts";
import type { RouteGroup } from "../route.ts";

const Query = z.strictObject({ lang: z.enum(["en", "nl"]).default("en").describe("language of the entries") });

export const watchRoutes: RouteGroup = (deps) => ({
  capability: "watch",
  specs: [{ method: "get", path: "/api/alerts.atom", summary: "Atom feed of the alarms and regroupings resurgence watch has sent, newest first", tags: ["analysis"], query: Query, produces: ["application/atom+xml"] }],
  mount(app) {
    app.get("/api/alerts.atom", (c) => {
      const q = Query.safeParse(c.req.query());
      if (!q.success) throw new UsageError(`query parameter ${q.error.issues[0]?.path.join(".") || "(unknown)"}: ${q.error.issues[0]?.message}`);
      const sent = readState(statePath(deps.config.db));
      const body = atomFeed(sent, { self: new URL(c.req.url).toString(), lang: q.data.lang, updated: deps.now() });
      return c.body(body, 200, { "content-type": "application/atom+xml; charset=utf-8" });
    });
  },
});
