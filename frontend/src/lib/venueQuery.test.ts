import { describe, expect, it } from "vitest";
import { pageCount, parseVenueSearch, PAGE_SIZE, venueSearchToApi, venueSearchToQuery } from "./venueQuery";

describe("venue search state ↔ URL", () => {
  it("round-trips a full state", () => {
    const state = { kind: "MEDIA_LIBRARY" as const, commune: "Laragne-Montéglin", q: "wifi calme", page: 2 };
    const query = venueSearchToQuery(state);
    expect(query).toBe("?kind=MEDIA_LIBRARY&commune=Laragne-Mont%C3%A9glin&q=wifi+calme&page=3");
    expect(parseVenueSearch(query)).toEqual(state);
  });

  it("writes nothing for the default state", () => {
    expect(venueSearchToQuery({ page: 0 })).toBe("");
    expect(venueSearchToQuery({ page: 0, commune: "  ", q: "" })).toBe("");
    expect(parseVenueSearch("")).toEqual({ kind: undefined, commune: undefined, q: undefined, page: 0 });
  });

  it("ignores malformed values", () => {
    expect(parseVenueSearch("?kind=CASTLE&page=-3").kind).toBeUndefined();
    expect(parseVenueSearch("?page=-3").page).toBe(0);
    expect(parseVenueSearch("?page=abc").page).toBe(0);
    expect(parseVenueSearch("?page=1.5").page).toBe(0);
    expect(parseVenueSearch("?page=0").page).toBe(0);
  });

  it("trims and bounds text", () => {
    expect(parseVenueSearch("?q=%20%20gare%20").q).toBe("gare");
    expect(parseVenueSearch(`?q=${"a".repeat(500)}`).q).toHaveLength(200);
  });

  it("builds API parameters counting pages from 0", () => {
    expect(venueSearchToApi({ page: 1, kind: "THIRD_PLACE", commune: " Serres ", q: "" })).toEqual({
      page: 1,
      size: PAGE_SIZE,
      kind: "THIRD_PLACE",
      commune: "Serres",
    });
  });

  it("counts pages, at least one", () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(pageCount(13, 12)).toBe(2);
  });
});
