// "Rencontres": upcoming community events across the territory, filtered by commune, venue
// and dates through the URL, with the public iCalendar feed.
import { useEffect, useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import { useAuth } from "../auth";
import { clientBaseUrl, readConfig } from "../config";
import { ErrorBox, Loading, PageTitle } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import {
  eventSearchToApi,
  eventSearchToQuery,
  EVENTS_PAGE_SIZE,
  eventWhen,
  parseEventSearch,
  seatsLeft,
  type CommunityEvent,
  type EventSearch,
} from "../lib/events";
import { pageCount } from "../lib/venueQuery";
import { Link, navigate, paths, useLocation } from "../router";
import { useApi } from "../useApi";
import { Pager } from "./VenuesPage";

/** The public feed of events, on the API's base (which may be another host than the app's). */
export function publicEventsFeedUrl(): string {
  return `${clientBaseUrl(readConfig(window.COOPCONNECT_CONFIG).apiBaseUrl, window.location.href)}/api/v1/events.ics`;
}

export function canOrganise(member: { roles?: string[]; managedVenueIds?: string[] } | null): boolean {
  return !!member && ((member.roles ?? []).includes("network-admin") || (member.managedVenueIds ?? []).length > 0);
}

export function EventsPage() {
  const { t } = useI18n();
  const { member } = useAuth();
  const { search: query } = useLocation();
  const search = parseEventSearch(query);
  const key = eventSearchToQuery(search);
  const result = useApi(`events${key}`, (signal) => call(() => api.GET("/api/v1/events", { params: { query: eventSearchToApi(search) }, signal })));
  // The venue filter offers the venues of the chosen commune (or the first ones of the territory).
  const venues = useApi(`events-venues:${search.commune ?? ""}`, (signal) =>
    call(() => api.GET("/api/v1/venues", { params: { query: { size: 100, ...(search.commune ? { commune: search.commune } : {}) } }, signal })),
  );

  const [draft, setDraft] = useState<EventSearch>(search);
  useEffect(() => setDraft(parseEventSearch(query)), [query]);
  const go = (next: EventSearch) => navigate(paths.events(eventSearchToQuery(next)), { focus: false });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ ...draft, page: 0 });
  };
  const venueOptions = venues.state === "ok" ? (venues.data.items ?? []) : [];

  return (
    <>
      <PageTitle title={t("events.title")}>{t("events.title")}</PageTitle>
      <p>{t("events.intro")}</p>
      <p className="actions">
        <a href={publicEventsFeedUrl()} data-testid="events-feed">
          {t("events.subscribe")}
        </a>
        <span className="muted">({t("events.subscribeHint")})</span>
      </p>
      {canOrganise(member) && (
        <p>
          <Link href={paths.eventNew()} className="button-link">
            {t("events.organise")}
          </Link>
        </p>
      )}
      <form className="filters" role="search" aria-label={t("events.filters")} onSubmit={submit}>
        <div className="field">
          <label htmlFor="ev-commune">{t("venues.commune")}</label>
          <input id="ev-commune" maxLength={120} value={draft.commune ?? ""} onChange={(e) => setDraft({ ...draft, commune: e.target.value, venue: undefined })} />
        </div>
        <div className="field">
          <label htmlFor="ev-venue">{t("events.venue")}</label>
          <p className="hint" id="ev-venue-hint">
            {t("events.venueFilterHint")}
          </p>
          <select id="ev-venue" aria-describedby="ev-venue-hint" value={draft.venue ?? ""} onChange={(e) => setDraft({ ...draft, venue: e.target.value || undefined })}>
            <option value="">{t("events.allVenues")}</option>
            {venueOptions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name} ({v.commune})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ev-from">{t("events.fromDate")}</label>
          <input id="ev-from" type="date" value={draft.from ?? ""} onChange={(e) => setDraft({ ...draft, from: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor="ev-to">{t("events.toDate")}</label>
          <input id="ev-to" type="date" min={draft.from} value={draft.to ?? ""} onChange={(e) => setDraft({ ...draft, to: e.target.value || undefined })} />
        </div>
        <div className="filter-actions">
          <button type="submit">{t("venues.search")}</button>
          {key && (
            <button type="button" className="secondary" onClick={() => go({ page: 0 })}>
              {t("venues.reset")}
            </button>
          )}
        </div>
      </form>

      <section aria-labelledby="events-results" aria-busy={result.state === "loading"}>
        <h2 id="events-results">{t("events.results")}</h2>
        {result.state === "loading" && <Loading />}
        {result.state === "error" && <ErrorBox error={result.error} onRetry={result.reload} />}
        {result.state === "ok" && (
          <>
            <p role="status">{t("events.count", { total: result.data.total ?? 0 })}</p>
            {(result.data.items ?? []).length === 0 ? (
              <p className="empty">{t("events.empty")}</p>
            ) : (
              <ul className="result-list" data-testid="events-list">
                {(result.data.items ?? []).map((e) => (
                  <li key={e.id}>
                    <EventCard event={e} />
                  </li>
                ))}
              </ul>
            )}
            <Pager page={search.page} pages={pageCount(result.data.total ?? 0, EVENTS_PAGE_SIZE)} onPage={(page) => go({ ...search, page })} />
          </>
        )}
      </section>
    </>
  );
}

/** Seats in words: "12 places libres sur 20", "Complet — 3 sur liste d'attente". */
export function SeatsText({ event }: { event: CommunityEvent }) {
  const { t } = useI18n();
  const left = seatsLeft(event);
  const waiting = event.waitlisted ?? 0;
  return (
    <>
      {left > 0 ? t("events.seatsLeft", { left, capacity: event.capacity ?? 0 }) : t("events.full")}
      {waiting > 0 && ` — ${t("events.waiting", { count: waiting })}`}
    </>
  );
}

function EventCard({ event }: { event: CommunityEvent }) {
  const { t, locale } = useI18n();
  const cancelled = event.status === "CANCELLED";
  return (
    <article className="result-card event-card">
      <h3>
        <Link href={paths.event(event.id ?? "")}>{event.title}</Link>
      </h3>
      {cancelled && <p className="status">{t("events.cancelledBadge")}</p>}
      <dl className="facts">
        <div>
          <dt>{t("events.when")}</dt>
          <dd className={cancelled ? "status-cancelled" : undefined}>{eventWhen(locale, event)}</dd>
        </div>
        <div>
          <dt>{t("events.where")}</dt>
          <dd>
            <Link href={paths.venue(event.venueId ?? "")}>{event.venueName}</Link> · {event.commune} · {event.spaceName}
          </dd>
        </div>
        {!cancelled && (
          <div>
            <dt>{t("events.seats")}</dt>
            <dd>
              <SeatsText event={event} />
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
