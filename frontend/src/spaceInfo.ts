// Names of spaces and venues for bookings, which carry only ids. Fetched once per id and
// shared by every screen of the page's lifetime.
import { useEffect, useState } from "react";
import { api, call, getVenue } from "./api/client";
import type { Space, Venue } from "./api/types";
import { venueZone, ZONE } from "./lib/time";

const spaces = new Map<string, Promise<Space | null>>();
const venues = new Map<string, Promise<Venue | null>>();

function space(id: string) {
  let p = spaces.get(id);
  if (!p) {
    p = call(() => api.GET("/api/v1/spaces/{spaceId}", { params: { path: { spaceId: id } } })).then((r) => (r.ok ? r.data : null));
    spaces.set(id, p);
  }
  return p;
}
function venue(id: string) {
  let p = venues.get(id);
  if (!p) {
    p = getVenue(id).then((r) => (r.ok ? r.data : null));
    venues.set(id, p);
  }
  return p;
}

export interface Names {
  space(id: string | undefined): string | undefined;
  venue(id: string | undefined): string | undefined;
  /** The venue's time zone (the default until it is known). */
  zone(venueId: string | undefined): string;
}

/** Loads names for the given space and venue ids; re-renders as they arrive. */
export function useNames(spaceIds: (string | undefined)[], venueIds: (string | undefined)[]): Names {
  const [, setTick] = useState(0);
  const [known] = useState(() => ({ spaces: new Map<string, string>(), venues: new Map<string, string>(), zones: new Map<string, string>() }));
  const sKey = [...new Set(spaceIds.filter(Boolean))].sort().join(",");
  const vKey = [...new Set(venueIds.filter(Boolean))].sort().join(",");
  useEffect(() => {
    let live = true;
    const jobs = [
      ...sKey.split(",").filter(Boolean).map((id) => space(id).then((s) => s && known.spaces.set(id, s.name))),
      ...vKey.split(",").filter(Boolean).map((id) => venue(id).then((v) => {
        if (!v) return;
        known.venues.set(id, v.name);
        known.zones.set(id, venueZone(v.timezone));
      })),
    ];
    void Promise.all(jobs).then(() => live && setTick((n) => n + 1));
    return () => {
      live = false;
    };
  }, [sKey, vKey, known]);
  return {
    space: (id) => (id ? known.spaces.get(id) : undefined),
    venue: (id) => (id ? known.venues.get(id) : undefined),
    zone: (id) => (id && known.zones.get(id)) || ZONE,
  };
}
