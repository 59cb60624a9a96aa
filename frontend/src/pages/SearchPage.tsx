import { lazy, Suspense, useEffect, useMemo, useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import { VENUE_KINDS, type AvailabilityResult, type VenueKind } from "../api/types";
import { DayTimeline } from "../components/DayTimeline";
import { ErrorBox, Loading, PageTitle, ZoneNote } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import { kindLabel, formatNumber } from "../lib/format";
import { formatPrice } from "../lib/price";
import {
  DURATIONS,
  EQUIPMENT,
  RADII,
  RESULTS_PER_PAGE,
  SPACE_KINDS,
  parseSlotSearch,
  slotSearchToApi,
  slotSearchToQuery,
  typedTimeThere,
  type Equipment,
  type SlotSearch,
  type SpaceKind,
} from "../lib/slotSearch";
import { addDays, addMinutes, clock, durationText, longDate, minutesBetween, timeRange, today, venueZone, ZONE, zoneCity } from "../lib/time";
import { Link, navigate, paths, useLocation } from "../router";
import { useApi } from "../useApi";
import type { MapPoint } from "../components/ResultsMap";

const ResultsMap = lazy(() => import("../components/ResultsMap"));

export function SearchPage() {
  const { t, locale } = useI18n();
  const { search: query } = useLocation();
  const search = parseSlotSearch(query);
  const todayDate = today();
  const date = search.date ?? todayDate;
  const params = slotSearchToApi(search, todayDate);
  const key = JSON.stringify(params);
  const result = useApi(key, (signal) => call(() => api.GET("/api/v1/availability", { params: { query: params }, signal })));

  const [draft, setDraft] = useState<SlotSearch>(search);
  const [where, setWhere] = useState<"commune" | "near">(search.near ? "near" : "commune");
  const [geo, setGeo] = useState<"idle" | "asking" | "denied">("idle");
  useEffect(() => {
    const s = parseSlotSearch(query);
    setDraft(s);
    if (s.near) setWhere("near");
  }, [query]);

  const go = (next: SlotSearch) => navigate(paths.search(slotSearchToQuery(next)), { focus: false });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = { ...draft, page: 0 };
    if (where === "commune") {
      next.near = undefined;
      next.radiusKm = undefined;
    } else next.commune = undefined;
    go(next);
  };
  const locate = () => {
    if (!("geolocation" in navigator)) {
      setGeo("denied");
      return;
    }
    setGeo("asking");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setGeo("idle");
        setDraft((d) => ({ ...d, near: { lat: pos.coords.latitude, lon: pos.coords.longitude }, radiusKm: d.radiusKm ?? 20, commune: undefined }));
      },
      () => setGeo("denied"),
      { timeout: 10000, maximumAge: 600000 },
    );
  };
  const toggleEquipment = (e: Equipment, on: boolean) =>
    setDraft((d) => ({ ...d, equipment: on ? [...d.equipment, e] : d.equipment.filter((x) => x !== e) }));

  const results = result.state === "ok" ? (result.data.results ?? []) : [];
  const points = useMemo<MapPoint[]>(() => {
    const seen = new Map<string, MapPoint>();
    for (const r of results) {
      const v = r.venue;
      if (v?.id && v.latitude != null && v.longitude != null && !seen.has(v.id))
        seen.set(v.id, { id: v.id, name: v.name ?? "", lat: v.latitude, lon: v.longitude, href: paths.venue(v.id) });
    }
    return [...seen.values()];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);

  return (
    <>
      <PageTitle title={t("search.title")}>{t("search.title")}</PageTitle>
      <form className="filters search-form" role="search" aria-label={t("search.form")} onSubmit={submit}>
        <div className="field">
          <label htmlFor="s-date">{t("search.date")}</label>
          <input id="s-date" type="date" required min={todayDate} value={draft.date ?? todayDate}
            onChange={(e) => setDraft({ ...draft, date: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor="s-time">{t("search.time")}</label>
          <p className="hint" id="s-time-hint">{t("search.timeHint")}</p>
          <input id="s-time" type="time" step={1800} aria-describedby="s-time-hint" value={draft.time ?? ""}
            onChange={(e) => setDraft({ ...draft, time: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor="s-duration">{t("search.duration")}</label>
          <select id="s-duration" value={draft.duration} onChange={(e) => setDraft({ ...draft, duration: Number(e.target.value) })}>
            {[...new Set([...DURATIONS, draft.duration])].sort((a, b) => a - b).map((m) => (
              <option key={m} value={m}>{durationText(locale, m)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="s-seats">{t("search.seats")}</label>
          <input id="s-seats" type="number" min={1} max={500} inputMode="numeric" value={draft.seats}
            onChange={(e) => setDraft({ ...draft, seats: Math.max(1, Math.min(500, Number(e.target.value) || 1)) })} />
        </div>
        <div className="field">
          <label htmlFor="s-venue-kind">{t("venues.kind")}</label>
          <select id="s-venue-kind" value={draft.venueKind ?? ""}
            onChange={(e) => setDraft({ ...draft, venueKind: (e.target.value || undefined) as VenueKind | undefined })}>
            <option value="">{t("venues.kindAll")}</option>
            {VENUE_KINDS.map((k) => <option key={k} value={k}>{kindLabel(t, k)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="s-space-kind">{t("search.spaceKind")}</label>
          <select id="s-space-kind" value={draft.spaceKind ?? ""}
            onChange={(e) => setDraft({ ...draft, spaceKind: (e.target.value || undefined) as SpaceKind | undefined })}>
            <option value="">{t("search.spaceKindAll")}</option>
            {SPACE_KINDS.map((k) => <option key={k} value={k}>{t(`spaceKind.${k}`)}</option>)}
          </select>
        </div>
        <fieldset className="wide">
          <legend>{t("search.equipment")}</legend>
          <div className="checks">
            {EQUIPMENT.map((e) => (
              <label key={e} className="check">
                <input type="checkbox" checked={draft.equipment.includes(e)} onChange={(ev) => toggleEquipment(e, ev.target.checked)} />
                {t(`equipment.${e}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="wide">
          <legend>{t("search.where")}</legend>
          <div className="checks">
            <label className="check">
              <input type="radio" name="where" checked={where === "commune"} onChange={() => setWhere("commune")} />
              {t("search.whereCommune")}
            </label>
            <label className="check">
              <input type="radio" name="where" checked={where === "near"} onChange={() => setWhere("near")} />
              {t("search.whereNear")}
            </label>
          </div>
          {where === "commune" ? (
            <div className="field">
              <label htmlFor="s-commune">{t("venues.commune")}</label>
              <input id="s-commune" maxLength={120} autoComplete="address-level2" value={draft.commune ?? ""}
                onChange={(e) => setDraft({ ...draft, commune: e.target.value })} />
            </div>
          ) : (
            <div className="near-row">
              <button type="button" className="secondary" onClick={locate} disabled={geo === "asking"}>
                {t("search.locate")}
              </button>
              <p role="status" className="hint">
                {geo === "asking" ? t("search.locating") : geo === "denied" ? t("search.locateDenied")
                  : draft.near ? t("search.located", { lat: formatNumber(locale, draft.near.lat), lon: formatNumber(locale, draft.near.lon) }) : ""}
              </p>
              <div className="field">
                <label htmlFor="s-radius">{t("search.radius")}</label>
                <select id="s-radius" value={draft.radiusKm ?? 20} onChange={(e) => setDraft({ ...draft, radiusKm: Number(e.target.value) })}>
                  {[...new Set([...RADII, draft.radiusKm ?? 20])].sort((a, b) => a - b).map((r) => (
                    <option key={r} value={r}>{t("search.km", { km: r })}</option>
                  ))}
                </select>
              </div>
            </div>
          )}
        </fieldset>
        <div className="filter-actions">
          <button type="submit">{t("search.submit")}</button>
        </div>
      </form>

      <section aria-labelledby="results-title" aria-busy={result.state === "loading"}>
        <h2 id="results-title">{t("search.results", { date: longDate(locale, date) })}</h2>
        {result.state === "loading" && <Loading />}
        {result.state === "error" && <ErrorBox error={result.error} onRetry={result.reload} />}
        {result.state === "ok" && (
          <>
            <p role="status">{t("search.count", { total: result.data.total ?? 0 })}</p>
            {results.length === 0 ? (
              <EmptyResults search={search} date={date} onGo={go} />
            ) : (
              <>
                <ul className="result-list">
                  {results.map((r) => (
                    <li key={r.space?.id}>
                      <ResultCard result={r} search={search} date={date} />
                    </li>
                  ))}
                </ul>
                {(result.data.total ?? 0) > RESULTS_PER_PAGE && (
                  <nav className="pager" aria-label={t("venues.pager")}>
                    <button type="button" disabled={search.page <= 0} onClick={() => go({ ...search, page: search.page - 1 })}>{t("venues.prev")}</button>
                    <span>{t("venues.pageOf", { page: search.page + 1, pages: Math.ceil((result.data.total ?? 0) / RESULTS_PER_PAGE) })}</span>
                    <button type="button" disabled={(search.page + 1) * RESULTS_PER_PAGE >= (result.data.total ?? 0)} onClick={() => go({ ...search, page: search.page + 1 })}>{t("venues.next")}</button>
                  </nav>
                )}
                {points.length > 0 && (
                  <Suspense fallback={<p className="hint">{t("search.mapLoading")}</p>}>
                    <ResultsMap points={points} center={search.near} />
                  </Suspense>
                )}
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}

function EmptyResults({ search, date, onGo }: { search: SlotSearch; date: string; onGo(s: SlotSearch): void }) {
  const { t, locale } = useI18n();
  const next = addDays(date, 1);
  return (
    <div className="empty" data-testid="empty-results">
      <p>{t("search.empty", { date: longDate(locale, date), duration: durationText(locale, search.duration) })}</p>
      <p>{t("search.emptyWhy")}</p>
      <ul className="suggestions">
        <li><button type="button" className="secondary" onClick={() => onGo({ ...search, date: next, time: undefined, page: 0 })}>{t("search.tryNextDay", { date: longDate(locale, next) })}</button></li>
        {search.near && (search.radiusKm ?? 20) < 100 && (
          <li><button type="button" className="secondary" onClick={() => onGo({ ...search, radiusKm: Math.min(100, (search.radiusKm ?? 20) * 2 + 10), page: 0 })}>{t("search.tryRadius", { km: Math.min(100, (search.radiusKm ?? 20) * 2 + 10) })}</button></li>
        )}
        {search.commune && (
          <li><button type="button" className="secondary" onClick={() => onGo({ ...search, commune: undefined, page: 0 })}>{t("search.tryAnyCommune")}</button></li>
        )}
        {search.duration > 60 && (
          <li><button type="button" className="secondary" onClick={() => onGo({ ...search, duration: 60, page: 0 })}>{t("search.tryShorter")}</button></li>
        )}
        {(search.equipment.length > 0 || search.venueKind || search.spaceKind || search.time) && (
          <li><button type="button" className="secondary" onClick={() => onGo({ ...search, equipment: [], venueKind: undefined, spaceKind: undefined, time: undefined, page: 0 })}>{t("search.tryFewerFilters")}</button></li>
        )}
      </ul>
    </div>
  );
}

function ResultCard({ result, search, date }: { result: AvailabilityResult; search: SlotSearch; date: string }) {
  const { t, locale } = useI18n();
  const v = result.venue ?? {};
  const s = result.space ?? {};
  const slots = (result.slots ?? []).filter((x) => x.start && x.end);
  const headingId = `r-${s.id}`;
  const zone = venueZone(v.timezone);
  return (
    <article className="result-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {s.name} <span className="muted">— <Link href={paths.venue(v.id ?? "")}>{v.name}</Link></span>
      </h3>
      <p className="venue-meta">
        <span className="kind-badge">{kindLabel(t, v.kind)}</span> · {v.commune}
        {v.distanceKm != null && <> · {t("search.distance", { km: formatNumber(locale, v.distanceKm) })}</>}
      </p>
      <p className="space-meta">
        {s.kind && t(`spaceKind.${s.kind}`)} · {t(s.bookingMode === "SHARED" ? "space.sharedSeats" : "space.exclusive", { n: s.capacity ?? 1 })}
        {(s.equipment ?? []).length > 0 && <> · {(s.equipment ?? []).map((e) => t(`equipment.${e}`)).join(", ")}</>}
      </p>
      <p className="price"><strong>{t("search.price")}</strong> {formatPrice(t, locale, s.hourlyRate)}</p>
      {search.time && zone !== ZONE && (
        <p className="hint" data-testid="typed-time-there">
          {t("search.timeThere", { time: clock(locale, search.time), there: clock(locale, typedTimeThere(date, search.time, zone)), city: zoneCity(zone) })}
        </p>
      )}
      <DayTimeline slots={slots} date={date} zone={zone} />
      <h4 className="slots-title">
        {t("search.freeSlots")}
        <ZoneNote zone={zone} />
      </h4>
      <ul className="slot-list">
        {slots.map((slot) => {
          const end = addMinutes(slot.start!, Math.min(search.duration, minutesBetween(slot.start!, slot.end!)), zone);
          const free = timeRange(locale, slot.start!, slot.end!, zone);
          return (
            <li key={slot.start}>
              <span>
                <span className="slot-free">{t("timeline.free")}</span> {free}
                {s.bookingMode === "SHARED" && slot.freeSeats != null && <> ({t("search.freeSeats", { n: slot.freeSeats })})</>}
              </span>
              <Link className="button-link" href={paths.book({ space: s.id ?? "", start: slot.start!, end, seats: search.seats })}
                aria-label={t("search.bookAria", { range: timeRange(locale, slot.start!, end, zone), space: s.name ?? "", venue: v.name ?? "" })}>
                {t("search.book", { range: timeRange(locale, slot.start!, end, zone) })}
              </Link>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
