// The dashboard's build: plain TypeScript and CSS into web/dist, which the API server serves. No CDN, no
// inline scripts (the server's CSP forbids them), the world map as a hashed asset fetched at run time.
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The module-preload polyfill is bundled JS either way; keep it off: every browser we target has it.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: { proxy: { "/api": "http://localhost:8080", "/openapi.json": "http://localhost:8080" } },
});
