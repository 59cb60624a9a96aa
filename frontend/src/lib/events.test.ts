import { describe, expect, it } from "vitest";
import {
  draftOf,
  emptyDraft,
  eventRequest,
  eventSearchToApi,
  eventSearchToQuery,
  eventWhen,
  paragraphs,
  parseEventSearch,
  registrationInFeed,
  seatsLeft,
  validateEventDraft,
  type EventDraft,
} from "./events";

const VENUE = "0b6f5a52-7c1e-4d7a-9a43-1f1f6f0d2a11";
const SPACE = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
const EVENT = "7e0d7c6b-5a49-4382-9170-8f6e5d4c3b2a";

describe("event search ↔ URL", () => {
  it("round-trips a full filter", () => {
    const state = { commune: "Laragne-Montéglin", venue: VENUE, from: "2027-03-01", to: "2027-03-31", page: 1 };
    const query = eventSearchToQuery(state);
    expect(query).toBe(`?commune=Laragne-Mont%C3%A9glin&venue=${VENUE}&from=2027-03-01&to=2027-03-31&page=2`);
    expect(parseEventSearch(query)).toEqual(state);
  });

  it("drops malformed values and writes nothing for the default", () => {
    expect(parseEventSearch("?venue=nope&from=2027-13-45&to=demain&page=-1")).toEqual({
      commune: undefined,
      venue: undefined,
      from: undefined,
      to: undefined,
      page: 0,
    });
    expect(eventSearchToQuery({ page: 0, commune: "  " })).toBe("");
  });

  it("asks the API for whole local days, the last one included, across a DST change", () => {
    const q = eventSearchToApi({ venue: VENUE, from: "2027-03-27", to: "2027-03-28", page: 0 });
    expect(q).toEqual({ venueId: VENUE, from: "2027-03-27T00:00:00+01:00", to: "2027-03-29T00:00:00+02:00", page: 0, size: 20 });
    expect(eventSearchToApi({ page: 3 })).toEqual({ page: 3, size: 20 });
  });
});

describe("event display", () => {
  it("counts free seats, never below zero", () => {
    expect(seatsLeft({ capacity: 20, registered: 5 })).toBe(15);
    expect(seatsLeft({ capacity: 2, registered: 2 })).toBe(0);
    expect(seatsLeft({ capacity: 1, registered: 3 })).toBe(0);
  });

  it("writes the day and times in French and English", () => {
    const e = { start: "2027-03-29T14:00:00+02:00", end: "2027-03-29T16:30:00+02:00" };
    expect(eventWhen("fr", e)).toBe("lundi 29 mars 2027, 14 h – 16 h 30");
    expect(eventWhen("en", e)).toMatch(/^Monday,? 29 March 2027, 14:00 – 16:30$/);
  });

  it("splits the description on blank lines and keeps it as text", () => {
    expect(paragraphs("Premier\r\nsuite\r\n\r\n  \n<b>Deuxième</b>\n\n\n")).toEqual(["Premier\nsuite", "<b>Deuxième</b>"]);
    expect(paragraphs(undefined)).toEqual([]);
    expect(paragraphs("  ")).toEqual([]);
  });
});

describe("my registration in the private feed", () => {
  const feed = (status: string, uid = `event-${EVENT}@coopconnect`) =>
    [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:6a1f@coopconnect",
      "STATUS:CONFIRMED",
      "END:VEVENT",
      "BEGIN:VEVENT",
      `UID:${uid.slice(0, 20)}`,
      ` ${uid.slice(20)}`,
      "SUMMARY:Atelier – Médiathèque",
      `STATUS:${status}`,
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");

  it("reads registered, waitlisted and withdrawn, unfolding long lines", () => {
    expect(registrationInFeed(feed("CONFIRMED"), EVENT)).toEqual({ status: "REGISTERED" });
    expect(registrationInFeed(feed("TENTATIVE"), EVENT.toUpperCase())).toEqual({ status: "WAITLISTED" });
    expect(registrationInFeed(feed("CANCELLED"), EVENT)).toBeNull();
  });

  it("ignores other events and bookings", () => {
    expect(registrationInFeed(feed("CONFIRMED", `event-${VENUE}@coopconnect`), EVENT)).toBeNull();
    expect(registrationInFeed("BEGIN:VCALENDAR\r\nEND:VCALENDAR", EVENT)).toBeNull();
  });
});

describe("the organiser's form", () => {
  const ok: EventDraft = {
    venueId: VENUE,
    spaceId: SPACE,
    title: " Atelier cybersécurité ",
    description: "",
    date: "2027-03-29",
    start: "14:00",
    end: "16:00",
    capacity: "12",
  };

  it("accepts a complete draft and builds the request in the venue's zone", () => {
    expect(validateEventDraft(ok, 20)).toEqual({});
    expect(eventRequest(ok, "Europe/Paris")).toEqual({
      venueId: VENUE,
      spaceId: SPACE,
      title: "Atelier cybersécurité",
      start: "2027-03-29T14:00:00+02:00",
      end: "2027-03-29T16:00:00+02:00",
      capacity: 12,
    });
  });

  it("flags every required field of an empty draft", () => {
    expect(Object.keys(validateEventDraft(emptyDraft())).sort()).toEqual(["capacity", "date", "end", "spaceId", "start", "title", "venueId"]);
  });

  it("applies the API's limits and the room's capacity", () => {
    expect(validateEventDraft({ ...ok, title: "x".repeat(201) }).title?.key).toBe("validation.tooLong");
    expect(validateEventDraft({ ...ok, description: "x".repeat(4001) }).description?.params).toEqual({ max: 4000 });
    expect(validateEventDraft({ ...ok, end: "14:00" }).end?.key).toBe("events.err.endBeforeStart");
    expect(validateEventDraft({ ...ok, capacity: "0" }).capacity?.key).toBe("events.err.capacity");
    expect(validateEventDraft({ ...ok, capacity: "2.5" }).capacity?.key).toBe("events.err.capacity");
    expect(validateEventDraft({ ...ok, capacity: "21" }, 20).capacity?.params).toEqual({ max: 20 });
    expect(validateEventDraft({ ...ok, capacity: "1001" }).capacity?.params).toEqual({ max: 1000 });
  });

  it("reads an event back into the form, local times", () => {
    const d = draftOf({ venueId: VENUE, spaceId: SPACE, title: "T", start: "2027-01-04T08:30:00Z", end: "2027-01-04T10:00:00Z", capacity: 5 });
    expect(d).toEqual({ venueId: VENUE, spaceId: SPACE, title: "T", description: "", date: "2027-01-04", start: "09:30", end: "11:00", capacity: "5" });
  });
});
