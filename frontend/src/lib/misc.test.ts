import { describe, expect, it } from "vitest";
import { readSession } from "../auth";
import { clientBaseUrl, readConfig } from "../config";
import { matchRoute, safeNext } from "../router";
import { validateRegistration, validateSignIn } from "./validation";

describe("config", () => {
  it("derives the client base from apiBaseUrl", () => {
    expect(clientBaseUrl("/api", "https://coop.example/venues/x")).toBe("https://coop.example");
    expect(clientBaseUrl("/api/", "https://coop.example/")).toBe("https://coop.example");
    expect(clientBaseUrl("https://h.example/coop/api", "https://coop.example/")).toBe("https://h.example/coop");
  });
  it("falls back to defaults", () => {
    expect(readConfig(undefined).apiBaseUrl).toBe("/api");
    expect(readConfig({ apiBaseUrl: " " }).apiBaseUrl).toBe("/api");
  });
});

describe("routes", () => {
  it("maps paths to screens", () => {
    expect(matchRoute("/")).toEqual({ name: "search" });
    expect(matchRoute("/venues")).toEqual({ name: "venues" });
    expect(matchRoute("/book")).toEqual({ name: "book" });
    expect(matchRoute("/bookings/0F8FAD5B-D9CB-469F-A165-70867728950E")).toEqual({ name: "booking", id: "0f8fad5b-d9cb-469f-a165-70867728950e" });
    expect(matchRoute("/console/venues/0f8fad5b-d9cb-469f-a165-70867728950e")).toEqual({ name: "console", id: "0f8fad5b-d9cb-469f-a165-70867728950e" });
    expect(matchRoute("/venues/")).toEqual({ name: "venues" });
    expect(matchRoute("/venues/0F8FAD5B-D9CB-469F-A165-70867728950E")).toEqual({
      name: "venue",
      id: "0f8fad5b-d9cb-469f-a165-70867728950e",
    });
    expect(matchRoute("/venues/not-an-id")).toEqual({ name: "notFound" });
    expect(matchRoute("/me")).toEqual({ name: "me" });
  });
  it("only follows local next= targets", () => {
    expect(safeNext("/me")).toBe("/me");
    expect(safeNext("//evil.example")).toBe("/me");
    expect(safeNext("https://evil.example")).toBe("/me");
    expect(safeNext("/\\evil.example")).toBe("/me");
    expect(safeNext(null, "/")).toBe("/");
  });
});

describe("session storage", () => {
  it("keeps only unexpired, well-formed sessions", () => {
    expect(readSession(JSON.stringify({ token: "t", expiresAt: 2000 }), 1000)).toEqual({ token: "t", expiresAt: 2000 });
    expect(readSession(JSON.stringify({ token: "t", expiresAt: 500 }), 1000)).toBeNull();
    expect(readSession("{nope", 1000)).toBeNull();
    expect(readSession(null, 1000)).toBeNull();
  });
});

describe("form validation mirrors the API", () => {
  it("checks registration fields", () => {
    expect(validateRegistration({ email: "a@b.fr", password: "0123456789", displayName: "Ana" })).toEqual({});
    const issues = validateRegistration({ email: "nope", password: "short", displayName: "  " });
    expect(issues.email?.key).toBe("validation.email");
    expect(issues.password).toEqual({ key: "validation.passwordMin", params: { min: 10 } });
    expect(issues.displayName?.key).toBe("validation.required");
    expect(validateRegistration({ email: "", password: "", displayName: "x".repeat(121) })).toMatchObject({
      email: { key: "validation.required" },
      password: { key: "validation.required" },
      displayName: { key: "validation.tooLong" },
    });
  });
  it("checks sign-in fields without the length rule", () => {
    expect(validateSignIn({ email: " a@b.fr ", password: "x" })).toEqual({});
    expect(validateSignIn({ email: "a b@c", password: "" }).password?.key).toBe("validation.required");
  });
});
