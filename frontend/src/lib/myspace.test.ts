import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "./markdown";
import { addMinutes, localParts, timeRange, today, venueZone, zonedInstant, zoneCity, zoneToShow } from "./time";
import { validateErasure, validateProfile } from "./validation";
import { weekGrid } from "./week";

describe("venue time zones", () => {
  // 2027-03-29 12:00 UTC: Paris is on summer time (+02:00), Cayenne is -03:00, Réunion +04:00.
  const noonUtc = "2027-03-29T12:00:00Z";

  it("shows an instant on each venue's own clock", () => {
    expect(localParts(noonUtc, "Europe/Paris").time).toBe("14:00");
    expect(localParts(noonUtc, "America/Cayenne").time).toBe("09:00");
    expect(localParts(noonUtc, "Indian/Reunion").time).toBe("16:00");
    expect(timeRange("fr", "2027-03-29T11:00:00-03:00", "2027-03-29T13:30:00-03:00", "America/Cayenne")).toBe("11 h – 13 h 30");
    expect(timeRange("en", "2027-03-29T11:00:00-03:00", "2027-03-29T13:30:00-03:00", "America/Cayenne")).toBe("11:00 – 13:30");
  });

  it("writes wall-clock times with the venue's offset, which has no DST overseas", () => {
    expect(zonedInstant("2027-03-29", "08:00", "America/Cayenne")).toBe("2027-03-29T08:00:00-03:00");
    expect(zonedInstant("2027-01-11", "08:00", "Indian/Reunion")).toBe("2027-01-11T08:00:00+04:00");
    expect(zonedInstant("2027-03-29", "08:00", "Europe/Paris")).toBe("2027-03-29T08:00:00+02:00");
    expect(addMinutes("2027-03-29T08:00:00-03:00", 90, "America/Cayenne")).toBe("2027-03-29T09:30:00-03:00");
  });

  it("takes the venue's date for 'today' and the week grid", () => {
    // 02:00 UTC on the 29th is still the 28th in Cayenne, already the 29th in Réunion.
    const early = Date.parse("2027-03-29T02:00:00Z");
    expect(today(early, "America/Cayenne")).toBe("2027-03-28");
    expect(today(early, "Indian/Reunion")).toBe("2027-03-29");
    const grid = weekGrid("2027-03-29", [{ start: "2027-03-29T08:00:00-03:00", end: "2027-03-29T10:00:00-03:00" }], "America/Cayenne");
    expect(grid.free[0]).toEqual([[480, 600]]);
  });

  it("names the zone only when it differs from the reader's", () => {
    expect(zoneToShow("America/Cayenne", "Europe/Paris")).toBe("America/Cayenne");
    expect(zoneToShow("Europe/Paris", "Europe/Paris")).toBeNull();
    expect(zoneToShow("Indian/Reunion", "Indian/Reunion")).toBeNull();
    expect(zoneCity("America/Cayenne")).toBe("Cayenne");
    expect(zoneCity("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
  });

  it("falls back to Paris for a missing or unknown zone", () => {
    expect(venueZone(undefined)).toBe("Europe/Paris");
    expect(venueZone("Mars/Olympus_Mons")).toBe("Europe/Paris");
    expect(venueZone("Indian/Reunion")).toBe("Indian/Reunion");
  });
});

describe("agreement markdown", () => {
  it("reads headings, paragraphs and both kinds of lists", () => {
    const blocks = parseMarkdown("# Convention\n\nL'usager s'engage :\nà respecter les lieux.\n\n- ranger\n- *fermer* la porte\n\n1. signer\n2) dater\n\n### Fin");
    expect(blocks).toEqual([
      { kind: "heading", level: 1, inlines: [{ kind: "text", text: "Convention" }] },
      { kind: "paragraph", inlines: [{ kind: "text", text: "L'usager s'engage : à respecter les lieux." }] },
      { kind: "list", ordered: false, items: [[{ kind: "text", text: "ranger" }], [{ kind: "em", text: "fermer" }, { kind: "text", text: " la porte" }]] },
      { kind: "list", ordered: true, items: [[{ kind: "text", text: "signer" }], [{ kind: "text", text: "dater" }]] },
      { kind: "heading", level: 3, inlines: [{ kind: "text", text: "Fin" }] },
    ]);
  });

  it("keeps HTML as plain text, never as markup", () => {
    const blocks = parseMarkdown('<img src=x onerror="alert(1)"> **gras**');
    expect(blocks).toEqual([
      { kind: "paragraph", inlines: [{ kind: "text", text: '<img src=x onerror="alert(1)"> ' }, { kind: "strong", text: "gras" }] },
    ]);
  });

  it("leaves unmatched markers and lone asterisks as typed", () => {
    expect(parseInline("5 * 3 = 15 et **pas fermé")).toEqual([{ kind: "text", text: "5 * 3 = 15 et **pas fermé" }]);
    expect(parseInline("__fort__ et _léger_")).toEqual([
      { kind: "strong", text: "fort" },
      { kind: "text", text: " et " },
      { kind: "em", text: "léger" },
    ]);
  });

  it("continues a list item on an indented line and caps deep headings", () => {
    expect(parseMarkdown("- un\n  suite\n###### six")).toEqual([
      { kind: "list", ordered: false, items: [[{ kind: "text", text: "un suite" }]] },
      { kind: "heading", level: 3, inlines: [{ kind: "text", text: "six" }] },
    ]);
  });
});

describe("profile checks (PUT /me)", () => {
  const base = { displayName: "Camille", email: "camille@example.org", phone: "", commune: "", activity: "", newPassword: "", currentPassword: "" };

  it("accepts a profile without password when the email is unchanged", () => {
    expect(validateProfile(base, "camille@example.org")).toEqual({});
    expect(validateProfile({ ...base, phone: "+33 4 92 65 00 00" }, "camille@example.org")).toEqual({});
  });

  it("asks for the current password to change the email or the password", () => {
    expect(validateProfile({ ...base, email: "new@example.org" }, "camille@example.org").currentPassword?.key).toBe("validation.currentPasswordNeeded");
    expect(validateProfile({ ...base, newPassword: "a-new-password" }, "camille@example.org").currentPassword?.key).toBe("validation.currentPasswordNeeded");
    expect(validateProfile({ ...base, newPassword: "a-new-password", currentPassword: "old" }, "camille@example.org")).toEqual({});
  });

  it("applies the API's limits", () => {
    const issues = validateProfile(
      { ...base, displayName: " ", email: "nope", phone: "abc", commune: "x".repeat(121), activity: "x".repeat(201), newPassword: "short", currentPassword: "p" },
      "camille@example.org",
    );
    expect(Object.fromEntries(Object.entries(issues).map(([k, v]) => [k, v?.key]))).toEqual({
      displayName: "validation.required",
      email: "validation.email",
      phone: "validation.phone",
      commune: "validation.tooLong",
      activity: "validation.tooLong",
      newPassword: "validation.passwordMin",
    });
  });

  it("needs the password to delete the account", () => {
    expect(validateErasure({ password: "" }).password?.key).toBe("validation.required");
    expect(validateErasure({ password: "secret" })).toEqual({});
  });
});
