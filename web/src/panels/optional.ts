/**
 * The panels that appear only when the server has their capability (their modules landed and their routes
 * are mounted): alerts, the claim checker, the reconciliation table, the reported-figures ledger.
 */
import type { Strings } from "../i18n.ts";
import { alertsPanel } from "./alerts.ts";
import { claimsPanel } from "./claims.ts";
import { reconcilePanel } from "./reconcile.ts";
import { reportedPanel } from "./reported.ts";
import type { State } from "../state.ts";

export interface OptionalPanel {
  id: string;
  capability: string;
  wide: boolean;
  title(t: Strings): string;
  render(el: HTMLElement, st: State, t: Strings, capabilities: string[]): Promise<void>;
}

/** Every optional panel, in page order. */
const PANELS: OptionalPanel[] = [alertsPanel, reportedPanel, claimsPanel, reconcilePanel];

export function optionalPanels(capabilities: string[]): OptionalPanel[] {
  return PANELS.filter((p) => capabilities.includes(p.capability));
}
