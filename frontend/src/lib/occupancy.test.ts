import { describe, expect, it } from "vitest";
import {
  amount, csvFileName, daysIncluded, defaultPeriod, heatLevel, heatmapGrid, percent, regularlyFree, validatePeriod,
} from "./occupancy";

describe("occupancy period", () => {
  it("defaults to the last four weeks, today included, by day", () => {
    expect(defaultPeriod("2027-03-28")).toEqual({ from: "2027-03-01", to: "2027-03-28", granularity: "day" });
    expect(daysIncluded("2027-03-01", "2027-03-28")).toBe(28);
  });

  it("mirrors the API's limits: 366 days, 31 by hour, end not before start", () => {
    expect(validatePeriod({ from: "2027-01-01", to: "2028-01-01", granularity: "day" })).toEqual({});
    expect(validatePeriod({ from: "2027-01-01", to: "2028-01-02", granularity: "week" })).toEqual({ to: "insight.err.yearLimit" });
    expect(validatePeriod({ from: "2027-03-01", to: "2027-03-31", granularity: "hour" })).toEqual({});
    expect(validatePeriod({ from: "2027-03-01", to: "2027-04-01", granularity: "hour" })).toEqual({ to: "insight.err.hourLimit" });
    expect(validatePeriod({ from: "2027-03-02", to: "2027-03-01", granularity: "day" })).toEqual({ to: "insight.err.order" });
    expect(validatePeriod({ from: "2027-03-02", to: "2027-03-02", granularity: "day" })).toEqual({});
    expect(validatePeriod({ from: "2027-02-30", to: "", granularity: "day" })).toEqual({ from: "insight.err.date", to: "insight.err.date" });
  });

  it("names the CSV after the period", () => {
    expect(csvFileName({ from: "2027-03-01", to: "2027-03-28", granularity: "day" })).toBe("occupation-2027-03-01-2027-03-28.csv");
  });
});

describe("numbers", () => {
  it("writes percentages and hours the French way, or the English way", () => {
    expect(percent("fr", 0.125).replace(/\s/g, " ")).toBe("12,5 %");
    expect(percent("en", 0.125)).toBe("12.5%");
    expect(percent("fr", 1).replace(/\s/g, " ")).toBe("100 %");
    expect(percent("fr", null)).toBe("—");
    expect(amount("fr", 1234.56).replace(/\s/g, " ")).toBe("1 234,6");
    expect(amount("en", 12.5)).toBe("12.5");
    expect(amount("en", undefined)).toBe("—");
  });
});

describe("heatmap", () => {
  it("steps colour by quarters, none where never open", () => {
    expect([0, 0.1, 0.25, 0.5, 0.75, 1].map(heatLevel)).toEqual([0, 1, 2, 3, 4, 4]);
    expect(heatLevel(null)).toBeNull();
  });

  it("pads the API's rows to 7 × 24", () => {
    const grid = heatmapGrid([[0.5]]);
    expect(grid).toHaveLength(7);
    expect(grid.every((row) => row.length === 24)).toBe(true);
    expect(grid[0]![0]).toBe(0.5);
    expect(grid[6]![23]).toBeNull();
    expect(heatmapGrid(null)[3]![12]).toBeNull();
  });

  it("finds the open hours that stay regularly free, run by run", () => {
    const closed = Array<number | null>(24).fill(null);
    const monday = [...closed];
    [0.9, 0.8, 0.1, 0, 0.2, 0.6, 0.05, 0.1].forEach((u, i) => (monday[8 + i] = u));
    const sunday = [...closed];
    sunday[22] = 0;
    sunday[23] = 0;
    const runs = regularlyFree([monday, closed, closed, closed, closed, closed, sunday]);
    expect(runs).toEqual([
      { weekday: 0, from: 10, to: 13 },
      { weekday: 0, from: 14, to: 16 },
      { weekday: 6, from: 22, to: 24 },
    ]);
    expect(regularlyFree([monday], 0.01)).toEqual([{ weekday: 0, from: 11, to: 12 }]);
  });
});
