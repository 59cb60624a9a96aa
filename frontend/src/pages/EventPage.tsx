// One community event: what, where, when and seats for everyone; register or withdraw for
// members (signing in inline keeps the page); edit, cancel and the registrations list for
// the venue's managers and network-admins.
import { useEffect, useRef, useState } from "react";
import { api, call, type Outcome } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import type { Venue } from "../api/types";
import { useAuth } from "../auth";
import { EventForm, useOrganisableVenues } from "../components/EventForm";
import { InlineAuth } from "../components/InlineAuth";
import { ConfirmBox, ErrorBox, Loading, PageTitle } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import {
  draftOf,
  emptyDraft,
  eventWhen,
  findMyRegistration,
  hasStarted,
  paragraphs,
  registrationOf,
  seatsLeft,
  type CommunityEvent,
  type MyRegistration,
} from "../lib/events";
import { formatAddress } from "../lib/format";
import { localParts, longDate, clock } from "../lib/time";
import { Link, navigate, paths, useLocation } from "../router";
import { useApi } from "../useApi";
import { canOrganise, SeatsText } from "./EventsPage";
import { canManage } from "./VenuePage";

export function EventPage({ id }: { id: string }) {
  const { t } = useI18n();
  const result = useApi(`event:${id}`, (signal) => call(() => api.GET("/api/v1/events/{eventId}", { params: { path: { eventId: id } }, signal })));
  const title = result.state === "ok" ? (result.data.title ?? "") : t("events.eventTitle");
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {result.state === "loading" ? (
        <Loading />
      ) : result.state === "error" ? (
        <ErrorBox error={result.error} onRetry={result.error.status === 404 ? undefined : result.reload} />
      ) : (
        <EventDetails initial={result.data} />
      )}
      <p>
        <Link href={paths.events()}>{t("events.backToList")}</Link>
      </p>
    </>
  );
}

