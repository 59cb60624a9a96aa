// Screens on the venue's own clock: the regular booking form, the console's week and blocks,
// and the search's typed time (read as Paris time, shown on the venue's clock).
import { describe, expect, it } from "vitest";
import { initialSeriesForm } from "../pages/SeriesPage";
import { slotSearchToApi, typedTimeInstant, typedTimeThere } from "./slotSearch";
import { localParts, today, zonedInstant } from "./time";
import { mondayOf } from "./week";

describe("regular booking on the venue's clock", () => {
  // 02:00 UTC on Saturday 20 March 2027: already Saturday in Paris, still Friday in Cayenne.
  const now = Date.parse("2027-03-20T02:00:00Z");
  it("starts from the venue's today, not Paris's", () => {
    expect(initialSeriesForm("?space=0f8fad5b-d9cb-469f-a165-70867728950e", now).form).toMatchObject({ from: "2027-03-20", days: ["SATURDAY"] });
    expect(initialSeriesForm("?space=0f8fad5b-d9cb-469f-a165-70867728950e", now, "America/Cayenne").form).toMatchObject({ from: "2027-03-19", days: ["FRIDAY"], until: "2027-04-15" });
  });
  it("keeps a day asked for when it is not past on the venue's clock", () => {
    expect(initialSeriesForm("?space=0f8fad5b-d9cb-469f-a165-70867728950e&day=2027-03-19", now, "America/Cayenne").form.from).toBe("2027-03-19");
    expect(initialSeriesForm("?space=0f8fad5b-d9cb-469f-a165-70867728950e&day=2027-03-19", now).form.from).toBe("2027-03-20");
  });
});

describe("the console's week and blocks on the venue's clock", () => {
  it("asks for a Cayenne week from its own midnight to the next Monday's", () => {
    const now = Date.parse("2027-03-22T02:00:00Z"); // Monday in Paris, Sunday evening in Cayenne
    expect(mondayOf(today(now))).toBe("2027-03-22");
    const monday = mondayOf(today(now, "America/Cayenne"));
    expect(monday).toBe("2027-03-15");
    expect(zonedInstant(monday, "00:00", "America/Cayenne")).toBe("2027-03-15T00:00:00-03:00");
  });
  it("sends a block typed 9 h – 12 h in Réunion as Réunion time", () => {
    expect(zonedInstant("2027-07-05", "09:00", "Indian/Reunion")).toBe("2027-07-05T09:00:00+04:00");
    expect(localParts("2027-07-05T05:00:00Z", "Indian/Reunion")).toMatchObject({ date: "2027-07-05", time: "09:00" });
  });
});

describe("the search's typed time", () => {
  it("is one instant for every venue, read as Paris time, like a date alone", () => {
    expect(typedTimeInstant("2027-07-05", "14:00")).toBe("2027-07-05T14:00:00+02:00");
    expect(slotSearchToApi({ duration: 120, seats: 1, equipment: [], page: 0, date: "2027-07-05", time: "14:00" }, "2027-07-01").from).toBe("2027-07-05T14:00:00+02:00");
  });
  it("is told on each other venue's clock", () => {
    expect(typedTimeThere("2027-07-05", "14:00", "America/Cayenne")).toBe("09:00");
    expect(typedTimeThere("2027-01-05", "14:00", "America/Cayenne")).toBe("10:00");
    expect(typedTimeThere("2027-07-05", "14:00", "Indian/Reunion")).toBe("16:00");
    expect(typedTimeThere("2027-07-05", "14:00", "Europe/Paris")).toBe("14:00");
  });
});
