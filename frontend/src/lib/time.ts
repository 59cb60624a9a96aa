// Wall-clock helpers for a venue's zone. Each venue has an IANA zone (`timezone`, Europe/Paris
// by default; Cayenne or Réunion overseas); the API speaks ISO-8601 instants with offset, and
// the screens show times on the venue's own clock, naming the zone when it is not the browser's.
import type { Locale } from "../i18n/i18n";

/** The API's default venue zone, for screens that do not know the venue yet. */
export const ZONE = "Europe/Paris";

/** The browser's own zone (what the person's clock shows). */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || ZONE;
}

/** The venue's zone, or the default when it is missing or unknown to this browser. */
export function venueZone(timezone: string | undefined | null): string {
  if (!timezone) return ZONE;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return timezone;
  } catch {
    return ZONE;
  }
}

/** The zone to name next to times on the venue's clock: none when it is the reader's own zone. */
export function zoneToShow(zone: string, readerZone = browserZone()): string | null {
  return zone === readerZone ? null : zone;
}

/** "America/Cayenne" → "Cayenne", "Indian/Reunion" → "Reunion", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  return (zone.split("/").pop() ?? zone).replace(/_/g, " ");
}

function parts(ms: number, zone: string) {
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(f.find((p) => p.type === type)?.value ?? 0);
  return { y: get("year"), mo: get("month"), d: get("day"), h: get("hour") % 24, mi: get("minute"), s: get("second") };
}

/** Offset of `zone` from UTC at an instant, in minutes (Paris: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(ms: number, zone = ZONE): number {
  const p = parts(ms, zone);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");

function offsetText(minutes: number): string {
  return `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** "2027-03-29" + "09:00" in the zone → "2027-03-29T09:00:00+02:00" (a time skipped by DST moves forward). */
export function zonedInstant(date: string, time: string, zone = ZONE): string {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let ms = wall - zoneOffsetMinutes(wall, zone) * 60000;
  const second = zoneOffsetMinutes(ms, zone);
  ms = wall - second * 60000;
  const off = zoneOffsetMinutes(ms, zone);
  const p = parts(ms, zone);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:00${offsetText(off)}`;
}

/** Local date and time of an instant in the zone: { date: "2027-03-29", time: "09:00", minutes: 540 }. */
export function localParts(iso: string, zone = ZONE): { date: string; time: string; minutes: number } {
  const p = parts(new Date(iso).getTime(), zone);
  return { date: `${p.y}-${pad(p.mo)}-${pad(p.d)}`, time: `${pad(p.h)}:${pad(p.mi)}`, minutes: p.h * 60 + p.mi };
}

/** Today's date in the zone. */
export function today(now = Date.now(), zone = ZONE): string {
  return localParts(new Date(now).toISOString(), zone).date;
}

/** Adds days to a calendar date ("2027-03-31" + 1 → "2027-04-01"). */
export function addDays(date: string, days: number): string {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The instant `minutes` after an ISO instant, written with the zone's offset at that time. */
export function addMinutes(iso: string, minutes: number, zone = ZONE): string {
  const ms = new Date(iso).getTime() + minutes * 60000;
  const p = localParts(new Date(ms).toISOString(), zone);
  return `${p.date}T${p.time}:00${offsetText(zoneOffsetMinutes(ms, zone))}`;
}

export function minutesBetween(a: string, b: string): number {
  return Math.round((new Date(b).getTime() - new Date(a).getTime()) / 60000);
}

/** "08:00" → "8 h", "12:30" → "12 h 30" in French; "8:00", "12:30" in English. */
export function clock(locale: Locale, hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  if (locale === "fr") return m ? `${h} h ${pad(m)}` : `${h} h`;
  return `${h}:${pad(m)}`;
}

/** "9 h – 11 h" for two instants, in the zone. */
export function timeRange(locale: Locale, start: string, end: string, zone = ZONE): string {
  return `${clock(locale, localParts(start, zone).time)} – ${clock(locale, localParts(end, zone).time)}`;
}

/** A duration in minutes as "2 h", "1 h 30", "45 min". */
export function durationText(locale: Locale, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  if (locale === "fr") return m ? `${h} h ${pad(m)}` : `${h} h`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** "lundi 29 mars 2027" / "Monday 29 March 2027" for a calendar date. */
export function longDate(locale: Locale, date: string): string {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, mo - 1, d)));
}

/** ISO-8601 duration for minutes: 120 → "PT2H", 90 → "PT1H30M", 45 → "PT45M". */
export function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ""}${m || !h ? `${m}M` : ""}`;
}
