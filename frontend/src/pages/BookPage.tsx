import { useEffect, useRef, useState } from "react";
import { api, call, getVenue } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import type { Space } from "../api/types";
import { useAuth } from "../auth";
import { InlineAuth } from "../components/InlineAuth";
import { AGREEMENTS_ANCHOR } from "../components/VenueAgreements";
import { ErrorBox, Loading, PageTitle, ZoneNote } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import { formatPrice } from "../lib/price";
import { durationText, localParts, longDate, minutesBetween, timeRange, venueZone } from "../lib/time";
import { Link, navigate, paths, useLocation } from "../router";
import { useApi } from "../useApi";

const AGREEMENT_REQUIRED = "urn:coopconnect:problem:agreement-required";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the chosen slot from the URL, so it survives signing in, reloads and sharing. */
export function parseSlotChoice(search: string): { space: string; start: string; end: string; seats: number } | null {
  const p = new URLSearchParams(search);
  const space = p.get("space") ?? "";
  const start = p.get("start") ?? "";
  const end = p.get("end") ?? "";
  const seats = Number(p.get("seats") ?? "1");
  if (!UUID.test(space) || Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end)) || Date.parse(end) <= Date.parse(start))
    return null;
  return { space: space.toLowerCase(), start, end, seats: Number.isInteger(seats) && seats >= 1 && seats <= 500 ? seats : 1 };
}

export function BookPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const choice = parseSlotChoice(search);
  const space = useApi(`space:${choice?.space}`, (signal) =>
    choice
      ? call(() => api.GET("/api/v1/spaces/{spaceId}", { params: { path: { spaceId: choice.space } }, signal }))
      : Promise.resolve({ ok: false as const, status: 404, body: undefined }),
  );
  return (
    <div className="book">
      <PageTitle title={t("book.title")}>{t("book.title")}</PageTitle>
      {!choice ? (
        <p>
          {t("book.invalid")} <Link href={paths.search()}>{t("book.backToSearch")}</Link>
        </p>
      ) : space.state === "loading" ? (
        <Loading />
      ) : space.state === "error" ? (
        <ErrorBox error={space.error} onRetry={space.reload} />
      ) : (
        <BookSlot space={space.data} choice={choice} />
      )}
    </div>
  );
}

function BookSlot({ space, choice }: { space: Space; choice: NonNullable<ReturnType<typeof parseSlotChoice>> }) {
  const { t, locale } = useI18n();
  const { token } = useAuth();
  const venue = useApi(`venue:${space.venueId}`, (signal) =>
    getVenue(space.venueId ?? "", signal),
  );
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const [idempotencyKey] = useState(() => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`));
  const confirmRef = useRef<HTMLButtonElement>(null);
  // After signing in inline, focus goes to the confirm button once it is on screen.
  const [focusConfirm, setFocusConfirm] = useState(false);
  useEffect(() => {
    if (focusConfirm && token && confirmRef.current) {
      confirmRef.current.focus();
      setFocusConfirm(false);
    }
  }, [focusConfirm, token]);
  const errorRef = useRef<HTMLDivElement>(null);
  const zone = venueZone(venue.state === "ok" ? venue.data.timezone : undefined);
  const date = localParts(choice.start, zone).date;
  const searchBack = paths.search(`?date=${date}`);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const body = { spaceId: choice.space, start: choice.start, end: choice.end, ...(choice.seats > 1 ? { seats: choice.seats } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    const res = await call(() => api.POST("/api/v1/bookings", { body, headers: { "Idempotency-Key": idempotencyKey } }));
    setBusy(false);
    if (res.ok) {
      navigate(`${paths.booking(res.data.id ?? "")}?created=1`);
      return;
    }
    setError(toErrorView(t, res.status, res.body));
    requestAnimationFrame(() => errorRef.current?.focus());
  };

  return (
    <>
      <section aria-labelledby="summary-title" className="summary">
        <h2 id="summary-title">{t("book.summary")}</h2>
        <dl className="facts" data-testid="booking-summary">
          <div>
            <dt>{t("book.venue")}</dt>
            <dd>{venue.state === "ok" ? <Link href={paths.venue(venue.data.id ?? "")}>{venue.data.name}</Link> : "…"}</dd>
          </div>
          <div>
            <dt>{t("book.space")}</dt>
            <dd>{space.name} ({t(`spaceKind.${space.kind}`)})</dd>
          </div>
          <div>
            <dt>{t("book.date")}</dt>
            <dd>{longDate(locale, date)}</dd>
          </div>
          <div>
            <dt>{t("book.time")}</dt>
            <dd>
              {timeRange(locale, choice.start, choice.end, zone)} ({durationText(locale, minutesBetween(choice.start, choice.end))})
              <ZoneNote zone={zone} />
            </dd>
          </div>
          {space.bookingMode === "SHARED" && (
            <div>
              <dt>{t("search.seats")}</dt>
              <dd>{choice.seats}</dd>
            </div>
          )}
          <div>
            <dt>{t("search.price")}</dt>
            <dd>{formatPrice(t, locale, space.hourlyRate)}</dd>
          </div>
          {space.rules?.requiresApproval && (
            <div>
              <dt>{t("book.approval")}</dt>
              <dd>{t("book.approvalText")}</dd>
            </div>
          )}
        </dl>
        <p className="actions">
          <Link href={searchBack}>{t("book.otherSlot")}</Link>
          <Link href={paths.series({ space: choice.space, day: date, start: localParts(choice.start, zone).time, end: localParts(choice.end, zone).time })}>
            {t("series.fromBooking")}
          </Link>
        </p>
      </section>

      {error && (
        <div ref={errorRef} tabIndex={-1} className="error-focus" data-testid="booking-error">
          <ErrorBox error={error}>
            {error.type === AGREEMENT_REQUIRED && space.venueId && (
              <p>
                <Link href={`${paths.venue(space.venueId)}#${AGREEMENTS_ANCHOR}`} data-testid="agreement-link">
                  {t("book.requestAgreement")}
                </Link>
              </p>
            )}
            {(error.status === 409 || error.status === 422) && (
              <p>
                <Link href={searchBack}>{t("book.chooseAnother")}</Link>
              </p>
            )}
          </ErrorBox>
        </div>
      )}

      {token ? (
        <section aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t("book.confirmTitle")}</h2>
          <div className="field">
            <label htmlFor="book-note">{t("book.note")}</label>
            <p className="hint" id="book-note-hint">{t("book.noteHint")}</p>
            <textarea id="book-note" maxLength={500} rows={2} aria-describedby="book-note-hint" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button ref={confirmRef} type="button" onClick={confirm} disabled={busy}>
            {busy ? t("book.confirming") : t("book.confirm")}
          </button>
        </section>
      ) : (
        <InlineAuth title={t("book.identify")} text={t("book.identifyText")} onDone={() => setFocusConfirm(true)} />
      )}
    </>
  );
}
