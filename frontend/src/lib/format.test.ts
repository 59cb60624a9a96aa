import { describe, expect, it } from "vitest";
import { translator } from "../i18n/i18n";
import { formatAddress, formatConnectivity, kindLabel } from "./format";

const fr = translator("fr");
const en = translator("en");
const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("formatting", () => {
  it("names venue kinds in French and English", () => {
    expect(kindLabel(fr, "PUBLIC_SERVICE_RELAY")).toBe("Relais de services publics");
    expect(kindLabel(fr, "MEDIA_LIBRARY")).toBe("Médiathèque");
    expect(kindLabel(en, "TOURIST_OFFICE")).toBe("Tourist office");
    expect(kindLabel(fr, undefined)).toBe("Non renseigné");
  });

  it("writes connectivity as type and speed", () => {
    expect(formatConnectivity(fr, "fr", { type: "ADSL", downMbps: 18 })).toBe("ADSL 18 Mb/s");
    expect(nbsp(formatConnectivity(fr, "fr", { type: "FIBER", downMbps: 1000, upMbps: 500 })!)).toBe(
      "Fibre 1 000 Mb/s (envoi 500 Mb/s)",
    );
    expect(formatConnectivity(en, "en", { type: "FIBER", downMbps: 1000, upMbps: 500 })).toBe(
      "Fibre 1,000 Mb/s (upload 500 Mb/s)",
    );
    expect(formatConnectivity(en, "en", { type: "MOBILE" })).toBe("Mobile network");
    expect(formatConnectivity(fr, "fr", { type: "SATELLITE", downMbps: 0 })).toBe("Satellite 0 Mb/s");
    expect(formatConnectivity(fr, "fr", undefined)).toBeUndefined();
  });

  it("writes an address on one line, skipping what is missing", () => {
    expect(formatAddress({ address: "1 place de la Mairie", postalCode: "05300", commune: "Laragne-Montéglin" })).toBe(
      "1 place de la Mairie, 05300 Laragne-Montéglin",
    );
    expect(formatAddress({ commune: "Serres" })).toBe("Serres");
    expect(formatAddress({})).toBe("");
  });
});
