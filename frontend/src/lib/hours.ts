// Opening hours written out for people:
// "du lundi au vendredi, 8 h – 12 h et 12 h 30 – 16 h 30 ; fermé les jours fériés".
import type { Locale } from "../i18n/i18n";
import { clock } from "./time";

export const DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
export type Day = (typeof DAYS)[number];

export interface HoursInterval {
  day: Day;
  opens: string;
  closes: string;
}

const DAY_NAMES: Record<Locale, string[]> = {
  fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

const WORDS = {
  fr: {
    range: (a: string, b: string) => `du ${a} au ${b}`,
    sep: " ; ",
    closedAll: "fermé toute la semaine",
    holidaysClosed: "fermé les jours fériés",
    holidaysOpen: "ouvert les jours fériés",
  },
  en: {
    range: (a: string, b: string) => `${a} to ${b}`,
    sep: "; ",
    closedAll: "closed all week",
    holidaysClosed: "closed on public holidays",
    holidaysOpen: "open on public holidays",
  },
};

export function dayName(locale: Locale, day: Day): string {
  return DAY_NAMES[locale][DAYS.indexOf(day)] ?? day;
}

/** "a, b et c" / "a, b and c". */
export function listText(locale: Locale, items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(", ")} ${locale === "fr" ? "et" : "and"} ${last}`;
}

/**
 * Groups days with the same intervals; three or more consecutive days become a range
 * ("du lundi au vendredi"), others are listed ("samedi et dimanche"). Groups follow the week.
 */
export function formatOpeningHours(
  locale: Locale,
  weekly: readonly { day: string; opens: string; closes: string }[],
  publicHolidays?: "OPEN" | "CLOSED",
): string {
  const w = WORDS[locale];
  const perDay = DAYS.map((day) =>
    weekly
      .filter((i) => i.day === day)
      .map((i) => ({ opens: i.opens.slice(0, 5), closes: i.closes.slice(0, 5) }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  );
  const signature = (i: number) => perDay[i]!.map((x) => `${x.opens}-${x.closes}`).join(",");
  const groups: { sig: string; days: number[] }[] = [];
  DAYS.forEach((_, i) => {
    const sig = signature(i);
    if (!sig) return;
    const g = groups.find((x) => x.sig === sig);
    if (g) g.days.push(i);
    else groups.push({ sig, days: [i] });
  });
  const parts = groups.map((g) => {
    const runs: number[][] = [];
    for (const d of g.days) {
      const run = runs[runs.length - 1];
      if (run && run[run.length - 1] === d - 1) run.push(d);
      else runs.push([d]);
    }
    const names = runs.flatMap((run) =>
      run.length >= 3
        ? [w.range(DAY_NAMES[locale][run[0]!]!, DAY_NAMES[locale][run[run.length - 1]!]!)]
        : run.map((d) => DAY_NAMES[locale][d]!),
    );
    const times = perDay[g.days[0]!]!.map((x) => `${clock(locale, x.opens)} – ${clock(locale, x.closes)}`);
    return `${listText(locale, names)}, ${listText(locale, times)}`;
  });
  if (parts.length === 0) parts.push(w.closedAll);
  if (publicHolidays) parts.push(publicHolidays === "OPEN" ? w.holidaysOpen : w.holidaysClosed);
  return parts.join(w.sep);
}

/** Upper-cases the first letter, for a sentence that starts a line. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
