// Community events ("rencontres"): the list's filter in the URL, the organiser's form, the
// description as plain paragraphs, and the member's own registrations (GET /me/events).
import type { components } from "../api/schema";
import type { Issues } from "./validation";
import type { Locale } from "../i18n/i18n";
import { addDays, localParts, longDate, timeRange, zonedInstant } from "./time";

export type CommunityEvent = components["schemas"]["Event"];
export type EventRegistration = components["schemas"]["EventRegistration"];
export type EventRequest = components["schemas"]["EventRequest"];
export type MyEvent = components["schemas"]["MyEvent"];
type RegistrationStatus = components["schemas"]["RegistrationStatus"];

/** The API's limits on EventRequest (title, description, capacity). */
export const EVENT_TITLE_MAX = 200;
export const EVENT_DESCRIPTION_MAX = 4000;
export const EVENT_CAPACITY_MAX = 1000;
export const EVENTS_PAGE_SIZE = 20;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The Rencontres list's filter; it lives in the URL so it can be shared and reloaded. Dates are inclusive. */
export interface EventSearch {
  commune?: string;
  venue?: string;
  from?: string;
  to?: string;
  page: number;
}

function validDate(value: string | null): string | undefined {
  return value && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined;
}

/** Reads the filter from a query string, dropping anything malformed. */
export function parseEventSearch(query: string): EventSearch {
  const p = new URLSearchParams(query);
  const commune = (p.get("commune") ?? "").trim().slice(0, 120) || undefined;
  const venueValue = p.get("venue") ?? "";
  const pageNumber = Number(p.get("page"));
  return {
    commune,
    venue: UUID.test(venueValue) ? venueValue.toLowerCase() : undefined,
    from: validDate(p.get("from")),
    to: validDate(p.get("to")),
    // Pages count from 1 in the URL, from 0 in the state and the API.
    page: Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 100000 ? pageNumber - 1 : 0,
  };
}

export function eventSearchToQuery(s: EventSearch): string {
  const p = new URLSearchParams();
  if (s.commune?.trim()) p.set("commune", s.commune.trim());
  if (s.venue) p.set("venue", s.venue);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.page > 0) p.set("page", String(s.page + 1));
  const q = p.toString();
  return q ? `?${q}` : "";
}

/** GET /events parameters: local dates become instants at the start of the day, the "to" day included. */
export function eventSearchToApi(s: EventSearch): { commune?: string; venueId?: string; from?: string; to?: string; page: number; size: number } {
  return {
    ...(s.commune?.trim() ? { commune: s.commune.trim() } : {}),
    ...(s.venue ? { venueId: s.venue } : {}),
    ...(s.from ? { from: zonedInstant(s.from, "00:00") } : {}),
    ...(s.to ? { to: zonedInstant(addDays(s.to, 1), "00:00") } : {}),
    page: s.page,
    size: EVENTS_PAGE_SIZE,
  };
}

export function seatsLeft(e: Pick<CommunityEvent, "capacity" | "registered">): number {
  return Math.max(0, (e.capacity ?? 0) - (e.registered ?? 0));
}

export function hasStarted(e: Pick<CommunityEvent, "start">, now = Date.now()): boolean {
  return !!e.start && Date.parse(e.start) <= now;
}

/** "lundi 29 mars 2027, 14 h – 16 h" in the venues' zone. */
export function eventWhen(locale: Locale, e: Pick<CommunityEvent, "start" | "end">): string {
  if (!e.start || !e.end) return "";
  return `${longDate(locale, localParts(e.start).date)}, ${timeRange(locale, e.start, e.end)}`;
}

/** Plain-text description → paragraphs (split on blank lines); single line breaks stay inside a paragraph. */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export type MyRegistration = { status: "REGISTERED" } | { status: "WAITLISTED"; position?: number };

/** The member's place at an event as the API states it; null when they hold none (withdrawn). */
export function registrationOf(status: RegistrationStatus | undefined, waitlistPosition?: number): MyRegistration | null {
  if (status === "REGISTERED") return { status };
  if (status === "WAITLISTED") return { status, position: waitlistPosition };
  return null;
}

/**
 * Looks for one event not yet started in a page of GET /me/events, which lists events not yet
 * ended soonest first, then past ones. Returns the member's registration, null when it cannot
 * come later (a later-starting event was reached, or this is the last page), or undefined when
 * the next page must be read.
 */
