// The availability search's state; it lives in the URL so a search can be shared and reloaded.
import type { components } from "../api/schema";
import { VENUE_KINDS, type VenueKind } from "../api/types";
import { isoDuration, localParts, ZONE, zonedInstant } from "./time";

export type Equipment = components["schemas"]["Equipment"];
export type SpaceKind = components["schemas"]["SpaceKind"];
export const EQUIPMENT: readonly Equipment[] = [
  "COMPUTER",
  "SCREEN",
  "VIDEOCONFERENCE",
  "PHONE",
  "WHITEBOARD",
  "PROJECTOR",
  "PRINTER",
  "WEBCAM",
  "HEADSET",
  "DOCKING_STATION",
];
export const SPACE_KINDS: readonly SpaceKind[] = ["DESK", "OFFICE", "MEETING_ROOM", "COMPUTER_ROOM", "VISIO_BOOTH"];
export const DURATIONS = [30, 60, 90, 120, 180, 240, 480] as const;
export const RADII = [5, 10, 20, 50, 100] as const;
export const RESULTS_PER_PAGE = 20;

export interface SlotSearch {
  /** Calendar date "YYYY-MM-DD"; absent means today. */
  date?: string;
  /** Earliest start "HH:mm"; absent means any time of the day. */
  time?: string;
  /** Minutes. */
  duration: number;
  seats: number;
  equipment: Equipment[];
  venueKind?: VenueKind;
  spaceKind?: SpaceKind;
  commune?: string;
  near?: { lat: number; lon: number };
  radiusKm?: number;
  page: number;
}

export const DEFAULT_SEARCH: SlotSearch = { duration: 120, seats: 1, equipment: [], page: 0 };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function int(value: string | null, min: number, max: number): number | undefined {
  if (value == null || value === "") return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

function validDate(value: string | null): string | undefined {
  if (!value || !DATE.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value) ? value : undefined;
}

export function parseNear(value: string | null): { lat: number; lon: number } | undefined {
  const m = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(value ?? "");
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined;
}

const round4 = (n: number) => Math.round(n * 10000) / 10000;

/** Reads the state from a query string, dropping anything malformed. */
export function parseSlotSearch(query: string | URLSearchParams): SlotSearch {
  const p = typeof query === "string" ? new URLSearchParams(query) : query;
  const venueKind = p.get("venueKind");
  const spaceKind = p.get("spaceKind");
  const time = p.get("time");
  const commune = (p.get("commune") ?? "").trim().slice(0, 120);
  const near = parseNear(p.get("near"));
  const equipment = [...new Set(p.getAll("equipment"))].filter((e): e is Equipment => EQUIPMENT.includes(e as Equipment));
  const page = int(p.get("page"), 1, 100000);
  return {
    date: validDate(p.get("date")),
    time: time && TIME.test(time) ? time : undefined,
    duration: int(p.get("duration"), 15, 24 * 60) ?? DEFAULT_SEARCH.duration,
    seats: int(p.get("seats"), 1, 500) ?? 1,
    equipment,
    venueKind: VENUE_KINDS.includes(venueKind as VenueKind) ? (venueKind as VenueKind) : undefined,
    spaceKind: SPACE_KINDS.includes(spaceKind as SpaceKind) ? (spaceKind as SpaceKind) : undefined,
    commune: commune || undefined,
    near: near ? { lat: round4(near.lat), lon: round4(near.lon) } : undefined,
    radiusKm: near ? int(p.get("radius"), 1, 500) : undefined,
    page: page ? page - 1 : 0,
  };
}

/** Writes the state as a query string, leaving out defaults. */
export function slotSearchToQuery(s: SlotSearch): string {
  const p = new URLSearchParams();
  if (s.date) p.set("date", s.date);
  if (s.time) p.set("time", s.time);
  if (s.duration !== DEFAULT_SEARCH.duration) p.set("duration", String(s.duration));
  if (s.seats > 1) p.set("seats", String(s.seats));
  for (const e of s.equipment) p.append("equipment", e);
  if (s.venueKind) p.set("venueKind", s.venueKind);
  if (s.spaceKind) p.set("spaceKind", s.spaceKind);
  if (s.commune?.trim()) p.set("commune", s.commune.trim());
  if (s.near) {
    p.set("near", `${round4(s.near.lat)},${round4(s.near.lon)}`);
    if (s.radiusKm) p.set("radius", String(s.radiusKm));
  }
  if (s.page > 0) p.set("page", String(s.page + 1));
  const q = p.toString();
  return q ? `?${q}` : "";
}

export interface AvailabilityParams {
  from: string;
  to: string;
  minDuration: string;
  seats?: number;
  equipment?: Equipment[];
  venueKind?: VenueKind;
  spaceKind?: SpaceKind;
  commune?: string;
  near?: string;
  radiusKm?: number;
  page: number;
  size: number;
}

/**
 * The instant a typed start time stands for. The search spans every venue and takes a single
 * `from` instant (the API pages and counts the results itself), so the time cannot be read on each
 * venue's own clock: like a date alone, which the API reads in Europe/Paris, it is read as
 * mainland France time. Result cards in another zone say what it is there (`typedTimeThere`).
 */
export function typedTimeInstant(date: string, time: string): string {
  return zonedInstant(date, time, ZONE);
}

/** The typed time on another venue's clock: "14:00" in Paris is "09:00" in Cayenne (summer). */
export function typedTimeThere(date: string, time: string, zone: string): string {
  return localParts(typedTimeInstant(date, time), zone).time;
}

/** GET /api/v1/availability parameters: one local day, from the chosen time if any. */
export function slotSearchToApi(s: SlotSearch, todayDate: string): AvailabilityParams {
  const date = s.date ?? todayDate;
  const out: AvailabilityParams = {
    from: s.time ? typedTimeInstant(date, s.time) : date,
    to: date,
    minDuration: isoDuration(s.duration),
    page: s.page,
    size: RESULTS_PER_PAGE,
  };
  if (s.seats > 1) out.seats = s.seats;
  if (s.equipment.length) out.equipment = s.equipment;
  if (s.venueKind) out.venueKind = s.venueKind;
  if (s.spaceKind) out.spaceKind = s.spaceKind;
  if (s.commune?.trim()) out.commune = s.commune.trim();
  if (s.near) {
    out.near = `${round4(s.near.lat)},${round4(s.near.lon)}`;
    out.radiusKm = s.radiusKm ?? 20;
  }
  return out;
}
