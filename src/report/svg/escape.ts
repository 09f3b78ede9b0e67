/** Escaping for text and attribute values written into HTML and SVG strings: data never becomes markup. */
const MAP: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => MAP[c] ?? c);
}