export function findMyRegistration(
  page: { items?: MyEvent[]; page?: number; size?: number; total?: number },
  event: Pick<CommunityEvent, "id" | "start">,
): MyRegistration | null | undefined {
  const items = page.items ?? [];
  const mine = items.find((m) => m.event?.id === event.id);
  if (mine) return registrationOf(mine.registrationStatus, mine.waitlistPosition);
  const start = Date.parse(event.start ?? "");
  if (items.some((m) => Date.parse(m.event?.start ?? "") > start)) return null;
  const last = items.length === 0 || ((page.page ?? 0) + 1) * (page.size ?? items.length) >= (page.total ?? 0);
  return last ? null : undefined;
}

/** My events split for My space: not yet ended (soonest first) and past (latest first), in the API's order. */
export function splitMyEvents(items: MyEvent[], now = Date.now()): { upcoming: MyEvent[]; past: MyEvent[] } {
  const ended = (m: MyEvent) => !m.event?.end || Date.parse(m.event.end) <= now;
  return { upcoming: items.filter((m) => !ended(m)), past: items.filter(ended) };
}

/** The organiser's form as typed: one day, local times in the venue's zone. */
export interface EventDraft {
  venueId: string;
  spaceId: string;
  title: string;
  description: string;
  date: string;
  start: string;
  end: string;
  capacity: string;
}
export type EventField = keyof EventDraft;
export const EVENT_FIELDS: readonly EventField[] = ["venueId", "spaceId", "title", "description", "date", "start", "end", "capacity"];

export function emptyDraft(venueId = ""): EventDraft {
  return { venueId, spaceId: "", title: "", description: "", date: "", start: "", end: "", capacity: "" };
}

export function draftOf(e: CommunityEvent, zone?: string): EventDraft {
  const start = e.start ? localParts(e.start, zone) : undefined;
  const end = e.end ? localParts(e.end, zone) : undefined;
  return {
    venueId: e.venueId ?? "",
    spaceId: e.spaceId ?? "",
    title: e.title ?? "",
    description: e.description ?? "",
    date: start?.date ?? "",
    start: start?.time ?? "",
    end: end?.time ?? "",
    capacity: e.capacity != null ? String(e.capacity) : "",
  };
}

/** Checks the form like the API does; `spaceCapacity` (when known) bounds the capacity too. */
export function validateEventDraft(d: EventDraft, spaceCapacity?: number): Issues<EventField> {
  const out: Issues<EventField> = {};
  if (!d.venueId) out.venueId = { key: "validation.required" };
  if (!d.spaceId) out.spaceId = { key: "validation.required" };
  if (!d.title.trim()) out.title = { key: "validation.required" };
  else if (d.title.trim().length > EVENT_TITLE_MAX) out.title = { key: "validation.tooLong", params: { max: EVENT_TITLE_MAX } };
  if (d.description.trim().length > EVENT_DESCRIPTION_MAX) out.description = { key: "validation.tooLong", params: { max: EVENT_DESCRIPTION_MAX } };
  if (!validDate(d.date)) out.date = { key: "validation.required" };
  if (!TIME.test(d.start)) out.start = { key: "validation.required" };
  if (!TIME.test(d.end)) out.end = { key: "validation.required" };
  else if (TIME.test(d.start) && d.end <= d.start) out.end = { key: "events.err.endBeforeStart" };
  const capacity = Number(d.capacity);
  const max = Math.min(EVENT_CAPACITY_MAX, spaceCapacity ?? EVENT_CAPACITY_MAX);
  if (!d.capacity.trim()) out.capacity = { key: "validation.required" };
  else if (!Number.isInteger(capacity) || capacity < 1 || capacity > max) out.capacity = { key: "events.err.capacity", params: { max } };
  return out;
}

export function eventRequest(d: EventDraft, zone?: string): EventRequest {
  return {
    venueId: d.venueId,
    spaceId: d.spaceId,
    title: d.title.trim(),
    ...(d.description.trim() ? { description: d.description.trim() } : {}),
    start: zonedInstant(d.date, d.start, zone),
    end: zonedInstant(d.date, d.end, zone),
    capacity: Number(d.capacity),
  };
}
