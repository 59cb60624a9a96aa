import { describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs script without types
import { configValue, contentSecurityPolicy, tileSource } from "./serve.mjs";

describe("serve.mjs CSP", () => {
  const config = `window.COOPCONNECT_CONFIG = {\n  apiBaseUrl: "/api",\n  tileUrl: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",\n};`;
  it("reads config.js values", () => {
    expect(configValue(config, "apiBaseUrl")).toBe("/api");
    expect(configValue(config, "tileUrl")).toBe("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png");
  });
  it("allows only the tile host besides self", () => {
    expect(tileSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://*.tile.openstreetmap.org");
    expect(tileSource("http://insecure.example/{z}.png")).toBeUndefined();
    expect(tileSource("https://a.example; script-src *")).toBeUndefined();
    const csp = contentSecurityPolicy({ tileUrl: configValue(config, "tileUrl"), apiBaseUrl: "/api" });
    expect(csp).toContain("img-src 'self' data: https://*.tile.openstreetmap.org");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
  });
  it("adds an absolute API origin to connect-src", () => {
    expect(contentSecurityPolicy({ apiBaseUrl: "https://api.example/coop/api" })).toContain("connect-src 'self' https://api.example");
  });
});
