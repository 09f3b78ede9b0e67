/**
 * A question the product answers, declared once: its input schema (with defaults and the counting rule),
 * its output schema, one function over a Store, and whether its answer may be cached. The CLI derives its
 * flags from the input schema, the API its routes and OpenAPI document from both schemas; neither decides
 * anything of its own.
 */
import type { z } from "zod";
import type { Registry } from "../actors/index.ts";
import type { Store } from "../store/index.ts";

/** What a question runs against: the store, the actor registry and the clock, passed in so tests swap them. */
export interface QuestionEnv {
  store: Store;
  registry: Registry;
  now: () => Date;
}

/** The input schemas are objects whose fields are the flags (CLI) and query parameters (API). */
export type InputSchema = z.ZodObject;

export interface Question<I extends InputSchema = InputSchema, O extends z.ZodType = z.ZodType> {
  /** The name the surfaces use: `resurgence <name>`, `/api/<path>`. */
  name: string;
  summary: string;
  input: I;
  output: O;
  /**
   * Whether an answer may be reused for the same input while the store has not changed. Only answers that are
   * a pure function of the store's content are; the cache itself honours it only on a store that reports its
   * changes (see cache.ts).
   */
  cacheable: boolean;
  /** False for questions that never read the store (figures given by hand, a text's claims): no surface opens it for them. */
  readsStore?: boolean;
  run(input: z.output<I>, env: QuestionEnv): Promise<z.output<O>>;
}

/** Declares a question; the identity function, there for its types. */
export function defineQuestion<I extends InputSchema, O extends z.ZodType>(q: Question<I, O>): Question<I, O> {
  return q;
}

export type InputOf<Q> = Q extends Question<infer I, z.ZodType> ? z.input<I> : never;
export type OutputOf<Q> = Q extends Question<InputSchema, infer O> ? z.output<O> : never;
