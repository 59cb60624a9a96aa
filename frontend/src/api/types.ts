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
export type Space = Schemas["Space"];
export type Booking = Schemas["Booking"];
export type BookingStatus = Schemas["BookingStatus"];
export type Closure = Schemas["Closure"];
export type OpeningHours = Schemas["OpeningHours"];
export type AvailabilityResult = Schemas["AvailabilityResult"];
export type FreeSlot = Schemas["FreeSlot"];
export type Block = Schemas["Block"];
export type MemberStatus = Schemas["MemberStatus"];
export const MEMBER_STATUSES: readonly MemberStatus[] = ["TELEWORKER", "FREELANCER", "ENTREPRENEUR", "STUDENT", "OTHER"];
export type Agreement = Schemas["Agreement"];
export type AgreementStatus = Schemas["AgreementStatus"];
export type AgreementTemplate = Schemas["AgreementTemplate"];
export type MediationService = Schemas["MediationService"];
export const MEDIATION_SERVICES: readonly MediationService[] = [
  "ADMINISTRATIVE_PROCEDURES",
  "EVERYDAY_DIGITAL_TOOLS",
  "PROFESSIONAL_INTEGRATION",
  "SAFE_USE",
  "PARENTING_AND_EDUCATION",
  "LEISURE_AND_CREATION",
  "UNDERSTANDING_DIGITAL_WORLD",
  "INTERNET_AND_EQUIPMENT_ACCESS",
  "AFFORDABLE_EQUIPMENT",
];
export type OccupancyReport = Schemas["OccupancyReport"];
export type OccupancyFigures = Schemas["OccupancyFigures"];
export type VenueOccupancy = Schemas["VenueOccupancy"];
export type SpaceOccupancy = Schemas["SpaceOccupancy"];
