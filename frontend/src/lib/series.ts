// The regular booking (series) form: validation mirroring the API's rules, and the request.
import type { components } from "../api/schema";
import { addDays } from "./time";

export type DayOfWeek = components["schemas"]["DayOfWeek"];
export const WEEK: readonly DayOfWeek[] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

export interface SeriesForm {
  days: DayOfWeek[];
  startTime: string;
  endTime: string;
  from: string;
  until: string;
  seats: string;
  note: string;
}

export type SeriesErrorKey =
  | "series.err.days"
  | "series.err.time"
  | "series.err.order"
  | "series.err.date"
  | "series.err.until"
  | "series.err.year"
  | "series.err.past"
  | "series.err.seats"
  | "series.err.note";

export type SeriesErrors = Partial<Record<"days" | "startTime" | "endTime" | "from" | "until" | "seats" | "note", SeriesErrorKey>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** One year after a date, the API's limit for `until` ("2027-03-29" → "2028-03-29"). */
export function oneYearAfter(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y + 1, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return addDays(`${y + 1}-${String(m).padStart(2, "0")}-01`, d - 2); // 29 Feb → 28 Feb
  return t.toISOString().slice(0, 10);
}

export function validateSeries(f: SeriesForm, today: string): SeriesErrors {
  const e: SeriesErrors = {};
  if (f.days.length === 0) e.days = "series.err.days";
  if (!TIME.test(f.startTime)) e.startTime = "series.err.time";
  if (!TIME.test(f.endTime)) e.endTime = "series.err.time";
  else if (!e.startTime && f.endTime <= f.startTime) e.endTime = "series.err.order";
  if (!isDate(f.from)) e.from = "series.err.date";
  else if (f.from < today) e.from = "series.err.past";
  if (!isDate(f.until)) e.until = "series.err.date";
  else if (!e.from && f.until < f.from) e.until = "series.err.until";
  else if (!e.from && f.until > oneYearAfter(f.from)) e.until = "series.err.year";
  if (f.seats.trim() !== "") {
    const n = Number(f.seats);
    if (!Number.isInteger(n) || n < 1 || n > 1000) e.seats = "series.err.seats";
  }
  if (f.note.length > 500) e.note = "series.err.note";
  return e;
}

export type SeriesRequest = components["schemas"]["BookingSeriesRequest"];

export function seriesRequest(spaceId: string, f: SeriesForm): SeriesRequest {
  return {
    spaceId,
    daysOfWeek: WEEK.filter((d) => f.days.includes(d)),
    startTime: f.startTime,
    endTime: f.endTime,
    from: f.from,
    until: f.until,
    ...(f.seats.trim() && Number(f.seats) > 1 ? { seats: Number(f.seats) } : {}),
    ...(f.note.trim() ? { note: f.note.trim() } : {}),
  };
}

/** Weekday of a calendar date as the API names it. */
export function dayOfWeek(date: string): DayOfWeek {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return WEEK[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

/** Counts of a dry run's dates by status. */
export function previewCounts(dates: { status?: string }[]): { free: number; conflict: number; skipped: number } {
  const c = { free: 0, conflict: 0, skipped: 0 };
  for (const d of dates) {
    if (d.status === "FREE") c.free++;
    else if (d.status === "CONFLICT") c.conflict++;
    else if (d.status === "SKIPPED") c.skipped++;
  }
  return c;
}
