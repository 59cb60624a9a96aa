import { describe, expect, it } from "vitest";
import { translator } from "../i18n/i18n";
import { toErrorView, unmatchedFieldErrors } from "./problem";

const t = translator("fr");

describe("problem+json → what the user reads", () => {
  it("shows the server's detail and maps field errors by field", () => {
    const view = toErrorView(t, 400, {
      type: "urn:coopconnect:problem:validation",
      title: "Données invalides",
      status: 400,
      detail: "Certaines données envoyées sont invalides : voir le détail par champ.",
      errors: [
        { field: "email", message: "doit être une adresse électronique syntaxiquement correcte" },
        { field: "password", message: "la taille doit être comprise entre 10 et 200" },
      ],
    });
    expect(view.message).toBe("Certaines données envoyées sont invalides : voir le détail par champ.");
    expect(view.type).toBe("urn:coopconnect:problem:validation");
    expect(view.fieldErrors).toEqual({
      email: "doit être une adresse électronique syntaxiquement correcte",
      password: "la taille doit être comprise entre 10 et 200",
    });
  });

  it("joins several messages on one field", () => {
    const view = toErrorView(t, 400, { detail: "x", errors: [{ field: "a", message: "one." }, { field: "a", message: "two." }] });
    expect(view.fieldErrors.a).toBe("one. two.");
  });

  it("falls back to title, then to a generic sentence with the status", () => {
    expect(toErrorView(t, 401, { title: "Identifiants incorrects", detail: "  " }).message).toBe("Identifiants incorrects");
    expect(toErrorView(t, 502, "<html>Bad gateway</html>").message).toBe("Une erreur est survenue (code 502).");
    expect(toErrorView(translator("en"), 500, undefined).message).toBe("Something went wrong (code 500).");
  });

  it("turns status 0 into a network message", () => {
    expect(toErrorView(t, 0, undefined).message).toMatch(/injoignable/);
  });

  it("ignores malformed field entries", () => {
    const view = toErrorView(t, 400, { detail: "d", errors: [null, { field: "x" }, { message: "m" }] });
    expect(view.fieldErrors).toEqual({});
  });

  it("lists field errors that no input of the form can show", () => {
    const view = toErrorView(t, 400, { detail: "d", errors: [{ field: "email", message: "bad" }, { field: "body", message: "unreadable" }] });
    expect(unmatchedFieldErrors(view, ["email", "password"])).toEqual(["body : unreadable"]);
  });
});
