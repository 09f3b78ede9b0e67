/**
 * Briefings: one to two pages on an actor in places and two periods, in Markdown, HTML or PDF. One
 * function (`buildBriefing`) builds the data every rendering and the API's JSON show, with the same
 * numbers as `compare`. Also the map points the dashboard and the briefing share.
 *
 * @example
 * const data = await buildBriefing(query, { store, registry, now: () => new Date() });
 * await writeFile("brief.html", await renderHtml(data));
 */
export { buildBriefing, type BriefingData, type BriefingDeps, type BriefingQuery } from "./data.ts";
export { renderMarkdown, inlineSvg, svgFiles, type ImagePlacer } from "./markdown.ts";
export { renderHtml, BRIEFING_CSS } from "./html.ts";
export { chromiumPdf, CHROMIUM_ARGS, type PdfRenderer } from "./pdf.ts";
export { CHROMIUM, NO_CHROMIUM_HINT, findChromium, requireChromium, type ChromiumLookup } from "./chromium.ts";
export { mapPoints, colourKey, type MapPoint, type MapPoints } from "./points.ts";
