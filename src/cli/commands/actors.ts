/** `resurgence actors resolve NAME`, `actors list` (the registry) and `actors active` (the `actors` question: who has events in the store). */
import type { Command } from "commander";
import { actorName, resolveName, suggestName } from "../../actors/index.ts";
import { NotFoundError } from "../../errors.ts";
import { actorsQuestion } from "../../questions/index.ts";
import { questionCommand } from "../ask.ts";
import type { Context } from "../context.ts";
import { cliWords, parseLang } from "../words.ts";

export function registerActors(program: Command, ctx: () => Context): void {
  const actors = program.command("actors").description("the actor registry: canonical groups, aliases, predecessors, affiliates");
  actors
    .command("resolve")
    .description("resolve a name (any alias, language or predecessor) to its actor")
    .argument("<name>", 'e.g. "Daesh", "Islamitische Staat", "al-Qaida in Iraq"')
    .option("--lang <en|nl>", "language of the lines: en or nl")
    .option("--json", "print JSON")
    .action((name: string, opts: { lang?: string; json?: boolean }) => {
      const c = ctx();
      const w = cliWords(parseLang(opts.lang));
      const m = w.m.actors;
      const registry = c.actors();
      const hit = registry.lookup(name);
      if (!hit) {
        const r = resolveName(registry, name);
        const meant = suggestName(registry, name)?.alias;
        throw new NotFoundError(`no actor in the registry is called "${name}"${meant ? `; did you mean "${meant}"?` : ` (events would count it as "${r.id}")`}`, "add it to a registry file passed with --actors");
      }
      const a = hit.actor;
      const result = { id: a.id, name: a.name, kind: a.kind, parent: a.parent ?? null, matched_predecessor: hit.predecessor ?? null, aliases: a.aliases, affiliates: registry.withDescendants(a.id).slice(1) };
      if (opts.json) return c.io.out(JSON.stringify(result, null, 2));
      c.io.out(`${name} → ${a.id} (${actorName(a, w.lang)}, ${m.kinds[a.kind] ?? a.kind})`);
      if (hit.predecessor) c.io.out(m.predecessor(hit.predecessor.name, hit.predecessor.from ?? "?", hit.predecessor.to ?? "?"));
      if (a.parent) c.io.out(m.affiliateOf(a.parent));
      if (result.affiliates.length) c.io.out(m.affiliates(result.affiliates.join(", ")));
      c.io.out(m.aliases(a.aliases.join(", ")));
    });
  actors
    .command("list")
    .description("list the canonical actors")
    .option("--lang <en|nl>", "language of the names and headings: en or nl")
    .option("--json", "print JSON")
    .action((opts: { lang?: string; json?: boolean }) => {
      const c = ctx();
      const w = cliWords(parseLang(opts.lang));
      const { m } = w;
      const list = [...c.actors().actors.values()];
      if (opts.json) return c.io.out(JSON.stringify(list, null, 2));
      c.io.out(w.table(["id", m.col.name, m.col.kind, m.col.parent, m.col.aliases], list.map((a) => [a.id, actorName(a, w.lang), m.actors.kinds[a.kind] ?? a.kind, a.parent ?? "", String(a.aliases.length)])));
    });
  questionCommand(actors, ctx, actorsQuestion, {
    name: "active",
    present(r, c, input) {
      const w = cliWords(input.lang);
      const { m } = w;
      c.io.out(w.table(["id", m.col.name, m.col.kind, m.col.events], r.actors.map((a) => [a.id, a.name, a.kind ? (m.actors.kinds[a.kind] ?? a.kind) : "", a.events])));
    },
  });
}
