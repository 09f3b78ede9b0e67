/**
 * Events, filtered and paged, as JSON, CSV or GeoJSON; and one event with its raw source row. Pages are
 * bounded (limits.maxPageSize): the browser never receives the store.
 */
import { z } from "zod";
import { describeRule, toFilter } from "../../analysis/counting/index.ts";
import { NotFoundError, UsageError } from "../../errors.ts";
import { EventFilter } from "../../store/index.ts";
import { eventsCsv } from "../encode/csv.ts";
import { eventsGeoJson } from "../encode/geojson.ts";
import { actorField, admin1Field, countriesField, periodField, ruleFields } from "../params/fields.ts";
import { parseQuery } from "../params/query.ts";
import { resolveScope } from "../params/scope.ts";
import type { RouteGroup } from "../route.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const eventsRoutes: RouteGroup = (deps) => {
  const Query = z.strictObject({
    actor: actorField.optional(),
    country: countriesField.optional(),
    admin1: admin1Field.optional(),
    period: periodField.optional(),
    ...ruleFields,
    limit: z.coerce.number().int().min(1).max(deps.limits.maxPageSize).default(100).describe(`page size, at most ${deps.limits.maxPageSize}`),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
    format: z.enum(["json", "csv", "geojson"]).default("json"),
  });
  const OneQuery = z.strictObject({ date: isoDate.describe("the event's date_start (events are looked up within their day)") });
  const IdParam = z.string().regex(/^[a-z0-9-]{1,32}:[A-Za-z0-9._-]{1,64}$/, "expected <dataset>:<source_event_id>");

  return {
    capability: "events",
    specs: [
      {
        method: "get",
        path: "/api/events",
        summary: "Events matching a filter, paged",
        description: "Filter by actor (any alias), country, admin1, period, dataset and violence type under a counting rule. JSON (with the total), CSV or GeoJSON.",
        tags: ["events"],
        query: Query,
        produces: ["application/json", "text/csv", "application/geo+json"],
      },
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
      app.get("/api/events", async (c) => {
        const q = parseQuery(c, Query);
        const scope = resolveScope(q, deps.registry);
        const filter = { ...toFilter(scope.rule, { actorIds: scope.actorIds, countries: scope.countries, start: q.period?.start, end: q.period?.end }), admin1: q.admin1 ?? [] };
        const [events, totals] = await Promise.all([deps.store.eventSummaries(filter, { limit: q.limit, offset: q.offset }), deps.store.count({ filter })]);
        const total = totals[0]?.events ?? 0;
        c.header("X-Total-Count", String(total));
        if (q.format === "csv") {
          c.header("Content-Disposition", 'attachment; filename="events.csv"');
          return c.body(eventsCsv(events), 200, { "Content-Type": "text/csv; charset=utf-8" });
        }
        if (q.format === "geojson") return c.body(JSON.stringify(eventsGeoJson(events)), 200, { "Content-Type": "application/geo+json" });
        const next = q.offset + events.length < total ? q.offset + events.length : null;
        return c.json({
          actor: scope.actor,
          countries: scope.countries,
          period: q.period ?? null,
          rule: scope.rule,
          rule_text: describeRule(scope.rule, scope.actor?.name ?? "any actor"),
          warnings: scope.warnings,
          page: { limit: q.limit, offset: q.offset, returned: events.length, total, next_offset: next },
          events,
        });
      });

      app.get("/api/events/:id", async (c) => {
        const id = IdParam.safeParse(c.req.param("id"));
        if (!id.success) throw new UsageError(`path parameter "id": ${id.error.issues[0]?.message ?? "invalid"}`);
        const { date } = parseQuery(c, OneQuery);
        const dataset = id.data.slice(0, id.data.indexOf(":"));
        const sameDay = await deps.store.events(EventFilter.parse({ start: date, end: date, datasets: [dataset] }), { limit: deps.limits.maxPageSize, offset: 0 });
        const event = sameDay.find((e) => e.id === id.data);
        if (!event) throw new NotFoundError(`no event ${id.data} on ${date}`, "the date must be the event's date_start");
        return c.json({ event });
      });
    },
  };
};
