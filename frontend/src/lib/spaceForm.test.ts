import { describe, expect, it } from "vitest";
import type { Space } from "../api/types";
import { draftOf, ifMatch, NEW_SPACE, parseRate, spaceBody, validateSpace, type SpaceDraft } from "./spaceForm";

const valid: SpaceDraft = { ...NEW_SPACE, name: "Bureau 2", capacity: "3" };
const keys = (d: Partial<SpaceDraft>) => Object.keys(validateSpace({ ...valid, ...d })).sort();

describe("space form", () => {
  it("accepts the API defaults for a named space", () => {
    expect(validateSpace(valid)).toEqual({});
  });
  it("keeps to the API's limits", () => {
    expect(validateSpace({ ...valid, name: "  " }).name?.key).toBe("validation.required");
    expect(validateSpace({ ...valid, name: "x".repeat(201) }).name?.key).toBe("validation.tooLong");
    expect(keys({ capacity: "0" })).toEqual(["capacity"]);
    expect(keys({ capacity: "1001" })).toEqual(["capacity"]);
    expect(keys({ capacity: "2.5" })).toEqual(["capacity"]);
    expect(keys({ minNoticeMinutes: "43201" })).toEqual(["rules.minNoticeMinutes"]);
    expect(keys({ maxAdvanceDays: "0" })).toEqual(["rules.maxAdvanceDays"]);
    expect(keys({ maxAdvanceDays: "731" })).toEqual(["rules.maxAdvanceDays"]);
    expect(keys({ bufferMinutes: "241" })).toEqual(["rules.bufferMinutes"]);
    expect(keys({ minMinutes: "10", slotMinutes: "15" })).toEqual(["rules.minMinutes"]);
    expect(keys({ maxMinutes: "1470", slotMinutes: "30" })).toEqual(["rules.maxMinutes"]);
  });
  it("wants durations on the slot grid, and max at least min", () => {
    expect(validateSpace({ ...valid, slotMinutes: "60", minMinutes: "90" })["rules.minMinutes"]).toEqual({ key: "space.err.multipleOfSlot", params: { slot: 60 } });
    expect(validateSpace({ ...valid, minMinutes: "120", maxMinutes: "60" })["rules.maxMinutes"]?.key).toBe("space.err.maxBelowMin");
    expect(keys({ slotMinutes: "15", minMinutes: "45", maxMinutes: "45" })).toEqual([]);
  });
  it("reads prices with a comma or a dot, two decimals at most, empty is free", () => {
    expect(parseRate("6,50")).toBe(6.5);
    expect(parseRate("6.5")).toBe(6.5);
    expect(parseRate(" ")).toBeNull();
    expect(parseRate("6,505")).toBeUndefined();
    expect(parseRate("-1")).toBeUndefined();
    expect(parseRate("10000.01")).toBeUndefined();
    expect(keys({ hourlyRate: "abc" })).toEqual(["hourlyRate"]);
  });
  it("round-trips a space and keeps its own schedule on edit", () => {
    const space: Space = {
      id: "0f8fad5b-d9cb-469f-a165-70867728950e", name: "Salle", kind: "MEETING_ROOM", capacity: 8, bookingMode: "EXCLUSIVE",
      equipment: ["PROJECTOR"], active: false, hourlyRate: 12.5, version: 4,
      schedule: [{ day: "MONDAY", opens: "09:00", closes: "12:00" }],
      rules: { slotMinutes: 60, minMinutes: 60, maxMinutes: 240, minNoticeMinutes: 1440, maxAdvanceDays: 30, bufferMinutes: 15, requiresApproval: true },
    };
    const draft = draftOf(space);
    expect(draft.hourlyRate).toBe("12.5");
    expect(validateSpace(draft)).toEqual({});
    const body = spaceBody({ ...draft, name: " Salle du conseil " }, space);
    expect(body).toMatchObject({ name: "Salle du conseil", capacity: 8, active: false, hourlyRate: 12.5, schedule: space.schedule });
    expect(body.rules).toEqual(space.rules);
    expect(spaceBody({ ...draft, hourlyRate: "" }).hourlyRate).toBeUndefined();
    expect(ifMatch(space)).toBe('"4"');
  });
});
