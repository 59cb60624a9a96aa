import { describe, expect, it } from "vitest";
import { translator } from "../i18n/i18n";
import { capitalize, formatOpeningHours } from "./hours";
import { formatPrice } from "./price";
import { DEFAULT_SEARCH, parseSlotSearch, slotSearchToApi, slotSearchToQuery } from "./slotSearch";
import { addDays, addMinutes, clock, durationText, isoDuration, localParts, timeRange, today, zonedInstant } from "./time";
import { timelineLayout } from "./timeline";

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
const weekdays = (opens: string, closes: string) =>
  ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"].map((day) => ({ day, opens, closes }));

describe("time in Europe/Paris", () => {
  it("writes local wall-clock times with the right offset across DST", () => {
    expect(zonedInstant("2027-01-15", "09:00")).toBe("2027-01-15T09:00:00+01:00");
    expect(zonedInstant("2027-07-15", "09:00")).toBe("2027-07-15T09:00:00+02:00");
    expect(zonedInstant("2027-03-28", "01:30")).toBe("2027-03-28T01:30:00+01:00");
    expect(zonedInstant("2027-03-28", "03:00")).toBe("2027-03-28T03:00:00+02:00");
    expect(zonedInstant("2027-10-31", "12:00")).toBe("2027-10-31T12:00:00+01:00");
  });
  it("reads instants back as local parts and adds time", () => {
    expect(localParts("2027-07-15T07:30:00Z")).toEqual({ date: "2027-07-15", time: "09:30", minutes: 570 });
    expect(addMinutes("2027-03-28T01:00:00+01:00", 120)).toBe("2027-03-28T04:00:00+02:00");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(today(Date.parse("2027-12-31T23:30:00Z"))).toBe("2028-01-01");
  });
  it("writes clock times and durations", () => {
    expect(clock("fr", "08:00")).toBe("8 h");
    expect(clock("fr", "12:30")).toBe("12 h 30");
    expect(clock("en", "08:05")).toBe("8:05");
    expect(timeRange("fr", "2027-07-15T09:00:00+02:00", "2027-07-15T11:30:00+02:00")).toBe("9 h – 11 h 30");
    expect(durationText("fr", 90)).toBe("1 h 30");
    expect(durationText("en", 45)).toBe("45 min");
    expect(isoDuration(120)).toBe("PT2H");
    expect(isoDuration(90)).toBe("PT1H30M");
    expect(isoDuration(45)).toBe("PT45M");
  });
});

describe("opening hours in words", () => {
  const relay = [...weekdays("08:00", "12:00"), ...weekdays("12:30", "16:30")];
  it("writes the relay's hours in French and English", () => {
    expect(formatOpeningHours("fr", relay, "CLOSED")).toBe(
      "du lundi au vendredi, 8 h – 12 h et 12 h 30 – 16 h 30 ; fermé les jours fériés",
    );
    expect(formatOpeningHours("en", relay, "CLOSED")).toBe(
      "Monday to Friday, 8:00 – 12:00 and 12:30 – 16:30; closed on public holidays",
    );
  });
  it("groups days, lists short runs and orders by the week", () => {
    const hours = [
      { day: "SATURDAY", opens: "09:00:00", closes: "12:00:00" },
      { day: "MONDAY", opens: "14:00", closes: "18:00" },
      { day: "WEDNESDAY", opens: "14:00", closes: "18:00" },
      { day: "SUNDAY", opens: "09:00", closes: "12:00" },
    ];
    expect(formatOpeningHours("fr", hours, "OPEN")).toBe(
      "lundi et mercredi, 14 h – 18 h ; samedi et dimanche, 9 h – 12 h ; ouvert les jours fériés",
    );
    expect(formatOpeningHours("en", hours)).toBe("Monday and Wednesday, 14:00 – 18:00; Saturday and Sunday, 9:00 – 12:00");
  });
  it("says when it is never open", () => {
    expect(formatOpeningHours("fr", [], "CLOSED")).toBe("fermé toute la semaine ; fermé les jours fériés");
    expect(capitalize(formatOpeningHours("en", []))).toBe("Closed all week");
  });
});

