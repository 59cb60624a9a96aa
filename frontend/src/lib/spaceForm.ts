// The venue console's space form: a draft of strings as typed, checked with the limits of
// SpaceDto / SpaceService (so most mistakes never reach the server), and turned into the API body.
// Issue keys are the API's field paths ("capacity", "rules.minMinutes"), so the server's own
// field errors land on the same inputs.
import type { Space } from "../api/types";
import type { Issue, Issues } from "./validation";

type Schemas = import("../api/schema").components["schemas"];
export type SpaceKind = Schemas["SpaceKind"];
export type BookingMode = Schemas["BookingMode"];
export type Equipment = Schemas["Equipment"];

export const SPACE_KINDS: readonly SpaceKind[] = ["DESK", "OFFICE", "MEETING_ROOM", "COMPUTER_ROOM", "VISIO_BOOTH"];
export const EQUIPMENT: readonly Equipment[] = [
  "COMPUTER", "SCREEN", "VIDEOCONFERENCE", "PHONE", "WHITEBOARD", "PROJECTOR", "PRINTER", "WEBCAM", "HEADSET", "DOCKING_STATION",
];
export const SLOT_SIZES = ["15", "30", "60"] as const;

/** The API's limits (SpaceDto, SpaceDto.BookingRules, SpaceService.MAX_BUFFER_MINUTES). */
export const SPACE_LIMITS = {
  name: 200,
  description: 4000,
  capacity: [1, 1000],
  minMinutes: [15, 1440],
  maxMinutes: [15, 1440],
  minNoticeMinutes: [0, 43_200],
  maxAdvanceDays: [1, 730],
  bufferMinutes: [0, 240],
  hourlyRate: 10_000,
} as const;

export interface SpaceDraft {
  name: string;
  kind: SpaceKind;
  capacity: string;
  bookingMode: BookingMode;
  equipment: Equipment[];
  description: string;
  hourlyRate: string;
  slotMinutes: (typeof SLOT_SIZES)[number];
  minMinutes: string;
  maxMinutes: string;
  minNoticeMinutes: string;
  maxAdvanceDays: string;
  bufferMinutes: string;
  requiresApproval: boolean;
  active: boolean;
}

export type SpaceField =
  | "name" | "capacity" | "description" | "hourlyRate"
  | "rules.slotMinutes" | "rules.minMinutes" | "rules.maxMinutes" | "rules.minNoticeMinutes" | "rules.maxAdvanceDays" | "rules.bufferMinutes";

/** The form's inputs in page order, to match server field errors and focus the first invalid one. */
export const SPACE_FIELDS: readonly SpaceField[] = [
  "name", "capacity", "description", "hourlyRate",
  "rules.slotMinutes", "rules.minMinutes", "rules.maxMinutes", "rules.minNoticeMinutes", "rules.maxAdvanceDays", "rules.bufferMinutes",
];

/** The API's defaults (SpaceService.DEFAULT_RULES) for a new space. */
export const NEW_SPACE: SpaceDraft = {
  name: "", kind: "DESK", capacity: "1", bookingMode: "EXCLUSIVE", equipment: [], description: "", hourlyRate: "",
  slotMinutes: "30", minMinutes: "30", maxMinutes: "480", minNoticeMinutes: "0", maxAdvanceDays: "90", bufferMinutes: "0",
  requiresApproval: false, active: true,
};

export function draftOf(space: Space): SpaceDraft {
  const r: Partial<Schemas["BookingRules"]> = space.rules ?? {};
  const slot = String(r.slotMinutes ?? 30);
  return {
    name: space.name,
    kind: space.kind,
    capacity: String(space.capacity),
    bookingMode: space.bookingMode,
    equipment: [...(space.equipment ?? [])],
    description: space.description ?? "",
    hourlyRate: space.hourlyRate == null || space.hourlyRate === 0 ? "" : String(space.hourlyRate),
    slotMinutes: (SLOT_SIZES as readonly string[]).includes(slot) ? (slot as SpaceDraft["slotMinutes"]) : "30",
    minMinutes: String(r.minMinutes ?? 30),
    maxMinutes: String(r.maxMinutes ?? 480),
    minNoticeMinutes: String(r.minNoticeMinutes ?? 0),
    maxAdvanceDays: String(r.maxAdvanceDays ?? 90),
    bufferMinutes: String(r.bufferMinutes ?? 0),
    requiresApproval: r.requiresApproval ?? false,
    active: space.active ?? true,
  };
}

