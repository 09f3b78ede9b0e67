/**
 * Events, filtered and paged, as JSON, CSV or GeoJSON; and one event with its raw source row. Pages are
 * bounded (limits.maxPageSize): the browser never receives the store.
 */
import { z } from "zod";
import { NotFoundError, UsageError } from "../../errors.ts";
import { eventsQuestion } from "../../questions/index.ts";
import { EventFilter } from "../../store/index.ts";
import { answerRoute } from "../answer-route.ts";
import { eventsCsv } from "../encode/csv.ts";
import { eventsGeoJson } from "../encode/geojson.ts";
import { parseQuery } from "../params/query.ts";
import type { RouteGroup } from "../route.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const eventsRoutes: RouteGroup = (deps) => {
  const list = answerRoute(deps, eventsQuestion, {
    path: "/api/events",
    tags: ["events"],
    description: "Filter by actor (any alias), country, admin1, period, dataset and violence type under a counting rule. JSON (with the total), CSV or GeoJSON; the total is also in X-Total-Count.",
    headers: (a) => ({ "X-Total-Count": String(a.page.total) }),
    formats: {
      csv: {
        type: "text/csv",
        render: (a, c) => {
          c.header("Content-Disposition", 'attachment; filename="events.csv"');
          return c.body(eventsCsv(a.events), 200, { "Content-Type": "text/csv; charset=utf-8" });
        },
      },
      geojson: {
        type: "application/geo+json",
        render: (a, c) => {
          return c.body(JSON.stringify(eventsGeoJson(a.events)), 200, { "Content-Type": "application/geo+json" });
        },
      },
    },
  });
  const OneQuery = z.strictObject({ date: isoDate.describe("the event's date_start (events are looked up within their day)") });
  const IdParam = z.string().regex(/^[a-z0-9-]{1,32}:[A-Za-z0-9._-]{1,64}$/, "expected <dataset>:<source_event_id>");

  return {
    capability: "events",
    specs: [
      list.spec,
      {
        method: "get",
        path: "/api/events/:id",
        summary: "One event with its raw source row",
        tags: ["events"],
        query: OneQuery,
        pathParams: { id: "<dataset>:<source_event_id>, e.g. ucdp-ged:219264" },
      },
    ],
    mount(app) {
      list.mount(app);

      app.get("/api/events/:id", async (c) => {
        const id = IdParam.safeParse(c.req.param("id"));
        if (!id.success) throw new UsageError(`path parameter "id": ${id.error.issues[0]?.message ?? "invalid"}`);
        const { date } = parseQuery(c, OneQuery);
        const dataset = id.data.slice(0, id.data.indexOf(":"));
        // Looked up by its id (and its day, which the store's order serves): a GDELT day holds tens of thousands.
        const [event] = await deps.store.events(EventFilter.parse({ ids: [id.data], start: date, end: date, datasets: [dataset] }), { limit: 1, offset: 0 });
        if (!event) throw new NotFoundError(`no event ${id.data} on ${date}`, "the date must be the event's date_start");
        return c.json({ event });
      });
    },
  };
};
