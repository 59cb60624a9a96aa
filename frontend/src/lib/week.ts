// The venue page's week grid: for one space, each day of a week (Monday to Sunday) × each
// hour, whether it is free (all of it), partly free or busy (booked, blocked or closed),
// from the space's free slots (/api/v1/spaces/{id}/availability).
import { addDays, localParts, ZONE } from "./time";

export type CellState = "free" | "partial" | "busy";

export interface WeekGrid {
  days: string[];
  /** Hours shown, e.g. [8, 9, …, 17] for 8 h – 18 h. */
  hours: number[];
  /** cells[dayIndex][hourIndex] */
  cells: CellState[][];
  /** Free ranges per day in local minutes, merged: [[480, 720], …]. */
  free: [number, number][][];
}

/** Monday of the week holding `date` ("YYYY-MM-DD"). */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((dow + 6) % 7));
}

/** Merges touching or overlapping ranges. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Builds the grid. A slot crossing midnight is cut at each day's end. Hours shown span the
 * earliest to the latest free minute of the week, at least `defaultHours` (8 h – 18 h).
 */
export function weekGrid(
  monday: string,
  slots: { start?: string; end?: string }[],
  zone = ZONE,
  defaultHours: [number, number] = [8, 18],
): WeekGrid {
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const perDay: [number, number][][] = days.map(() => []);
  for (const s of slots) {
    if (!s.start || !s.end) continue;
    const a = localParts(s.start, zone);
    const b = localParts(s.end, zone);
    let day = a.date;
    let from = a.minutes;
    // Walk day by day until the end's date (at most 8 steps for one week).
    for (let guard = 0; guard < 40; guard++) {
      const idx = days.indexOf(day);
      const lastDay = day === b.date;
      const to = lastDay ? b.minutes : 1440;
      if (idx >= 0 && to > from) perDay[idx]!.push([from, to]);
      if (lastDay || day > b.date) break;
      day = addDays(day, 1);
      from = 0;
    }
  }
  const free = perDay.map(merge);
  let lo = defaultHours[0];
  let hi = defaultHours[1];
  for (const ranges of free)
    for (const [a, b] of ranges) {
      lo = Math.min(lo, Math.floor(a / 60));
      hi = Math.max(hi, Math.ceil(b / 60));
    }
  const hours = Array.from({ length: hi - lo }, (_, i) => lo + i);
  const cells = free.map((ranges) =>
    hours.map((h): CellState => {
      const start = h * 60;
      const end = start + 60;
      let covered = 0;
      for (const [a, b] of ranges) covered += Math.max(0, Math.min(b, end) - Math.max(a, start));
      return covered >= 60 ? "free" : covered > 0 ? "partial" : "busy";
    }),
  );
  return { days, hours, cells, free };
}

/** "HH:MM" for local minutes (1440 → "24:00"). */
export function minutesToTime(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