function integer(value: string, [min, max]: readonly [number, number]): { value?: number; issue?: Issue } {
  const v = value.trim();
  if (!v) return { issue: { key: "validation.required" } };
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) return { issue: { key: "space.err.range", params: { min, max } } };
  return { value: Number(v) };
}

/** "6,50" or "6.5" → 6.5; "" → free (null); undefined when not a valid amount. */
export function parseRate(value: string): number | null | undefined {
  const v = value.trim().replace(",", ".");
  if (!v) return null;
  if (!/^\d{1,5}(\.\d{1,2})?$/.test(v)) return undefined;
  const n = Number(v);
  return n > SPACE_LIMITS.hourlyRate ? undefined : n;
}

export function validateSpace(d: SpaceDraft): Issues<SpaceField> {
  const out: Issues<SpaceField> = {};
  if (!d.name.trim()) out.name = { key: "validation.required" };
  else if (d.name.trim().length > SPACE_LIMITS.name) out.name = { key: "validation.tooLong", params: { max: SPACE_LIMITS.name } };
  if (d.description.length > SPACE_LIMITS.description) out.description = { key: "validation.tooLong", params: { max: SPACE_LIMITS.description } };
  const capacity = integer(d.capacity, SPACE_LIMITS.capacity);
  if (capacity.issue) out.capacity = capacity.issue;
  if (parseRate(d.hourlyRate) === undefined) out.hourlyRate = { key: "space.err.rate", params: { max: SPACE_LIMITS.hourlyRate } };
  const slot = Number(d.slotMinutes);
  const min = integer(d.minMinutes, SPACE_LIMITS.minMinutes);
  const max = integer(d.maxMinutes, SPACE_LIMITS.maxMinutes);
  if (min.issue) out["rules.minMinutes"] = min.issue;
  else if (min.value! % slot !== 0) out["rules.minMinutes"] = { key: "space.err.multipleOfSlot", params: { slot } };
  if (max.issue) out["rules.maxMinutes"] = max.issue;
  else if (max.value! % slot !== 0) out["rules.maxMinutes"] = { key: "space.err.multipleOfSlot", params: { slot } };
  else if (min.value !== undefined && max.value! < min.value) out["rules.maxMinutes"] = { key: "space.err.maxBelowMin" };
  for (const [field, limits] of [
    ["rules.minNoticeMinutes", SPACE_LIMITS.minNoticeMinutes],
    ["rules.maxAdvanceDays", SPACE_LIMITS.maxAdvanceDays],
    ["rules.bufferMinutes", SPACE_LIMITS.bufferMinutes],
  ] as const) {
    const key = field.slice("rules.".length) as "minNoticeMinutes" | "maxAdvanceDays" | "bufferMinutes";
    const checked = integer(d[key], limits);
    if (checked.issue) out[field] = checked.issue;
  }
  return out;
}

/**
 * The PUT/POST body. A PUT replaces the whole space, so fields this form does not edit (the
 * space's own weekly schedule) are carried over from the space being edited.
 */
export function spaceBody(d: SpaceDraft, editing?: Space): Space {
  return {
    name: d.name.trim(),
    kind: d.kind,
    capacity: Number(d.capacity.trim()),
    bookingMode: d.bookingMode,
    equipment: d.equipment,
    ...(d.description.trim() ? { description: d.description.trim() } : {}),
    active: d.active,
    hourlyRate: parseRate(d.hourlyRate) ?? undefined,
    rules: {
      slotMinutes: Number(d.slotMinutes),
      minMinutes: Number(d.minMinutes.trim()),
      maxMinutes: Number(d.maxMinutes.trim()),
      minNoticeMinutes: Number(d.minNoticeMinutes.trim()),
      maxAdvanceDays: Number(d.maxAdvanceDays.trim()),
      bufferMinutes: Number(d.bufferMinutes.trim()),
      requiresApproval: d.requiresApproval,
    },
    ...(editing?.schedule ? { schedule: editing.schedule } : {}),
  };
}

/** The If-Match header value for the space being edited (the API's ETag is its version). */
export function ifMatch(space: Space): string | undefined {
  return space.version == null ? undefined : `"${space.version}"`;
}
