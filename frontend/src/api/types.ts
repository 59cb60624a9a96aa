import type { components } from "./schema";

type Schemas = components["schemas"];
export type Venue = Schemas["Venue"];
export type VenueKind = Schemas["VenueKind"];
export type Amenity = Schemas["Amenity"];
export type Connectivity = Schemas["Connectivity"];
export type ConnectivityType = Schemas["ConnectivityType"];
export type Member = Schemas["Member"];
export type Problem = Schemas["Problem"];
export type FieldError = Schemas["FieldError"];
export type VenuePage = Schemas["PageVenueDto"];

export const VENUE_KINDS: readonly VenueKind[] = [
  "PUBLIC_SERVICE_RELAY",
  "MEDIA_LIBRARY",
  "TOURIST_OFFICE",
  "PRIVATE_PREMISES",
  "THIRD_PLACE",
];
