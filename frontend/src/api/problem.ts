import type { Translate } from "../i18n/i18n";
import type { Problem } from "./types";

/** What a screen shows for a failed call: one summary line and messages per form field. */
export interface ErrorView {
  status: number;
  type?: string;
  message: string;
  fieldErrors: Record<string, string>;
}

export function isProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && ("type" in body || "title" in body || "detail" in body);
}

/**
 * Maps a failed response to what the user reads. The server's `detail` is already in the
 * requested language, so it wins; then `title`; then a generic sentence with the status.
 * Field errors keep the server's field path ("email", "connectivity.downMbps"); several
 * messages on one field are joined. Status 0 means the request never got an answer.
 */
export function toErrorView(t: Translate, status: number, body: unknown): ErrorView {
  if (status === 0) return { status, message: t("error.network"), fieldErrors: {} };
  const fieldErrors: Record<string, string> = {};
  if (isProblem(body)) {
    for (const e of body.errors ?? []) {
      if (!e?.field || !e.message) continue;
      fieldErrors[e.field] = fieldErrors[e.field] ? `${fieldErrors[e.field]} ${e.message}` : e.message;
    }
    const message = body.detail?.trim() || body.title?.trim() || t("error.generic", { status });
    return { status, type: body.type, message, fieldErrors };
  }
  return { status, message: t("error.generic", { status }), fieldErrors };
}

/** Field errors whose field is not one of the form's inputs, to show in the summary. */
export function unmatchedFieldErrors(view: ErrorView, formFields: readonly string[]): string[] {
  return Object.entries(view.fieldErrors)
    .filter(([field]) => !formFields.includes(field))
    .map(([field, message]) => `${field} : ${message}`);
}
