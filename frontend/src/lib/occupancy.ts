// The occupancy insight's pure parts: the period and its API limits, French / English number
// formats, the heatmap's intensity levels and the hours that are regularly free.
import type { Locale } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";
import { addDays } from "./time";

export type Granularity = "day" | "week" | "hour";
export const GRANULARITIES: readonly Granularity[] = ["day", "week", "hour"];

/** GET …/occupancy's limits: at most 366 days counted inclusively, 31 with granularity=hour. */
export const MAX_DAYS = 366;
export const MAX_HOUR_DAYS = 31;

export interface Period {
  from: string;
  to: string;
  granularity: Granularity;
}

/** The last four weeks, today included, by day. */
export function defaultPeriod(today: string): Period {
  return { from: addDays(today, -27), to: today, granularity: "day" };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** Days from `from` to `to`, both counted. */
export function daysIncluded(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000) + 1;
}

export type PeriodErrors = Partial<Record<"from" | "to", MessageKey>>;

export function validatePeriod(p: Period): PeriodErrors {
  const e: PeriodErrors = {};
  if (!isDate(p.from)) e.from = "insight.err.date";
  if (!isDate(p.to)) e.to = "insight.err.date";
  if (e.from || e.to) return e;
  const days = daysIncluded(p.from, p.to);
  if (days < 1) e.to = "insight.err.order";
  else if (p.granularity === "hour" && days > MAX_HOUR_DAYS) e.to = "insight.err.hourLimit";
  else if (days > MAX_DAYS) e.to = "insight.err.yearLimit";
  return e;
}

const tag = (locale: Locale) => (locale === "fr" ? "fr-FR" : "en-GB");

/** 0.125 → "12,5 %" in French, "12.5%" in English; null (nothing open) → "—". */
export function percent(locale: Locale, ratio: number | null | undefined): string {
  if (ratio == null || Number.isNaN(ratio)) return "—";
  return new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

/** 12.5 → "12,5" / "12.5" (hours, seat-hours), at most one decimal. */
export function amount(locale: Locale, value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return "—";
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 }).format(value);
}

/**
 * The heatmap cell's colour step, 0 (free) to 4 (full), an extra cue next to the written
 * percentage; null where the venue is never open.
 */
export function heatLevel(utilisation: number | null | undefined): number | null {
  if (utilisation == null) return null;
  if (utilisation <= 0) return 0;
  if (utilisation < 0.25) return 1;
  if (utilisation < 0.5) return 2;
  if (utilisation < 0.75) return 3;
  return 4;
}

/** The API's heatmap as exactly 7 rows (Monday first) × 24 hours, missing cells null. */
export function heatmapGrid(heatmap: (number | null)[][] | null | undefined): (number | null)[][] {
  return Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => heatmap?.[d]?.[h] ?? null));
}

/** Below this utilisation an open hour counts as regularly free. */
export const REGULARLY_FREE_BELOW = 0.25;

export interface FreeRun {
  /** 0 = Monday. */
  weekday: number;
  /** First hour and the hour it ends (exclusive): 14, 16 for 14 h – 16 h. */
  from: number;
  to: number;
}

/** Runs of open hours, per weekday, whose utilisation stays below the threshold. */
export function regularlyFree(heatmap: (number | null)[][] | null | undefined, below = REGULARLY_FREE_BELOW): FreeRun[] {
  const runs: FreeRun[] = [];
  heatmapGrid(heatmap).forEach((hours, weekday) => {
    let start: number | null = null;
    hours.forEach((u, hour) => {
      const free = u != null && u < below;
      if (free && start === null) start = hour;
      if (!free && start !== null) {
        runs.push({ weekday, from: start, to: hour });
        start = null;
      }
    });
    if (start !== null) runs.push({ weekday, from: start, to: 24 });
  });
  return runs;
}

/** The CSV's file name: "occupation-2027-03-01-2027-03-28.csv". */
export function csvFileName(p: Period): string {
  return `occupation-${p.from}-${p.to}.csv`;
}
