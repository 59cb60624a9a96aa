import { VENUE_KINDS, type VenueKind } from "../api/types";

/** The venue list's search state; it lives in the URL so it can be shared and reloaded. */
export interface VenueSearch {
  kind?: VenueKind;
  commune?: string;
  q?: string;
  page: number;
}

export const PAGE_SIZE = 12;
const MAX_TEXT = 200;

function text(value: string | null, max: number): string | undefined {
  const trimmed = (value ?? "").trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/** Reads the state from a query string, ignoring anything malformed (unknown kind, page "-3"). */
export function parseVenueSearch(query: string | URLSearchParams): VenueSearch {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const kindValue = params.get("kind");
  const kind = VENUE_KINDS.includes(kindValue as VenueKind) ? (kindValue as VenueKind) : undefined;
  const pageNumber = Number(params.get("page"));
  // The URL shows pages from 1 for people; the state and the API count from 0.
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 100000 ? pageNumber - 1 : 0;
  return { kind, commune: text(params.get("commune"), 120), q: text(params.get("q"), MAX_TEXT), page };
}

/** Writes the state as a query string, without empty values or the default first page. */
export function venueSearchToQuery(search: VenueSearch): string {
  const params = new URLSearchParams();
  if (search.kind) params.set("kind", search.kind);
  if (search.commune?.trim()) params.set("commune", search.commune.trim());
  if (search.q?.trim()) params.set("q", search.q.trim());
  if (search.page > 0) params.set("page", String(search.page + 1));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The query parameters of GET /api/v1/venues for this state. */
export function venueSearchToApi(search: VenueSearch): {
  kind?: VenueKind;
  commune?: string;
  q?: string;
  page: number;
  size: number;
} {
  const out: { kind?: VenueKind; commune?: string; q?: string; page: number; size: number } = {
    page: search.page,
    size: PAGE_SIZE,
  };
  if (search.kind) out.kind = search.kind;
  if (search.commune?.trim()) out.commune = search.commune.trim();
  if (search.q?.trim()) out.q = search.q.trim();
  return out;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}
