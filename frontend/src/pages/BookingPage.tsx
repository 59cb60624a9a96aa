import { useEffect, useRef, useState } from "react";
import { api, call } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import type { Booking } from "../api/types";
import { useAuth } from "../auth";
import { StatusBadge } from "../components/BookingBits";
import { AddToCalendar } from "../components/CalendarFeed";
import { ErrorBox, Loading, PageTitle, ZoneNote } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import { durationText, localParts, longDate, minutesBetween, timeRange } from "../lib/time";
import { Link, paths, useLocation } from "../router";
import { useNames } from "../spaceInfo";
import { useApi } from "../useApi";

export function BookingPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { token } = useAuth();
  const { search } = useLocation();
  const created = new URLSearchParams(search).get("created") === "1";
  const result = useApi(`booking:${id}:${token}`, (signal) =>
    call(() => api.GET("/api/v1/bookings/{bookingId}", { params: { path: { bookingId: id } }, signal })),
  );
  const title = t("booking.title");
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {!token ? (
        <p>
          {t("booking.needSignIn")} <Link href={paths.signIn(paths.booking(id))}>{t("nav.signIn")}</Link>
        </p>
      ) : result.state === "loading" ? (
        <Loading />
      ) : result.state === "error" ? (
        <ErrorBox error={result.error} onRetry={result.error.status === 404 ? undefined : result.reload} />
      ) : (
        <BookingDetails initial={result.data} created={created} />
      )}
    </>
  );
}

export function canCancel(b: Booking, now = Date.now()): boolean {
  return (b.status === "CONFIRMED" || b.status === "PENDING") && !!b.start && Date.parse(b.start) > now;
}

function BookingDetails({ initial, created }: { initial: Booking; created: boolean }) {
  const { t, locale } = useI18n();
  const { token } = useAuth();
  const [booking, setBooking] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const [done, setDone] = useState<string | null>(created ? (initial.status === "PENDING" ? t("booking.createdPending") : t("booking.created")) : null);
  const names = useNames([booking.spaceId], [booking.venueId]);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => setBooking(initial), [initial]);

  const cancel = async () => {
    setBusy(true);
    setError(null);
    const res = await call(() => api.POST("/api/v1/bookings/{bookingId}/cancel", { params: { path: { bookingId: booking.id ?? "" } }, body: {} }));
    setBusy(false);
    if (res.ok) {
      setBooking(res.data);
      setDone(t("booking.cancelled"));
      requestAnimationFrame(() => statusRef.current?.focus());
    } else setError(toErrorView(t, res.status, res.body));
  };

  const zone = names.zone(booking.venueId);
  const date = booking.start ? localParts(booking.start, zone).date : "";
  return (
    <article aria-labelledby="page-title" data-testid="booking">
      <p role="status" ref={statusRef} tabIndex={-1} className={done ? "success-box" : "visually-hidden"}>
        {done}
      </p>
      {error && <ErrorBox error={error} />}
      <dl className="facts">
        <div>
          <dt>{t("booking.status")}</dt>
          <dd>
            <StatusBadge status={booking.status} />
            {booking.statusReason && <> — {booking.statusReason}</>}
          </dd>
        </div>
        <div>
          <dt>{t("book.venue")}</dt>
          <dd>{booking.venueId ? <Link href={paths.venue(booking.venueId)}>{names.venue(booking.venueId) ?? "…"}</Link> : "…"}</dd>
        </div>
        <div>
          <dt>{t("book.space")}</dt>
          <dd>{names.space(booking.spaceId) ?? "…"}</dd>
        </div>
        <div>
          <dt>{t("book.date")}</dt>
          <dd>{date && longDate(locale, date)}</dd>
        </div>
        <div>
          <dt>{t("book.time")}</dt>
          <dd>
            {booking.start && booking.end && (
              <>
                {timeRange(locale, booking.start, booking.end, zone)} ({durationText(locale, minutesBetween(booking.start, booking.end))})
                <ZoneNote zone={zone} />
              </>
            )}
          </dd>
        </div>
        {(booking.seats ?? 1) > 1 && (
          <div>
            <dt>{t("search.seats")}</dt>
            <dd>{booking.seats}</dd>
          </div>
        )}
        {booking.note && (
          <div>
            <dt>{t("book.note")}</dt>
            <dd className="prewrap">{booking.note}</dd>
          </div>
        )}
      </dl>
      <p className="actions">
        {canCancel(booking) && (
          <button type="button" className="secondary" onClick={cancel} disabled={busy}>
            {busy ? t("booking.cancelling") : t("booking.cancel")}
          </button>
        )}
        <Link href={paths.me()}>{t("booking.toMine")}</Link>
        {booking.spaceId && booking.start && booking.end && (
          <Link
            href={paths.series({
              space: booking.spaceId,
              day: localParts(booking.start, zone).date,
              start: localParts(booking.start, zone).time,
              end: localParts(booking.end, zone).time,
            })}
          >
            {t("series.fromBooking")}
          </Link>
        )}
      </p>
      {token && <AddToCalendar token={token} />}
    </article>
  );
}
