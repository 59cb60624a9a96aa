import { mkdtempSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs script without types
import { configValue, contentSecurityPolicy, isEmbedPath, securityHeaders, startServer, tileSource } from "./serve.mjs";

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
  it("forbids framing by default, allows it only when asked (the embed page)", () => {
    expect(contentSecurityPolicy({})).toContain("frame-ancestors 'none'");
    expect(securityHeaders("x")["X-Frame-Options"]).toBe("DENY");
    expect(contentSecurityPolicy({ frameAncestors: "*" })).toContain("frame-ancestors *");
    expect(securityHeaders("x", { framable: true })["X-Frame-Options"]).toBeUndefined();
    expect(isEmbedPath("/embed")).toBe(true);
    expect(isEmbedPath("/embed/")).toBe(true);
    expect(isEmbedPath("/embedded")).toBe(false);
    expect(isEmbedPath("/venues/embed")).toBe(false);
  });
});

describe("serve.mjs framing per route", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "serve-test-"));
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>x</title>");
    server = await startServer({ root: dir, port: 0, host: "127.0.0.1", backendUrl: "http://127.0.0.1:9" });
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("lets any site frame /embed", async () => {
    const res = await fetch(`${base}/embed?commune=Laragne-Mont%C3%A9glin`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(res.headers.get("content-security-policy")).not.toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBeNull();
  });
  it("keeps every other page unframable", async () => {
    for (const p of ["/", "/venues", "/me", "/embed/x", "/index.html"]) {
      const res = await fetch(`${base}${p}`);
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });
});
