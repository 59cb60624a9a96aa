import { describe, expect, it } from "vitest";
import { inSelection, selectionOf } from "./blockPlanner";
import { embedQuery, parseEmbed, splitByDay } from "./embed";
import { dayOfWeek, oneYearAfter, previewCounts, seriesRequest, validateSeries, type SeriesForm } from "./series";
import { localParts } from "./time";
import { mondayOf, weekGrid } from "./week";

describe("embed query", () => {
  it("reads commune, venue and near; venue wins, then near", () => {
    expect(parseEmbed("?commune=Laragne-Mont%C3%A9glin").target).toEqual({ kind: "commune", commune: "Laragne-Montéglin" });
    expect(parseEmbed("?venue=0F8FAD5B-D9CB-469F-A165-70867728950E&commune=X").target).toEqual({
      kind: "venue",
      venueId: "0f8fad5b-d9cb-469f-a165-70867728950e",
    });
    expect(parseEmbed("?near=44.31,5.82&commune=X").target).toEqual({ kind: "near", near: { lat: 44.31, lon: 5.82 } });
  });
  it("refuses what it cannot search", () => {
    expect(parseEmbed("").target.kind).toBe("invalid");
    expect(parseEmbed("?venue=nope").target.kind).toBe("invalid");
    expect(parseEmbed("?near=abc").target.kind).toBe("invalid");
    expect(parseEmbed("?commune=%20%20").target.kind).toBe("invalid");
    expect(parseEmbed(`?commune=${"x".repeat(121)}`).target.kind).toBe("invalid");
  });
  it("reads an optional language", () => {
    expect(parseEmbed("?commune=A&lang=en").lang).toBe("en");
    expect(parseEmbed("?commune=A&lang=de").lang).toBeUndefined();
  });
  it("asks for today and tomorrow in Paris", () => {
    // 2027-03-28 23:30 UTC is already the 29th in Paris (UTC+2).
    const now = Date.parse("2027-03-28T23:30:00Z");
    expect(embedQuery({ kind: "commune", commune: "Serres" }, now)).toEqual({ from: "2027-03-29", to: "2027-03-30", commune: "Serres", size: 10 });
    expect(embedQuery({ kind: "near", near: { lat: 44.3, lon: 5.8 } }, now)).toMatchObject({ near: "44.3,5.8", radiusKm: 20 });
    expect(embedQuery({ kind: "venue", lat: 44.3, lon: 5.8 }, now)).toMatchObject({ near: "44.3,5.8", radiusKm: 10, from: "2027-03-29" });
  });
  it("splits slots into today and tomorrow", () => {
    const slots = [
      { start: "2027-03-29T09:00:00+02:00" },
      { start: "2027-03-30T09:00:00+02:00" },
      { start: "2027-03-31T09:00:00+02:00" },
      {},
    ];
    const s = splitByDay(slots, "2027-03-29", (iso) => localParts(iso).date);
    expect(s.today).toHaveLength(1);
    expect(s.tomorrow).toHaveLength(1);
  });
});

