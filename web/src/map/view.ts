/**
 * Pan and zoom for an SVG layer: drag (mouse, pen, one finger), pinch (two fingers), the wheel, and the
 * keyboard (arrows pan, + and − zoom, 0 resets). The transform is a translation and a uniform scale; the
 * owner is told after every change so it can redraw the selection marker and remember the view.
 */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

const MIN_K = 1;
const MAX_K = 64;

export class PanZoom {
  t: ViewTransform = { x: 0, y: 0, k: 1 };
  private pointers = new Map<number, { x: number; y: number }>();
  private pinch?: { dist: number; k: number };

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly layer: SVGGElement,
    private readonly onChange: (t: ViewTransform, settled: boolean) => void,
  ) {
    svg.addEventListener("wheel", (e) => this.wheel(e), { passive: false });
    svg.addEventListener("pointerdown", (e) => this.down(e));
    svg.addEventListener("pointermove", (e) => this.move(e));
    for (const type of ["pointerup", "pointercancel", "pointerleave"] as const) svg.addEventListener(type, (e) => this.up(e));
  }

  set(t: ViewTransform, settled = true): void {
    const k = Math.min(MAX_K, Math.max(MIN_K, t.k));
    this.t = { x: t.x, y: t.y, k };
    this.layer.setAttribute("transform", `translate(${this.t.x.toFixed(2)},${this.t.y.toFixed(2)}) scale(${this.t.k.toFixed(4)})`);
    this.onChange(this.t, settled);
  }

  /** Zooms by `factor` keeping the screen point (cx, cy) fixed. */
  zoomAt(factor: number, cx: number, cy: number, settled = true): void {
    const k = Math.min(MAX_K, Math.max(MIN_K, this.t.k * factor));
    const f = k / this.t.k;
    this.set({ k, x: cx - (cx - this.t.x) * f, y: cy - (cy - this.t.y) * f }, settled);
  }

  panBy(dx: number, dy: number, settled = true): void {
    this.set({ ...this.t, x: this.t.x + dx, y: this.t.y + dy }, settled);
  }

  /** Screen (SVG user space) to layer coordinates. */
  invert(px: number, py: number): [number, number] {
    return [(px - this.t.x) / this.t.k, (py - this.t.y) / this.t.k];
  }

  local(e: { clientX: number; clientY: number }): [number, number] {
    const r = this.svg.getBoundingClientRect();
    const vb = this.svg.viewBox.baseVal;
    return [((e.clientX - r.left) / r.width) * vb.width, ((e.clientY - r.top) / r.height) * vb.height];
  }

  private wheel(e: WheelEvent): void {
    e.preventDefault();
    const [x, y] = this.local(e);
    this.zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), x, y);
  }

  private down(e: PointerEvent): void {
    if (this.pointers.size === 0) this.moved = false;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      this.pinch = { dist: Math.hypot(a.x - b.x, a.y - b.y), k: this.t.k };
    }
  }

  private move(e: PointerEvent): void {
    const prev = this.pointers.get(e.pointerId);
    if (!prev) return;
    if (this.pointers.size === 1 && (e.buttons & 1 || e.pointerType === "touch")) {
      const r = this.svg.getBoundingClientRect();
      const scale = this.svg.viewBox.baseVal.width / r.width;
      if (!this.svg.hasPointerCapture(e.pointerId)) this.svg.setPointerCapture(e.pointerId);
      this.panBy((e.clientX - prev.x) * scale, (e.clientY - prev.y) * scale, false);
      this.moved = true;
    }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 2 && this.pinch) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const [cx, cy] = this.local({ clientX: (a.x + b.x) / 2, clientY: (a.y + b.y) / 2 });
      this.zoomAt((this.pinch.k * Math.hypot(a.x - b.x, a.y - b.y)) / this.pinch.dist / this.t.k, cx, cy, false);
      this.moved = true;
    }
  }

  /** True when the last pointer sequence panned or pinched (so it was not a click). */
  moved = false;

  private up(e: PointerEvent): void {
    if (!this.pointers.delete(e.pointerId)) return;
    if (this.pointers.size < 2) this.pinch = undefined;
    if (this.pointers.size === 0) this.onChange(this.t, true);
  }

  /** Keyboard control; returns true when the key was used. */
  key(e: KeyboardEvent, width: number, height: number): boolean {
    const step = 40;
    switch (e.key) {
      case "ArrowLeft":
        this.panBy(step, 0);
        return true;
      case "ArrowRight":
        this.panBy(-step, 0);
        return true;
      case "ArrowUp":
        this.panBy(0, step);
        return true;
      case "ArrowDown":
        this.panBy(0, -step);
        return true;
      case "+":
      case "=":
        this.zoomAt(1.5, width / 2, height / 2);
        return true;
      case "-":
      case "_":
        this.zoomAt(1 / 1.5, width / 2, height / 2);
        return true;
      case "0":
        this.set({ x: 0, y: 0, k: 1 });
        return true;
      default:
        return false;
    }
  }
}
