import { defineConfig } from "vitest/config";

// Tests pin the time zone so date arithmetic never depends on the machine.
process.env.TZ = "UTC";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
