import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { parseRawForm } from "./raw-form.ts";

describe("parseRawForm", () => {
  it("takes the two forms by name", () => {
    expect(parseRawForm("delivered")).toBe("delivered");
    expect(parseRawForm("parquet")).toBe("parquet");
  });

  it("refuses anything else with a usage error naming both forms", () => {
    expect(() => parseRawForm("json")).toThrow(UsageError);
    expect(() => parseRawForm("Parquet")).toThrow(/not one of delivered, parquet/);
  });
});
