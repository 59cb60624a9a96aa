import { describe, expect, it } from "vitest";
import {
  draftOf,
  emptyDraft,
  eventRequest,
  eventSearchToApi,
  eventSearchToQuery,
  eventWhen,
  findMyRegistration,
  paragraphs,
  parseEventSearch,
  registrationOf,
  seatsLeft,
  splitMyEvents,
  validateEventDraft,
  type EventDraft,
  type MyEvent,
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

describe("my registrations (GET /me/events)", () => {
  const OTHER = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
  const mine = (id: string, start: string, end: string, status: MyEvent["registrationStatus"] = "REGISTERED", waitlistPosition?: number): MyEvent => ({
    event: { id, start, end },
    registrationStatus: status,
    ...(waitlistPosition ? { waitlistPosition } : {}),
  });
  const viewed = { id: EVENT, start: "2027-03-29T14:00:00+02:00" };
  const page = (items: MyEvent[], number = 0, size = 200, total = items.length) => ({ items, page: number, size, total });

  it("states registered and waitlisted with the place; withdrawn holds nothing", () => {
    expect(registrationOf("REGISTERED")).toEqual({ status: "REGISTERED" });
    expect(registrationOf("WAITLISTED", 3)).toEqual({ status: "WAITLISTED", position: 3 });
    expect(registrationOf("WITHDRAWN")).toBeNull();
    expect(registrationOf(undefined)).toBeNull();
  });

  it("finds the viewed event with its waiting place", () => {
    const items = [mine(OTHER, "2027-03-28T10:00:00+02:00", "2027-03-28T12:00:00+02:00"), mine(EVENT, viewed.start, "2027-03-29T16:00:00+02:00", "WAITLISTED", 2)];
    expect(findMyRegistration(page(items), viewed)).toEqual({ status: "WAITLISTED", position: 2 });
  });

  it("answers none on the last page, or once a later event shows it cannot come further on", () => {
    const earlier = mine(OTHER, "2027-03-28T10:00:00+02:00", "2027-03-28T12:00:00+02:00");
    const later = mine(OTHER, "2027-03-30T10:00:00+02:00", "2027-03-30T12:00:00+02:00");
    expect(findMyRegistration(page([]), viewed)).toBeNull();
    expect(findMyRegistration(page([earlier]), viewed)).toBeNull();
    expect(findMyRegistration(page([earlier, later], 0, 2, 40), viewed)).toBeNull();
  });

  it("asks for the next page while no later-starting event was seen", () => {
    const sameStart = mine(OTHER, "2027-03-29T14:00:00+02:00", "2027-03-29T15:00:00+02:00");
    expect(findMyRegistration(page([sameStart], 0, 1, 2), viewed)).toBeUndefined();
    expect(findMyRegistration(page([sameStart], 1, 1, 2), viewed)).toBeNull();
  });

  it("splits my events into not yet ended and past, keeping the API's order", () => {
    const now = Date.parse("2027-03-29T15:00:00+02:00");
    const running = mine(EVENT, "2027-03-29T14:00:00+02:00", "2027-03-29T16:00:00+02:00");
    const next = mine(OTHER, "2027-04-02T10:00:00+02:00", "2027-04-02T12:00:00+02:00", "WAITLISTED", 1);
    const over = mine(VENUE, "2027-03-29T09:00:00+02:00", "2027-03-29T15:00:00+02:00");
    const older = mine(SPACE, "2027-03-01T09:00:00+01:00", "2027-03-01T11:00:00+01:00");
    expect(splitMyEvents([running, next, over, older], now)).toEqual({ upcoming: [running, next], past: [over, older] });
    expect(splitMyEvents([], now)).toEqual({ upcoming: [], past: [] });
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
