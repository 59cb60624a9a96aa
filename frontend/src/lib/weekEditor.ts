// The console's per-day hours editor state ↔ the API's weekly intervals.
import { DAYS, type Day } from "./hours";

export type WeekDraft = Record<Day, { opens: string; closes: string }[]>;

export function toDraft(weekly: readonly { day: string; opens: string; closes: string }[]): WeekDraft {
  const draft = Object.fromEntries(DAYS.map((d) => [d, [] as { opens: string; closes: string }[]])) as WeekDraft;
  for (const i of weekly) {
    if ((DAYS as readonly string[]).includes(i.day)) draft[i.day as Day].push({ opens: i.opens.slice(0, 5), closes: i.closes.slice(0, 5) });
  }
  for (const d of DAYS) draft[d].sort((a, b) => a.opens.localeCompare(b.opens));
  return draft;
}

/** Intervals to send, or the first problem found (day and key of the message). */
export function fromDraft(draft: WeekDraft): { weekly: { day: Day; opens: string; closes: string }[] } | { error: { day: Day; key: "hours.incomplete" | "hours.inverted" | "hours.overlap" } } {
  const weekly: { day: Day; opens: string; closes: string }[] = [];
  for (const day of DAYS) {
    const rows = [...draft[day]].sort((a, b) => a.opens.localeCompare(b.opens));
    let lastClose = "";
    for (const r of rows) {
      if (!r.opens || !r.closes) return { error: { day, key: "hours.incomplete" } };
      if (r.closes <= r.opens) return { error: { day, key: "hours.inverted" } };
      if (lastClose && r.opens < lastClose) return { error: { day, key: "hours.overlap" } };
      lastClose = r.closes;
      weekly.push({ day, opens: r.opens, closes: r.closes });
    }
  }
  return { weekly };
}

/** Monday of the week holding `date` ("2027-03-31" → "2027-03-29"). */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const back = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - back);
  return t.toISOString().slice(0, 10);
}