describe("price", () => {
  it("says free or the hourly rate paid on site", () => {
    expect(formatPrice(translator("fr"), "fr", 0)).toBe("gratuit");
    expect(formatPrice(translator("fr"), "fr", undefined)).toBe("gratuit");
    expect(plain(formatPrice(translator("fr"), "fr", 6.5))).toBe("6,50 € / h, à régler sur place");
    expect(formatPrice(translator("en"), "en", 6.5)).toBe("€6.50 / h, paid on site");
    expect(formatPrice(translator("en"), "en", 0)).toBe("free");
  });
});

describe("availability search ↔ URL", () => {
  it("round-trips a full search", () => {
    const s = {
      date: "2027-03-29",
      time: "09:00",
      duration: 90,
      seats: 3,
      equipment: ["SCREEN" as const, "WEBCAM" as const],
      venueKind: "MEDIA_LIBRARY" as const,
      spaceKind: "OFFICE" as const,
      commune: "Laragne-Montéglin",
      near: { lat: 44.3156, lon: 5.8241 },
      radiusKm: 20,
      page: 1,
    };
    const q = slotSearchToQuery(s);
    expect(q).toBe(
      "?date=2027-03-29&time=09%3A00&duration=90&seats=3&equipment=SCREEN&equipment=WEBCAM&venueKind=MEDIA_LIBRARY&spaceKind=OFFICE&commune=Laragne-Mont%C3%A9glin&near=44.3156%2C5.8241&radius=20&page=2",
    );
    expect(parseSlotSearch(q)).toEqual(s);
  });
  it("writes nothing for the defaults and reads defaults from nothing", () => {
    expect(slotSearchToQuery(DEFAULT_SEARCH)).toBe("");
    expect(parseSlotSearch("")).toEqual({ ...DEFAULT_SEARCH, date: undefined, time: undefined, venueKind: undefined, spaceKind: undefined, commune: undefined, near: undefined, radiusKm: undefined });
  });
  it("drops malformed values", () => {
    const s = parseSlotSearch("?date=2027-02-30&time=25:00&duration=-5&seats=0&equipment=LASER&venueKind=CASTLE&near=abc&radius=20&page=0");
    expect(s.date).toBeUndefined();
    expect(s.time).toBeUndefined();
    expect(s.duration).toBe(120);
    expect(s.seats).toBe(1);
    expect(s.equipment).toEqual([]);
    expect(s.venueKind).toBeUndefined();
    expect(s.near).toBeUndefined();
    expect(s.radiusKm).toBeUndefined();
    expect(s.page).toBe(0);
    expect(parseSlotSearch("?near=44.123456,5.987654").near).toEqual({ lat: 44.1235, lon: 5.9877 });
  });
  it("builds the API query for one local day", () => {
    expect(slotSearchToApi({ ...DEFAULT_SEARCH }, "2027-03-29")).toEqual({
      from: "2027-03-29",
      to: "2027-03-29",
      minDuration: "PT2H",
      page: 0,
      size: 20,
    });
    expect(
      slotSearchToApi({ ...DEFAULT_SEARCH, date: "2027-07-01", time: "14:00", seats: 2, near: { lat: 44.3, lon: 5.8 } }, "x"),
    ).toMatchObject({ from: "2027-07-01T14:00:00+02:00", to: "2027-07-01", seats: 2, near: "44.3,5.8", radiusKm: 20 });
  });
});

describe("day timeline layout", () => {
  it("lays free and busy segments on the working day", () => {
    const l = timelineLayout([
      { startMin: 12 * 60 + 30, endMin: 16 * 60 + 30 },
      { startMin: 9 * 60, endMin: 12 * 60 },
    ]);
    expect(l.startMin).toBe(480);
    expect(l.endMin).toBe(1080);
    expect(l.segments.map((s) => [s.kind, s.startMin, s.endMin])).toEqual([
      ["busy", 480, 540],
      ["free", 540, 720],
      ["busy", 720, 750],
      ["free", 750, 990],
      ["busy", 990, 1080],
    ]);
    expect(l.segments[0]).toMatchObject({ leftPct: 0, widthPct: 10 });
    expect(l.segments[1]).toMatchObject({ leftPct: 10, widthPct: 30 });
    expect(l.segments.reduce((sum, s) => sum + s.widthPct, 0)).toBeCloseTo(100, 5);
    expect(l.ticks.map((t) => t.minute)).toEqual([480, 600, 720, 840, 960, 1080]);
  });
  it("widens to whole hours, merges overlaps and clips the day", () => {
    const l = timelineLayout([
      { startMin: 7 * 60 + 30, endMin: 9 * 60 },
      { startMin: 8 * 60 + 30, endMin: 10 * 60 },
      { startMin: 19 * 60, endMin: 26 * 60 },
    ]);
    expect(l.startMin).toBe(420);
    expect(l.endMin).toBe(1440);
    expect(l.segments.filter((s) => s.kind === "free").map((s) => [s.startMin, s.endMin])).toEqual([
      [450, 600],
      [1140, 1440],
    ]);
  });
  it("shows a fully busy day when nothing is free", () => {
    const l = timelineLayout([]);
    expect(l.segments).toEqual([{ kind: "busy", startMin: 480, endMin: 1080, leftPct: 0, widthPct: 100 }]);
  });
});

