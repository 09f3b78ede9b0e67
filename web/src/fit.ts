/**
 * Tables that reflow instead of scrolling sideways (issue #14): a table wider than its box is shown as one
 * labelled block per row, each cell under its column's header, and as a table again once it fits. Whether it
 * fits is measured, not guessed from the screen width, because the same table sits in a half-width panel on a
 * laptop and a full-width one on a phone; it is measured again whenever the box changes width.
 */
import { h } from "./dom.ts";

/**
 * Gives every body cell its column's header as `data-label` (what the stacked layout shows), unless it has one.
 * A table with more than one header row labels its cells itself.
 */
function label(table: HTMLTableElement): void {
  if (table.querySelectorAll("thead tr").length !== 1) return;
  const heads = [...table.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").trim());
  for (const row of table.querySelectorAll("tbody tr")) {
    [...row.children].forEach((cell, i) => {
      if (!cell.hasAttribute("data-label") && heads[i]) cell.setAttribute("data-label", heads[i]!);
    });
  }
}

/** Sets the layout that fits: the table as it is, or stacked when it is wider than its box. */
function refit(box: HTMLElement, table: HTMLTableElement): void {
  box.classList.remove("stacked");
  if (table.offsetWidth > box.clientWidth + 1) box.classList.add("stacked");
}

/** The table in a box that keeps it within its panel's width. */
export function fitTable(table: HTMLTableElement, id?: string): HTMLElement {
  label(table);
  const box = h("div", { class: "fit", id });
  box.append(table);
  let width = -1;
  // Only a change of width can change whether it fits; stacking itself changes the height, which is ignored.
  new ResizeObserver(() => {
    if (box.clientWidth === width) return;
    width = box.clientWidth;
    refit(box, table);
  }).observe(box);
  return box;
}

/** Every fitted table measured again: printing lays the page out at the paper's width. */
export function refitAll(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>(".fit")) {
    const table = box.querySelector("table");
    if (table) refit(box, table);
  }
}
