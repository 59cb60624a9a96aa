import { useState } from "react";
import { api, call } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import type { Booking } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { timeRange, localParts, longDate } from "../lib/time";
import { canCancel } from "../pages/BookingPage";
import { Link, paths } from "../router";
import { useNames } from "../spaceInfo";
import { useApi } from "../useApi";
import { StatusBadge } from "./BookingBits";
import { ErrorBox, Loading, ZoneNote } from "./ui";

/** Splits bookings into upcoming (not yet over, soonest first) and past (latest first). */
export function splitBookings(bookings: Booking[], now = Date.now()): { upcoming: Booking[]; past: Booking[] } {
  const upcoming = bookings.filter((b) => b.end && Date.parse(b.end) > now).sort((a, b) => Date.parse(a.start!) - Date.parse(b.start!));
  const past = bookings.filter((b) => !b.end || Date.parse(b.end) <= now).sort((a, b) => Date.parse(b.start ?? "0") - Date.parse(a.start ?? "0"));
  return { upcoming, past };
}

export function MyBookings({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const [tab, setTab] = useState<"upcoming" | "past">("upcoming");
  const list = useApi(`my-bookings:${token}`, (signal) => call(() => api.GET("/api/v1/me/bookings", { signal })));
  const [error, setError] = useState<ErrorView | null>(null);
  const [message, setMessage] = useState("");
  const all = list.state === "ok" ? list.data : [];
  const names = useNames(all.map((b) => b.spaceId), all.map((b) => b.venueId));
  const { upcoming, past } = splitBookings(all);
  const shown = tab === "upcoming" ? upcoming : past;

  const cancel = async (b: Booking) => {
    setError(null);
    const res = await call(() => api.POST("/api/v1/bookings/{bookingId}/cancel", { params: { path: { bookingId: b.id ?? "" } }, body: {} }));
    if (res.ok) {
      setMessage(t("booking.cancelled"));
      list.reload();
    } else setError(toErrorView(t, res.status, res.body));
  };

  return (
    <section aria-labelledby="my-bookings-title" className="my-bookings">
      <h2 id="my-bookings-title">{t("me.bookings")}</h2>
      <div className="toggle" role="group" aria-label={t("me.bookings")}>
        <button type="button" className={tab === "upcoming" ? "" : "secondary"} aria-pressed={tab === "upcoming"} onClick={() => setTab("upcoming")}>
          {t("me.upcoming", { n: upcoming.length })}
        </button>
        <button type="button" className={tab === "past" ? "" : "secondary"} aria-pressed={tab === "past"} onClick={() => setTab("past")}>
          {t("me.past", { n: past.length })}
        </button>
      </div>
      <p role="status" className={message ? "success-box" : "visually-hidden"}>{message}</p>
      {error && <ErrorBox error={error} />}
      {list.state === "loading" && <Loading />}
      {list.state === "error" && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.state === "ok" &&
        (shown.length === 0 ? (
          <p>
            {tab === "upcoming" ? t("me.noUpcoming") : t("me.noPast")} <Link href={paths.search()}>{t("me.findSlot")}</Link>
          </p>
        ) : (
          <ul className="booking-list" data-testid={`bookings-${tab}`}>
            {shown.map((b) => (
              <li key={b.id} className="booking-item">
                <p className="booking-when">
                  <Link href={paths.booking(b.id ?? "")}>
                    {b.start && longDate(locale, localParts(b.start, names.zone(b.venueId)).date)},{" "}
                    {b.start && b.end && timeRange(locale, b.start, b.end, names.zone(b.venueId))}
                    <ZoneNote zone={names.zone(b.venueId)} />
                  </Link>
                </p>
                <p>
                  {names.space(b.spaceId) ?? "…"} — {names.venue(b.venueId) ?? "…"} · <StatusBadge status={b.status} />
                </p>
                {canCancel(b) && (
                  <button type="button" className="secondary" onClick={() => cancel(b)}
                    aria-label={t("me.cancelAria", { when: b.start ? timeRange(locale, b.start, b.end ?? b.start, names.zone(b.venueId)) : "", space: names.space(b.spaceId) ?? "" })}>
                    {t("booking.cancel")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

