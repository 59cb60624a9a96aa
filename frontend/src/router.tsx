// A small history-API router: five screens do not need a library. The static servers
// (scripts/serve.mjs, nginx.conf) answer unknown paths with index.html.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

export type Route =
  | { name: "search" }
  | { name: "venues" }
  | { name: "book" }
  | { name: "booking"; id: string }
  | { name: "console"; id: string }
  | { name: "venue"; id: string }
  | { name: "signIn" }
  | { name: "register" }
  | { name: "me" }
  | { name: "embed" }
  | { name: "series" }
  | { name: "network" }
  | { name: "events" }
  | { name: "eventNew" }
  | { name: "event"; id: string }
  | { name: "notFound" };

/** Maps a pathname to a screen. Later screens (availability, bookings) add lines here. */
export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "search" };
  if (path === "/venues") return { name: "venues" };
  if (path === "/book") return { name: "book" };
  const venue = /^\/venues\/([0-9a-fA-F-]{36})$/.exec(path);
  if (venue?.[1]) return { name: "venue", id: venue[1].toLowerCase() };
  const booking = /^\/bookings\/([0-9a-fA-F-]{36})$/.exec(path);
  if (booking?.[1]) return { name: "booking", id: booking[1].toLowerCase() };
  const console = /^\/console\/venues\/([0-9a-fA-F-]{36})$/.exec(path);
  if (console?.[1]) return { name: "console", id: console[1].toLowerCase() };
  if (path === "/signin") return { name: "signIn" };
  if (path === "/register") return { name: "register" };
  if (path === "/me") return { name: "me" };
  if (path === "/embed") return { name: "embed" };
  if (path === "/series") return { name: "series" };
  if (path === "/console/network") return { name: "network" };
  if (path === "/events") return { name: "events" };
  if (path === "/events/new") return { name: "eventNew" };
  const event = /^\/events\/([0-9a-fA-F-]{36})$/.exec(path);
  if (event?.[1]) return { name: "event", id: event[1].toLowerCase() };
  return { name: "notFound" };
}

export const paths = {
  search: (query = "") => `/${query}`,
  book: (q: { space: string; start: string; end: string; seats?: number }) =>
    `/book?${new URLSearchParams({ space: q.space, start: q.start, end: q.end, ...(q.seats && q.seats > 1 ? { seats: String(q.seats) } : {}) })}`,
  booking: (id: string) => `/bookings/${encodeURIComponent(id)}`,
  console: (venueId: string) => `/console/venues/${encodeURIComponent(venueId)}`,
  venues: (query = "") => `/venues${query}`,
  venue: (id: string) => `/venues/${encodeURIComponent(id)}`,
  signIn: (next?: string) => (next ? `/signin?next=${encodeURIComponent(next)}` : "/signin"),
  register: () => "/register",
  me: () => "/me",
  network: () => "/console/network",
  events: (query = "") => `/events${query}`,
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  eventNew: () => "/events/new",
  /** The regular booking form, optionally prefilled (day of week, times "HH:MM", first date). */
  series: (q: { space: string; day?: string; start?: string; end?: string; from?: string }) =>
    `/series?${new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]))}`,
};

/** Accepts only a local path for post-sign-in redirects, so `?next=` cannot leave the site. */
export function safeNext(value: string | null | undefined, fallback = "/me"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}
const snapshot = () => window.location.pathname + window.location.search;

/** Set on in-app navigation so the new screen moves focus to its heading (not on first load). */
export const focusRequest = { pending: false };

export function navigate(to: string, opts: { replace?: boolean; focus?: boolean } = {}) {
  if (to === snapshot()) return;
  if (opts.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  focusRequest.pending = opts.focus ?? true;
  if (!opts.replace) window.scrollTo(0, 0);
  listeners.forEach((l) => l());
}

export function useLocation(): { pathname: string; search: string } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const q = current.indexOf("?");
  return q < 0 ? { pathname: current, search: "" } : { pathname: current.slice(0, q), search: current.slice(q) };
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