function EventDetails({ initial }: { initial: CommunityEvent }) {
  const { t, locale } = useI18n();
  const { member } = useAuth();
  const { search } = useLocation();
  const [event, setEvent] = useState(initial);
  const [notice, setNotice] = useState(new URLSearchParams(search).get("created") === "1" ? t("events.created") : "");
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const venue = useApi(`event-venue:${initial.venueId}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}", { params: { path: { venueId: initial.venueId ?? "" } }, signal })),
  );
  const eventId = event.id ?? "";
  const cancelled = event.status === "CANCELLED";
  const reload = async () => {
    const res = await call(() => api.GET("/api/v1/events/{eventId}", { params: { path: { eventId } } }));
    if (res.ok) setEvent(res.data);
  };
  const announce = (text: string) => {
    setNotice(text);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const text = paragraphs(event.description);

  return (
    <article aria-labelledby="page-title" data-testid="event">
      {cancelled && (
        <p className="notice status" data-testid="event-cancelled">
          {t("events.cancelledNotice")}
        </p>
      )}
      <p role="status" ref={noticeRef} tabIndex={-1} className={notice ? "success-box" : "visually-hidden"}>
        {notice}
      </p>
      <dl className="facts" data-testid="event-facts">
        <div>
          <dt>{t("events.when")}</dt>
          <dd className={cancelled ? "status-cancelled" : undefined}>{eventWhen(locale, event)}</dd>
        </div>
        <div>
          <dt>{t("events.where")}</dt>
          <dd>
            <Link href={paths.venue(event.venueId ?? "")}>{event.venueName}</Link>
            {venue.state === "ok" && formatAddress(venue.data) && <>, {formatAddress(venue.data)}</>}
          </dd>
        </div>
        <div>
          <dt>{t("events.space")}</dt>
          <dd>{event.spaceName}</dd>
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
      {text.length > 0 && (
        <section aria-labelledby="event-about">
          <h2 id="event-about">{t("events.about")}</h2>
          {text.map((p, i) => (
            <p key={i} className="prewrap">
              {p}
            </p>
          ))}
        </section>
      )}
      {!cancelled && <Registration event={event} onChange={reload} />}
      {canManage(member, event.venueId ?? "") && (
        <Organise event={event} venue={venue.state === "ok" ? venue.data : null} onSaved={setEvent} announce={announce} />
      )}
    </article>
  );
}

/** The API's largest page of GET /me/events: one request finds the event for nearly every member. */
const MY_EVENTS_SCAN_SIZE = 200;

/** The member's registration for the event, read from their own events; not needed once it has started. */
function useMyRegistration(event: CommunityEvent, token: string | null, version: number) {
  return useApi(`my-registration:${event.id}:${token}:${version}`, async (signal): Promise<Outcome<MyRegistration | null>> => {
    if (!token || hasStarted(event)) return { ok: true, data: null };
    for (let page = 0; ; page++) {
      const res = await call(() => api.GET("/api/v1/me/events", { params: { query: { page, size: MY_EVENTS_SCAN_SIZE } }, signal }));
      if (!res.ok) return res;
      const found = findMyRegistration(res.data, event);
      if (found !== undefined) return { ok: true, data: found };
    }
  });
}

function Registration({ event, onChange }: { event: CommunityEvent; onChange(): Promise<void> }) {
  const { t } = useI18n();
  const { token } = useAuth();
  const eventId = event.id ?? "";
  const [version, setVersion] = useState(0);
  const known = useMyRegistration(event, token, version);
  // What the last register or withdraw call answered: shown at once, without reading the list again.
  const [answered, setAnswered] = useState<MyRegistration | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const [focusAction, setFocusAction] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => setAnswered(undefined), [token]);
  useEffect(() => {
    if (focusAction && token && known.state === "ok" && actionRef.current) {
      actionRef.current.focus();
      setFocusAction(false);
    }
  }, [focusAction, token, known.state]);

  const mine = answered !== undefined ? answered : known.state === "ok" ? known.data : undefined;
  const started = hasStarted(event);

  const act = async (run: () => Promise<Outcome<MyRegistration | null>>) => {
    setBusy(true);
    setError(null);
    const res = await run();
    setBusy(false);
    if (res.ok) setAnswered(res.data);
    else {
      setError(toErrorView(t, res.status, res.body));
      setAnswered(undefined);
      setVersion((v) => v + 1);
    }
    await onChange();
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const register = () =>
    act(async () => {
      const res = await call(() => api.POST("/api/v1/events/{eventId}/registrations", { params: { path: { eventId } } }));
      return res.ok ? { ok: true, data: registrationOf(res.data.status, res.data.waitlistPosition) } : res;
    });
  const withdraw = () =>
    act(async () => {
      const res = await call(() => api.DELETE("/api/v1/events/{eventId}/registrations/me", { params: { path: { eventId } } }));
      return res.ok ? { ok: true, data: null } : res;
    });

  const statusText =
    mine?.status === "REGISTERED"
      ? t("events.youAreRegistered")
      : mine?.status === "WAITLISTED"
        ? mine.position
          ? t("events.youAreWaitlistedAt", { position: mine.position })
          : t("events.youAreWaitlisted")
        : mine === null && answered === null
          ? t("events.youWithdrew")
          : "";

  return (
    <section aria-labelledby="event-registration" className="event-registration">
      <h2 id="event-registration">{t("events.registration")}</h2>
      {started ? (
        <p>{t("events.closed")}</p>
      ) : !token ? (
        <InlineAuth title={t("events.identify")} text={t("events.identifyText")} onDone={() => setFocusAction(true)} />
      ) : known.state === "loading" && answered === undefined ? (
        <Loading />
      ) : known.state === "error" && answered === undefined ? (
        <ErrorBox error={known.error} onRetry={known.reload} />
      ) : (
        <>
          <p role="status" ref={statusRef} tabIndex={-1} className={statusText ? "success-box" : "visually-hidden"} data-testid="my-registration">
            {statusText}
          </p>
          {error && <ErrorBox error={error} />}
          <p className="actions">
            {mine ? (
              <button ref={actionRef} type="button" className="secondary" onClick={withdraw} disabled={busy}>
                {mine.status === "WAITLISTED" ? t("events.leaveWaitlist") : t("events.withdraw")}
              </button>
            ) : (
              <button ref={actionRef} type="button" onClick={register} disabled={busy}>
                {seatsLeft(event) > 0 ? t("events.register") : t("events.joinWaitlist")}
              </button>
            )}
          </p>
          {busy && (
            <p role="status" className="visually-hidden">
              {t("common.loading")}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Organise({
  event,
  venue,
  onSaved,
  announce,
}: {
  event: CommunityEvent;
  venue: Venue | null;
  onSaved(e: CommunityEvent): void;
  announce(text: string): void;
}) {
  const { t } = useI18n();
  const eventId = event.id ?? "";
  const cancelled = event.status === "CANCELLED";
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const cancel = async () => {
    setBusy(true);
    setError(null);
    const body = reason.trim() ? { reason: reason.trim() } : {};
    const res = await call(() => api.POST("/api/v1/events/{eventId}/cancel", { params: { path: { eventId } }, body }));
    setBusy(false);
    if (res.ok) {
      setConfirming(false);
      onSaved(res.data);
      announce(t("events.cancelDone"));
    } else setError(toErrorView(t, res.status, res.body));
  };

  return (
    <section aria-labelledby="event-organise" className="console-section">
      <h2 id="event-organise">{t("events.organiseSection")}</h2>
      {!cancelled && !editing && !confirming && (
        <p className="actions">
          <button type="button" ref={editButton} onClick={() => setEditing(true)}>
            {t("events.edit")}
          </button>
          <button type="button" className="secondary" ref={cancelButton} onClick={() => setConfirming(true)}>
            {t("events.cancel")}
          </button>
        </p>
      )}
      {editing && (
        <div>
          <h3>{t("events.edit")}</h3>
          {!venue ? (
            <Loading />
          ) : (
            <EventForm
              venues={[venue]}
              venueFixed
              initial={draftOf(event, venue.timezone)}
              submitLabel={t("events.save")}
              busyLabel={t("events.saving")}
              send={(body) => call(() => api.PUT("/api/v1/events/{eventId}", { params: { path: { eventId } }, body }))}
              onSaved={(saved) => {
                setEditing(false);
                onSaved(saved);
                announce(t("events.saved"));
              }}
            />
          )}
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setEditing(false);
                requestAnimationFrame(() => editButton.current?.focus());
              }}
            >
              {t("events.closeEdit")}
            </button>
          </p>
        </div>
      )}
      {confirming && (
        <ConfirmBox
          id="event-cancel-confirm"
          question={t("events.cancelConfirm", { count: event.registered ?? 0, waiting: event.waitlisted ?? 0 })}
          yes={busy ? t("events.cancelling") : t("events.cancelYes")}
          no={t("events.cancelNo")}
          busy={busy}
          onYes={cancel}
          onNo={() => {
            setConfirming(false);
            setError(null);
          }}
          opener={cancelButton}
        >
          <div className="field">
            <label htmlFor="event-cancel-reason">{t("events.cancelReason")}</label>
            <textarea id="event-cancel-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          {error && <ErrorBox error={error} />}
        </ConfirmBox>
      )}
      <Registrations event={event} />
    </section>
  );
}

/** Who registered and who waits, in order of arrival: a table, readable on a phone by scrolling. */
function Registrations({ event }: { event: CommunityEvent }) {
  const { t, locale } = useI18n();
  const eventId = event.id ?? "";
  // Counts change with every registration, withdrawal or edit: reload the list with them.
  const list = useApi(`event-registrations:${eventId}:${event.registered}:${event.waitlisted}:${event.status}`, (signal) =>
    call(() => api.GET("/api/v1/events/{eventId}/registrations", { params: { path: { eventId } }, signal })),
  );
  return (
    <div>
      <h3 id="event-registrations">{t("events.registrations")}</h3>
      {list.state === "loading" && <Loading />}
      {list.state === "error" && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.state === "ok" &&
        (list.data.length === 0 ? (
          <p>{t("events.noRegistrations")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" aria-labelledby="event-registrations" data-testid="event-registrations">
              <thead>
                <tr>
                  <th scope="col">{t("events.regName")}</th>
                  <th scope="col">{t("events.regStatus")}</th>
                  <th scope="col">{t("events.regAt")}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((r) => (
                  <tr key={r.memberId}>
                    <td>{r.memberName}</td>
                    <td>{r.status === "WAITLISTED" ? t("events.regWaitlisted", { position: r.waitlistPosition ?? "?" }) : t("events.regRegistered")}</td>
                    <td>{r.registeredAt && `${longDate(locale, localParts(r.registeredAt).date)}, ${clock(locale, localParts(r.registeredAt).time)}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}

export function NewEventPage() {
  const { t } = useI18n();
  const { token, member } = useAuth();
  const venues = useOrganisableVenues(member);
  const title = t("events.organise");
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {!token ? (
        <p>
          {t("events.needSignIn")} <Link href={paths.signIn(paths.eventNew())}>{t("nav.signIn")}</Link>
        </p>
      ) : !member ? (
        <Loading />
      ) : !canOrganise(member) ? (
        <p>{t("events.notOrganiser")}</p>
      ) : venues.state === "loading" ? (
        <Loading />
      ) : venues.state === "error" ? (
        <ErrorBox error={venues.error} onRetry={venues.reload} />
      ) : (
        <>
          <p>{t("events.organiseIntro")}</p>
          <EventForm
            venues={venues.data}
            initial={emptyDraft()}
            submitLabel={t("events.create")}
            busyLabel={t("events.creating")}
            send={(body) => call(() => api.POST("/api/v1/events", { body }))}
            onSaved={(created) => navigate(`${paths.event(created.id ?? "")}?created=1`)}
          />
        </>
      )}
      <p>
        <Link href={paths.events()}>{t("events.backToList")}</Link>
      </p>
    </>
  );
}