describe("week grid", () => {
  it("finds the Monday of a week", () => {
    expect(mondayOf("2027-03-29")).toBe("2027-03-29");
    expect(mondayOf("2027-04-04")).toBe("2027-03-29");
    expect(mondayOf("2027-04-01")).toBe("2027-03-29");
  });
  it("marks hours free, partly free or busy", () => {
    const g = weekGrid("2027-03-29", [
      { start: "2027-03-29T08:00:00+02:00", end: "2027-03-29T10:00:00+02:00" },
      { start: "2027-03-29T10:30:00+02:00", end: "2027-03-29T18:00:00+02:00" },
      { start: "2027-03-31T14:00:00+02:00", end: "2027-03-31T16:00:00+02:00" },
    ]);
    expect(g.days).toEqual(["2027-03-29", "2027-03-30", "2027-03-31", "2027-04-01", "2027-04-02", "2027-04-03", "2027-04-04"]);
    expect(g.hours).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(g.cells[0]!.slice(0, 4)).toEqual(["free", "free", "partial", "free"]);
    expect(g.cells[1]!.every((c) => c === "busy")).toBe(true);
    expect(g.cells[2]![6]).toBe("free");
    expect(g.cells[2]![5]).toBe("busy");
    expect(g.free[0]).toEqual([
      [480, 600],
      [630, 1080],
    ]);
  });
  it("merges touching slots (shared spaces split at seat changes) and widens the hours", () => {
    const g = weekGrid("2027-03-29", [
      { start: "2027-03-30T07:00:00+02:00", end: "2027-03-30T09:00:00+02:00" },
      { start: "2027-03-30T09:00:00+02:00", end: "2027-03-30T20:30:00+02:00" },
    ]);
    expect(g.free[1]).toEqual([[420, 1230]]);
    expect(g.hours[0]).toBe(7);
    expect(g.hours[g.hours.length - 1]).toBe(20);
    expect(g.cells[1]![g.hours.length - 1]).toBe("partial");
  });
  it("cuts a slot at midnight and across the DST change (Paris, 28 March 2027)", () => {
    const g = weekGrid("2027-03-22", [{ start: "2027-03-27T22:00:00+01:00", end: "2027-03-28T10:00:00+02:00" }]);
    expect(g.free[5]).toEqual([[1320, 1440]]);
    expect(g.free[6]).toEqual([[0, 600]]);
    expect(g.hours[0]).toBe(0);
    expect(g.hours[g.hours.length - 1]).toBe(23);
  });
  it("ignores slots outside the week", () => {
    const g = weekGrid("2027-03-29", [{ start: "2027-04-06T09:00:00+02:00", end: "2027-04-06T10:00:00+02:00" }]);
    expect(g.free.every((d) => d.length === 0)).toBe(true);
    expect(g.hours).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });
});

describe("series form", () => {
  const ok: SeriesForm = { days: ["MONDAY", "THURSDAY"], startTime: "09:00", endTime: "12:00", from: "2027-03-29", until: "2027-06-30", seats: "", note: "" };
  it("accepts a valid form and builds the request in week order", () => {
    expect(validateSeries(ok, "2027-03-01")).toEqual({});
    expect(seriesRequest("s1", { ...ok, days: ["THURSDAY", "MONDAY"], note: "  Équipe  " })).toEqual({
      spaceId: "s1",
      daysOfWeek: ["MONDAY", "THURSDAY"],
      startTime: "09:00",
      endTime: "12:00",
      from: "2027-03-29",
      until: "2027-06-30",
      note: "Équipe",
    });
    expect(seriesRequest("s1", { ...ok, seats: "3" }).seats).toBe(3);
    expect(seriesRequest("s1", { ...ok, seats: "1" }).seats).toBeUndefined();
  });
  it("names each broken rule", () => {
    expect(validateSeries({ ...ok, days: [] }, "2027-03-01")).toEqual({ days: "series.err.days" });
    expect(validateSeries({ ...ok, startTime: "9h" }, "2027-03-01")).toEqual({ startTime: "series.err.time" });
    expect(validateSeries({ ...ok, endTime: "09:00" }, "2027-03-01")).toEqual({ endTime: "series.err.order" });
    expect(validateSeries({ ...ok, from: "2027-02-30" }, "2027-03-01")).toEqual({ from: "series.err.date" });
    expect(validateSeries({ ...ok, from: "2027-02-27" }, "2027-03-01")).toEqual({ from: "series.err.past" });
    expect(validateSeries({ ...ok, until: "2027-03-28" }, "2027-03-01")).toEqual({ until: "series.err.until" });
    expect(validateSeries({ ...ok, until: "2028-03-30" }, "2027-03-01")).toEqual({ until: "series.err.year" });
    expect(validateSeries({ ...ok, until: "2028-03-29" }, "2027-03-01")).toEqual({});
    expect(validateSeries({ ...ok, seats: "0" }, "2027-03-01")).toEqual({ seats: "series.err.seats" });
    expect(validateSeries({ ...ok, note: "x".repeat(501) }, "2027-03-01")).toEqual({ note: "series.err.note" });
  });
  it("knows one year later and the weekday", () => {
    expect(oneYearAfter("2027-03-29")).toBe("2028-03-29");
    expect(oneYearAfter("2028-02-29")).toBe("2029-02-28");
    expect(dayOfWeek("2027-03-29")).toBe("MONDAY");
    expect(dayOfWeek("2027-04-04")).toBe("SUNDAY");
  });
  it("counts a dry run", () => {
    expect(previewCounts([{ status: "FREE" }, { status: "FREE" }, { status: "CONFLICT" }, { status: "SKIPPED" }])).toEqual({ free: 2, conflict: 1, skipped: 1 });
  });
});

