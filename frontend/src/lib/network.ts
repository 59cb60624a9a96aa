// The venue form of the network console (create) and of the venue console (edit): its fields,
// checks mirroring the API's (VenueDto), and the body. PUT /venues/{id} replaces the venue
// whole, so an edit starts from the venue as loaded and only overrides what the form shows:
// fields the form does not hold (description, contacts, amenities, pivot…) are sent back as they were.
import { MEDIATION_SERVICES, type MediationService, type Venue, type VenueKind } from "../api/types";
import type { MessageKey } from "../i18n/messages";

export interface VenueDraft {
  name: string;
  kind: VenueKind;
  commune: string;
  postalCode: string;
  address: string;
  latitude: string;
  longitude: string;
  pivot: string;
  summary: string;
  mediationServices: MediationService[];
}

export const EMPTY_VENUE: VenueDraft = {
  name: "", kind: "THIRD_PLACE", commune: "", postalCode: "", address: "", latitude: "", longitude: "", pivot: "", summary: "", mediationServices: [],
};

/** VenueDto's limits. */
export const VENUE_LIMITS = { name: 200, commune: 120, address: 300, summary: 280 } as const;

/** Reads "44,3156" as well as "44.3156". */
function coordinate(value: string): number | undefined {
  const v = value.trim().replace(",", ".");
  if (!/^-?\d{1,3}(\.\d+)?$/.test(v)) return undefined;
  return Number(v);
}

/** "210 500 707 00018" → "21050070700018": spaces people type in a SIRET are dropped. */
export function normaliseSiret(value: string): string {
  return value.replace(/[\s.]/g, "");
}

const LA_POSTE_SIREN = "356000000";

/** The API's SIRET check (venue/Siret.java): 14 digits, Luhn key; La Poste's own numbering (digit sum ÷ 5) too. */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const luhn = digits.reduceRight((sum, digit, i) => {
    const fromRight = digits.length - 1 - i;
    const d = fromRight % 2 === 1 ? digit * 2 : digit;
    return sum + (d > 9 ? d - 9 : d);
  }, 0);
  return luhn % 10 === 0 || (value.startsWith(LA_POSTE_SIREN) && digits.reduce((a, b) => a + b, 0) % 5 === 0);
}

export function validateVenueDraft(d: VenueDraft): Partial<Record<keyof VenueDraft, MessageKey>> {
  const e: Partial<Record<keyof VenueDraft, MessageKey>> = {};
  if (!d.name.trim()) e.name = "validation.required";
  else if (d.name.trim().length > VENUE_LIMITS.name) e.name = "network.err.name";
  if (!d.commune.trim()) e.commune = "validation.required";
  else if (d.commune.trim().length > VENUE_LIMITS.commune) e.commune = "network.err.commune";
  if (d.postalCode.trim() && !/^\d{5}$/.test(d.postalCode.trim())) e.postalCode = "network.err.postal";
  if (d.address.trim().length > VENUE_LIMITS.address) e.address = "network.err.address";
  const lat = coordinate(d.latitude);
  const lon = coordinate(d.longitude);
  if (!d.latitude.trim()) e.latitude = "validation.required";
  else if (lat === undefined || lat < -90 || lat > 90) e.latitude = "network.err.lat";
  if (!d.longitude.trim()) e.longitude = "validation.required";
  else if (lon === undefined || lon < -180 || lon > 180) e.longitude = "network.err.lon";
  const siret = normaliseSiret(d.pivot);
  if (siret && !/^\d{14}$/.test(siret)) e.pivot = "network.err.siretDigits";
  else if (siret && !isValidSiret(siret)) e.pivot = "network.err.siretKey";
  if (d.summary.trim().length > VENUE_LIMITS.summary) e.summary = "network.err.summary";
  return e;
}

/** The form's first state for a venue being edited. */
export function venueDraftOf(v: Venue): VenueDraft {
  return {
    name: v.name ?? "",
    kind: v.kind,
    commune: v.commune ?? "",
    postalCode: v.postalCode ?? "",
    address: v.address ?? "",
    latitude: v.latitude == null ? "" : String(v.latitude),
    longitude: v.longitude == null ? "" : String(v.longitude),
    pivot: v.pivot ?? "",
    summary: v.summary ?? "",
    mediationServices: [...(v.mediationServices ?? [])],
  };
}

/**
 * The body of POST /venues (no `editing`) or PUT /venues/{id}: every field of the venue being
 * edited, then the form's. An emptied optional field is left out, which clears it.
 */
type OptionalText = "postalCode" | "address" | "pivot" | "summary";

export function venueBody(d: VenueDraft, editing?: Venue): Venue {
  // id and version are read-only: the version travels in If-Match.
  const { id: _id, version: _version, ...kept } = editing ?? ({} as Partial<Venue>);
  const body: Venue = {
    ...kept,
    name: d.name.trim(),
    kind: d.kind,
    commune: d.commune.trim(),
    latitude: coordinate(d.latitude) ?? 0,
    longitude: coordinate(d.longitude) ?? 0,
    timezone: editing?.timezone ?? "Europe/Paris",
    mediationServices: MEDIATION_SERVICES.filter((s) => d.mediationServices.includes(s)),
  };
  const optional: [OptionalText, string][] = [
    ["postalCode", d.postalCode], ["address", d.address], ["pivot", normaliseSiret(d.pivot)], ["summary", d.summary],
  ];
  for (const [key, value] of optional) {
    if (value.trim()) body[key] = value.trim();
    else delete body[key];
  }
  return body;
}

/** The If-Match header value for the venue being edited (the API's ETag is its version). */
export function venueIfMatch(v: Venue): string | undefined {
  return v.version == null ? undefined : `"${v.version}"`;
}
