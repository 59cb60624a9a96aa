// "Mes rencontres": the events I hold a seat or a waiting place at, with my status and a link
// to each; upcoming ones first, past ones apart under their own heading.
import { useState } from "react";
import { api, call } from "../api/client";
import { useI18n } from "../i18n/I18nProvider";
import { EVENTS_PAGE_SIZE, eventWhen, splitMyEvents, type MyEvent } from "../lib/events";
import { pageCount } from "../lib/venueQuery";
import { Pager } from "../pages/VenuesPage";
import { Link, paths } from "../router";
import { useApi } from "../useApi";
import { ErrorBox, Loading } from "./ui";

export function MyEvents({ token }: { token: string }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const list = useApi(`my-events:${token}:${page}`, (signal) =>
    call(() => api.GET("/api/v1/me/events", { params: { query: { page, size: EVENTS_PAGE_SIZE } }, signal })),
  );
  const { upcoming, past } = splitMyEvents(list.state === "ok" ? (list.data.items ?? []) : []);

  return (
    <section aria-labelledby="my-events-title" className="my-events">
      <h2 id="my-events-title">{t("myEvents.title")}</h2>
      {list.state === "loading" && <Loading />}
      {list.state === "error" && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.state === "ok" && (
        <>
          {(list.data.total ?? 0) === 0 ? (
            <p>
              {t("myEvents.none")} <Link href={paths.events()}>{t("myEvents.find")}</Link>
            </p>
          ) : (
            <>
              <h3 id="my-events-upcoming">{t("myEvents.upcoming")}</h3>
              {upcoming.length === 0 ? (
                <p>
                  {t("myEvents.noUpcoming")} <Link href={paths.events()}>{t("myEvents.find")}</Link>
                </p>
              ) : (
                <MyEventList items={upcoming} labelledBy="my-events-upcoming" testId="my-events-upcoming" />
              )}
              {past.length > 0 && (
                <>
                  <h3 id="my-events-past">{t("myEvents.past")}</h3>
                  <MyEventList items={past} labelledBy="my-events-past" testId="my-events-past" />
                </>
              )}
            </>
          )}
          <Pager page={page} pages={pageCount(list.data.total ?? 0, EVENTS_PAGE_SIZE)} onPage={setPage} />
        </>
      )}
    </section>
  );
}

function MyEventList({ items, labelledBy, testId }: { items: MyEvent[]; labelledBy: string; testId: string }) {
  const { locale } = useI18n();
  return (
    <ul className="booking-list" aria-labelledby={labelledBy} data-testid={testId}>
      {items.map(({ event: e = {}, ...mine }) => (
        <li key={e.id} className="booking-item">
          <p className="booking-when">
            <Link href={paths.event(e.id ?? "")}>{e.title}</Link>
          </p>
          <p className={e.status === "CANCELLED" ? "status-cancelled" : undefined}>{eventWhen(locale, e)}</p>
          <p>
            {e.venueName} · {e.commune} · {e.spaceName}
          </p>
          <p>
            <MyEventStatus cancelled={e.status === "CANCELLED"} mine={mine} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** My place at the event in words with a symbol (never colour alone); a cancelled event says so. */
function MyEventStatus({ cancelled, mine }: { cancelled: boolean; mine: Omit<MyEvent, "event"> }) {
  const { t } = useI18n();
  const [mark, text] = cancelled
    ? ["✕", t("events.cancelledBadge")]
    : mine.registrationStatus === "WAITLISTED"
      ? ["…", t("events.regWaitlisted", { position: mine.waitlistPosition ?? "?" })]
      : ["✓", t("events.regRegistered")];
  return (
    <span className="status" data-testid="my-event-status">
      <span aria-hidden="true">{mark} </span>
      {text}
    </span>
  );
}