import { fromDraft, mondayOf, toDraft } from "./weekEditor";
import { splitBookings } from "../components/MyBookings";
import { parseSlotChoice } from "../pages/BookPage";

describe("console hours editor", () => {
  it("turns intervals into per-day rows and back", () => {
    const weekly = [
      { day: "MONDAY", opens: "12:30:00", closes: "16:30:00" },
      { day: "MONDAY", opens: "08:00", closes: "12:00" },
    ];
    const draft = toDraft(weekly);
    expect(draft.MONDAY).toEqual([{ opens: "08:00", closes: "12:00" }, { opens: "12:30", closes: "16:30" }]);
    expect(draft.SUNDAY).toEqual([]);
    expect(fromDraft(draft)).toEqual({
      weekly: [
        { day: "MONDAY", opens: "08:00", closes: "12:00" },
        { day: "MONDAY", opens: "12:30", closes: "16:30" },
      ],
    });
  });
  it("refuses incomplete, inverted and overlapping rows", () => {
    const base = toDraft([]);
    expect(fromDraft({ ...base, TUESDAY: [{ opens: "08:00", closes: "" }] })).toEqual({ error: { day: "TUESDAY", key: "hours.incomplete" } });
    expect(fromDraft({ ...base, FRIDAY: [{ opens: "12:00", closes: "08:00" }] })).toEqual({ error: { day: "FRIDAY", key: "hours.inverted" } });
    expect(fromDraft({ ...base, MONDAY: [{ opens: "08:00", closes: "12:00" }, { opens: "11:00", closes: "13:00" }] })).toEqual({
      error: { day: "MONDAY", key: "hours.overlap" },
    });
  });
  it("finds the Monday of a week", () => {
    expect(mondayOf("2027-03-31")).toBe("2027-03-29");
    expect(mondayOf("2027-03-29")).toBe("2027-03-29");
    expect(mondayOf("2027-04-04")).toBe("2027-03-29");
  });
});

describe("bookings", () => {
  it("splits upcoming and past", () => {
    const now = Date.parse("2027-03-29T12:00:00Z");
    const b = (id: string, start: string, end: string) => ({ id, start, end });
    const { upcoming, past } = splitBookings(
      [b("late", "2027-04-02T08:00:00Z", "2027-04-02T10:00:00Z"), b("now", "2027-03-29T11:00:00Z", "2027-03-29T13:00:00Z"), b("old", "2027-03-01T08:00:00Z", "2027-03-01T10:00:00Z"), b("older", "2027-02-01T08:00:00Z", "2027-02-01T10:00:00Z")],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual(["now", "late"]);
    expect(past.map((x) => x.id)).toEqual(["old", "older"]);
  });
  it("reads the chosen slot from the booking URL", () => {
    const id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(parseSlotChoice(`?space=${id}&start=2027-03-29T09:00:00%2B02:00&end=2027-03-29T11:00:00%2B02:00&seats=2`)).toEqual({
      space: id,
      start: "2027-03-29T09:00:00+02:00",
      end: "2027-03-29T11:00:00+02:00",
      seats: 2,
    });
    expect(parseSlotChoice(`?space=${id}&start=2027-03-29T11:00:00Z&end=2027-03-29T09:00:00Z`)).toBeNull();
    expect(parseSlotChoice("?space=nope&start=2027-03-29T09:00:00Z&end=2027-03-29T11:00:00Z")).toBeNull();
  });
});
