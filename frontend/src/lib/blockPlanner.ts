// The console's planning grid: a drag (or two key presses) across hour cells of one day
// becomes the block form's date, start and end.
import { minutesToTime } from "./week";

export interface Cell {
  day: string;
  hour: number;
}

export interface Selection {
  date: string;
  start: string;
  end: string;
}

/**
 * The hours from `anchor` to `current`, whichever order, both included. A selection stays on
 * the anchor's day: moving onto another day keeps the anchor's day and the hour reached.
 */
export function selectionOf(anchor: Cell, current: Cell): Selection {
  const first = Math.min(anchor.hour, current.hour);
  const last = Math.max(anchor.hour, current.hour);
  return { date: anchor.day, start: minutesToTime(first * 60), end: minutesToTime((last + 1) * 60) };
}

export function inSelection(cell: Cell, anchor: Cell | null, current: Cell | null): boolean {
  if (!anchor || !current || cell.day !== anchor.day) return false;
  return cell.hour >= Math.min(anchor.hour, current.hour) && cell.hour <= Math.max(anchor.hour, current.hour);
}