describe("network console: new venue", () => {
  const d = { name: "Tiers-lieu", kind: "THIRD_PLACE" as const, commune: "Serres", postalCode: "", address: "", latitude: "44,4287", longitude: "5.7167",
    pivot: "", summary: "", mediationServices: [] };
  it("accepts decimal commas and builds the body", async () => {
    const { validateVenueDraft, venueBody } = await import("./network");
    expect(validateVenueDraft(d)).toEqual({});
    expect(venueBody(d)).toMatchObject({ name: "Tiers-lieu", commune: "Serres", latitude: 44.4287, longitude: 5.7167 });
    expect(venueBody(d)).not.toHaveProperty("postalCode");
  });
  it("names missing and out-of-range fields", async () => {
    const { validateVenueDraft } = await import("./network");
    expect(validateVenueDraft({ ...d, name: " ", latitude: "91", longitude: "x", postalCode: "5300" })).toEqual({
      name: "validation.required",
      latitude: "network.err.lat",
      longitude: "network.err.lon",
      postalCode: "network.err.postal",
    });
  });
});

describe("routes and the series form's first state", () => {
  it("routes the new screens", async () => {
    const { matchRoute, paths } = await import("../router");
    expect(matchRoute("/embed").name).toBe("embed");
    expect(matchRoute("/series").name).toBe("series");
    expect(matchRoute("/console/network").name).toBe("network");
    expect(paths.series({ space: "s1", day: "2027-03-29", start: "09:00" })).toBe("/series?space=s1&day=2027-03-29&start=09%3A00");
  });
  it("prefills that weekday for four weeks, never in the past", async () => {
    const { initialSeriesForm } = await import("../pages/SeriesPage");
    const now = Date.parse("2027-03-20T10:00:00Z");
    const a = initialSeriesForm("?space=0F8FAD5B-D9CB-469F-A165-70867728950E&day=2027-03-29&start=09:00&end=11:30", now);
    expect(a.space).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(a.form).toMatchObject({ days: ["MONDAY"], startTime: "09:00", endTime: "11:30", from: "2027-03-29", until: "2027-04-25" });
    const b = initialSeriesForm("?space=bad&day=2027-01-01&start=9h", now);
    expect(b.space).toBeNull();
    expect(b.form).toMatchObject({ from: "2027-03-20", days: ["SATURDAY"], startTime: "09:00" });
  });
});

describe("block planner selection", () => {
  it("spans the hours dragged over, in either direction, end included", () => {
    expect(selectionOf({ day: "2027-03-02", hour: 9 }, { day: "2027-03-02", hour: 11 })).toEqual({ date: "2027-03-02", start: "09:00", end: "12:00" });
    expect(selectionOf({ day: "2027-03-02", hour: 14 }, { day: "2027-03-02", hour: 13 })).toEqual({ date: "2027-03-02", start: "13:00", end: "15:00" });
    expect(selectionOf({ day: "2027-03-02", hour: 23 }, { day: "2027-03-02", hour: 23 })).toEqual({ date: "2027-03-02", start: "23:00", end: "24:00" });
  });
  it("stays on the anchor's day", () => {
    expect(selectionOf({ day: "2027-03-02", hour: 9 }, { day: "2027-03-03", hour: 10 }).date).toBe("2027-03-02");
    const anchor = { day: "2027-03-02", hour: 9 };
    expect(inSelection({ day: "2027-03-02", hour: 10 }, anchor, { day: "2027-03-02", hour: 11 })).toBe(true);
    expect(inSelection({ day: "2027-03-03", hour: 10 }, anchor, { day: "2027-03-03", hour: 11 })).toBe(false);
    expect(inSelection({ day: "2027-03-02", hour: 12 }, anchor, { day: "2027-03-02", hour: 11 })).toBe(false);
    expect(inSelection({ day: "2027-03-02", hour: 9 }, null, null)).toBe(false);
  });
});
