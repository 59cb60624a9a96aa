// The embeddable view's query: /embed?commune=… | ?venue=<id> | ?near=lat,lon (optional
// lang=fr|en), turned into the availability search for today and tomorrow.
import { parseNear } from "./slotSearch";
import { addDays, today } from "./time";

export type EmbedTarget =
  | { kind: "commune"; commune: string }
  | { kind: "venue"; venueId: string }
  | { kind: "near"; near: { lat: number; lon: number } }
  | { kind: "invalid" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the target; `venue` wins over `near`, which wins over `commune`. */
export function parseEmbed(search: string): { target: EmbedTarget; lang?: "fr" | "en" } {
  const q = new URLSearchParams(search);
  const langParam = q.get("lang");
  const lang = langParam === "fr" || langParam === "en" ? langParam : undefined;
  const venue = q.get("venue")?.trim();
  if (venue) return { target: UUID.test(venue) ? { kind: "venue", venueId: venue.toLowerCase() } : { kind: "invalid" }, lang };
  const nearRaw = q.get("near")?.trim();
  if (nearRaw) {
    const near = parseNear(nearRaw);
    return { target: near ? { kind: "near", near } : { kind: "invalid" }, lang };
  }
  const commune = q.get("commune")?.trim();
  if (commune && commune.length <= 120) return { target: { kind: "commune", commune }, lang };
  return { target: { kind: "invalid" }, lang };
}

export interface EmbedQuery {
  from: string;
  to: string;
  commune?: string;
  near?: string;
  radiusKm?: number;
  size: number;
}

/** The /api/v1/availability query for today and tomorrow (Paris dates). A venue searches around its position. */
export function embedQuery(
  target: Exclude<EmbedTarget, { kind: "invalid" | "venue" }> | { kind: "venue"; lat: number; lon: number },
  now = Date.now(),
): EmbedQuery {
  const from = today(now);
  const base = { from, to: addDays(from, 1), size: 10 };
  switch (target.kind) {
    case "commune":
      return { ...base, commune: target.commune };
    case "near":
      return { ...base, near: `${target.near.lat},${target.near.lon}`, radiusKm: 20 };
    case "venue":
      return { ...base, near: `${target.lat},${target.lon}`, radiusKm: 10 };
  }
}

/** Free slots split into today's and tomorrow's (by Paris date of their start). */
export function splitByDay<T extends { start?: string }>(slots: T[], day: string, dateOf: (iso: string) => string): { today: T[]; tomorrow: T[] } {
  const out = { today: [] as T[], tomorrow: [] as T[] };
  for (const s of slots) {
    if (!s.start) continue;
    const d = dateOf(s.start);
    if (d === day) out.today.push(s);
    else if (d === addDays(day, 1)) out.tomorrow.push(s);
  }
  return out;
}
