/**
 * Exports from the panels, built in the browser from the answer already shown (so an export is exactly what is
 * on screen): CSV of a table, GeoJSON of the map's cells, PNG of a chart. Each is a link with `download`.
 */
import { h } from "./dom.ts";

/** One CSV field: quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused for spreadsheets. */
function field(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? "" : String(v);
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

/** A link that downloads `text` as a file. */
export function downloadLink(label: string, file: string, type: string, text: () => string): HTMLAnchorElement {
  const a = h("a", { href: "#", download: file, class: "export" }, label) as HTMLAnchorElement;
  a.addEventListener("click", () => {
    a.href = `data:${type};charset=utf-8,${encodeURIComponent(text())}`;
  });
  return a;
}

/** A link that downloads an SVG chart as a PNG at twice its size (drawn through an image and a canvas). */
export function pngLink(label: string, file: string, svg: () => SVGSVGElement | null): HTMLAnchorElement {
  const a = h("a", { href: "#", download: file, class: "export" }, label) as HTMLAnchorElement;
  a.addEventListener("click", (e) => {
    if (a.href.startsWith("data:image/png")) return;
    e.preventDefault();
    const el = svg();
    if (!el) return;
    const { width, height } = el.viewBox.baseVal;
    const copy = el.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    // The chart's colours come from the page's stylesheet; inline what it computes so the image keeps them.
    const styled = el.querySelectorAll<SVGElement>("*");
    copy.querySelectorAll<SVGElement>("*").forEach((node, i) => {
      const cs = getComputedStyle(styled[i]!);
      for (const p of ["fill", "stroke", "stroke-width", "opacity", "fill-opacity", "font-size", "font-family"]) node.setAttribute(p, cs.getPropertyValue(p));
    });
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = width * 2;
      canvas.height = height * 2;
      const ctx = canvas.getContext("2d")!;
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      a.href = canvas.toDataURL("image/png");
      a.click();
    };
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  });
  return a;
}
