import createClient, { type Middleware } from "openapi-fetch";
import { clientBaseUrl, readConfig } from "../config";
import { acceptLanguage, type Locale } from "../i18n/i18n";
import type { paths } from "./schema";
import type { Venue } from "./types";

/** What the middleware needs to know at request time, set by the providers. */
export const requestContext: { locale: Locale; token: string | null } = { locale: "fr", token: null };

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set("Accept-Language", acceptLanguage(requestContext.locale));
    if (requestContext.token && !request.headers.has("Authorization")) {
      request.headers.set("Authorization", `Bearer ${requestContext.token}`);
    }
    return request;
  },
};

const config = readConfig(typeof window !== "undefined" ? window.COOPCONNECT_CONFIG : undefined);

// JSON only: operations that also answer other media types (JSON-LD, CSV) keep their JSON type here.
export const api = createClient<paths, "application/json">({
  baseUrl: clientBaseUrl(config.apiBaseUrl, typeof window !== "undefined" ? window.location.href : "http://localhost/"),
});
api.use(headers);

/** Result of a call made through `call`: either data, or a status and body to show as an error. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; status: number; body: unknown };

/**
 * Runs an openapi-fetch call and flattens its result; a network failure or an abort becomes
 * status 0 (the caller checks `signal.aborted` before showing anything).
 */
export async function call<T>(
  run: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Outcome<T>> {
  try {
    const { data, error, response } = await run();
    if (response.ok) return { ok: true, data: data as T };
    return { ok: false, status: response.status, body: error };
  } catch {
    return { ok: false, status: 0, body: undefined };
  }
}

/** GET /venues/{id}, used by most screens. */
export function getVenue(venueId: string, signal?: AbortSignal): Promise<Outcome<Venue>> {
  return call(() => api.GET("/api/v1/venues/{venueId}", { params: { path: { venueId } }, signal }));
}
