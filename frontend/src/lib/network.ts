// The network console's form for a new venue: its required fields and coordinates.
import type { Venue, VenueKind } from "../api/types";
import type { MessageKey } from "../i18n/messages";

export interface VenueDraft {
  name: string;
  kind: VenueKind;
  commune: string;
  postalCode: string;
  address: string;
  latitude: string;
  longitude: string;
}

/** Reads "44,3156" as well as "44.3156". */
function coordinate(value: string): number | undefined {
  const v = value.trim().replace(",", ".");
  if (!/^-?\d{1,3}(\.\d+)?$/.test(v)) return undefined;
  return Number(v);
}

export function validateVenueDraft(d: VenueDraft): Partial<Record<keyof VenueDraft, MessageKey>> {
  const e: Partial<Record<keyof VenueDraft, MessageKey>> = {};
  if (!d.name.trim()) e.name = "validation.required";
  if (!d.commune.trim()) e.commune = "validation.required";
  if (d.postalCode.trim() && !/^\d{5}$/.test(d.postalCode.trim())) e.postalCode = "network.err.postal";
  const lat = coordinate(d.latitude);
  const lon = coordinate(d.longitude);
  if (!d.latitude.trim()) e.latitude = "validation.required";
  else if (lat === undefined || lat < -90 || lat > 90) e.latitude = "network.err.lat";
  if (!d.longitude.trim()) e.longitude = "validation.required";
  else if (lon === undefined || lon < -180 || lon > 180) e.longitude = "network.err.lon";
  return e;
}

export function venueBody(d: VenueDraft): Venue {
  return {
    name: d.name.trim(),
    kind: d.kind,
    commune: d.commune.trim(),
    latitude: coordinate(d.latitude) ?? 0,
    longitude: coordinate(d.longitude) ?? 0,
    timezone: "Europe/Paris",
    ...(d.postalCode.trim() ? { postalCode: d.postalCode.trim() } : {}),
    ...(d.address.trim() ? { address: d.address.trim() } : {}),
  };
}
