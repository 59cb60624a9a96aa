import { describe, expect, it } from "vitest";
import type { Venue } from "../api/types";
import { EMPTY_VENUE, isValidSiret, validateVenueDraft, venueBody, venueDraftOf, venueIfMatch } from "./network";

// A venue as GET /venues/{id} returns it, with fields the form does not show.
const loaded: Venue = {
  id: "6f1c2d3e-0000-4000-8000-000000000001",
  version: 4,
  name: "Relais de Laragne",
  kind: "PUBLIC_SERVICE_RELAY",
  commune: "Laragne-Montéglin",
  postalCode: "05300",
  latitude: 44.3156,
  longitude: 5.8241,
  timezone: "Europe/Paris",
  description: "Accueil France Services.",
  contactEmail: "relais@example.org",
  amenities: ["WIFI"],
  connectivity: { type: "FIBER", downMbps: 300 },
  pivot: "21050070700018",
  summary: "Relais de services publics.",
  mediationServices: ["ADMINISTRATIVE_PROCEDURES"],
};

describe("SIRET", () => {
  it("accepts a valid Luhn key and La Poste's own numbering, as the API does", () => {
    expect(isValidSiret("21050070700018")).toBe(true);
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("21050070700019")).toBe(false);
    // La Poste: digit sum a multiple of 5, Luhn key wrong.
    expect(isValidSiret("35600000010000")).toBe(true);
    expect(isValidSiret("35600000010001")).toBe(false);
    expect(isValidSiret("2105007070001")).toBe(false);
    expect(isValidSiret("2105007070001a")).toBe(false);
  });

  it("tells a wrong length from a wrong key, and ignores the spaces people type", () => {
    expect(validateVenueDraft({ ...venueDraftOf(loaded), pivot: "210 500 707 00018" })).toEqual({});
    expect(validateVenueDraft({ ...venueDraftOf(loaded), pivot: "2105007070001" }).pivot).toBe("network.err.siretDigits");
    expect(validateVenueDraft({ ...venueDraftOf(loaded), pivot: "21050070700019" }).pivot).toBe("network.err.siretKey");
    expect(validateVenueDraft({ ...venueDraftOf(loaded), pivot: "" }).pivot).toBeUndefined();
  });
});

describe("venue edit body (PUT replaces the venue whole)", () => {
  it("sends back every field it does not show, pivot, summary and services included", () => {
    const body = venueBody({ ...venueDraftOf(loaded), name: "Relais France Services de Laragne" }, loaded);
    const { id: _id, version: _version, ...rest } = loaded;
    expect(body).toEqual({ ...rest, name: "Relais France Services de Laragne" });
    expect(body).not.toHaveProperty("id");
    expect(body).not.toHaveProperty("version");
  });

  it("clears an emptied optional field, normalises the SIRET and orders the services as the schema does", () => {
    const body = venueBody({ ...venueDraftOf(loaded), summary: "  ", pivot: "732 829 320 00074", mediationServices: ["SAFE_USE", "ADMINISTRATIVE_PROCEDURES"] }, loaded);
    expect(body).not.toHaveProperty("summary");
    expect(body.pivot).toBe("73282932000074");
    expect(body.mediationServices).toEqual(["ADMINISTRATIVE_PROCEDURES", "SAFE_USE"]);
    expect(body.description).toBe("Accueil France Services.");
  });

  it("checks the summary's length and sends If-Match with the version", () => {
    expect(validateVenueDraft({ ...venueDraftOf(loaded), summary: "x".repeat(281) }).summary).toBe("network.err.summary");
    expect(validateVenueDraft({ ...venueDraftOf(loaded), summary: "x".repeat(280) }).summary).toBeUndefined();
    expect(venueIfMatch(loaded)).toBe('"4"');
    expect(venueIfMatch({ ...loaded, version: undefined })).toBeUndefined();
  });

  it("creates with the default zone and without empty fields", () => {
    const body = venueBody({ ...EMPTY_VENUE, name: "Tiers-lieu", commune: "Serres", latitude: "44,4", longitude: "5.7" });
    expect(body).toEqual({ name: "Tiers-lieu", kind: "THIRD_PLACE", commune: "Serres", latitude: 44.4, longitude: 5.7, timezone: "Europe/Paris", mediationServices: [] });
  });
});
