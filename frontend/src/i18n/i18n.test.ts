import { describe, expect, it } from "vitest";
import { acceptLanguage, interpolate, lookup, parseLocale, translator } from "./i18n";
import { en, fr } from "./messages";

describe("i18n", () => {
  it("looks keys up in the chosen language", () => {
    expect(lookup("fr", "nav.venues")).toBe("Lieux");
    expect(lookup("en", "nav.venues")).toBe("Venues");
  });

  it("falls back to French when English lacks a key, then to the key itself", () => {
    expect(en["amenity.WIFI"]).toBeUndefined();
    expect(lookup("en", "amenity.WIFI")).toBe("Wi-Fi");
    expect(lookup("en", "no.such.key")).toBe("no.such.key");
  });

  it("interpolates named parameters and leaves unknown ones visible", () => {
    expect(translator("fr")("venues.pageOf", { page: 2, pages: 5 })).toBe("Page 2 sur 5");
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(interpolate("{a}", { a: 0 })).toBe("0");
  });

  it("English only holds keys that French has", () => {
    for (const key of Object.keys(en)) expect(fr).toHaveProperty(key);
  });

  it("parses stored languages, defaulting to French", () => {
    expect(parseLocale("en")).toBe("en");
    expect(parseLocale("en-GB")).toBe("en");
    expect(parseLocale("EN")).toBe("en");
    expect(parseLocale("de")).toBe("fr");
    expect(parseLocale(null)).toBe("fr");
  });

  it("sends the chosen language first in Accept-Language", () => {
    expect(acceptLanguage("en")).toMatch(/^en\b/);
    expect(acceptLanguage("fr")).toMatch(/^fr\b/);
  });
});
