import { useRef, useState, type FormEvent } from "react";
import { api, call, getVenue } from "../api/client";
import { isProblem, toErrorView, type ErrorView } from "../api/problem";
import type { components } from "../api/schema";
import type { Space, Venue } from "../api/types";
import { useAuth } from "../auth";
import { StatusBadge } from "../components/BookingBits";
import { ErrorBox, Field, Loading, PageTitle } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";
import {
  dayOfWeek,
  previewCounts,
  seriesRequest,
  validateSeries,
  WEEK,
  type DayOfWeek,
  type SeriesErrors,
  type SeriesForm,
} from "../lib/series";
import { addDays, localParts, longDate, timeRange, today, venueZone, ZONE, zoneCity, zoneToShow } from "../lib/time";
import { Link, paths, useLocation } from "../router";
import { useApi } from "../useApi";

type SeriesDate = components["schemas"]["BookingSeriesDate"];
type DateConflict = components["schemas"]["DateConflict"];
type BookingSeries = components["schemas"]["BookingSeries"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Monday … Sunday in the locale ("lundi", "Monday"); 2024-01-01 was a Monday. */
export function weekdayName(locale: Locale, day: DayOfWeek): string {
  const i = WEEK.indexOf(day);
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + i)));
}

/**
 * The form's first state from /series?space&day&start&end: that weekday, four weeks. Dates and
 * times are on the venue's clock (`zone`), as the API reads them.
 */
export function initialSeriesForm(search: string, now = Date.now(), zone = ZONE): { space: string | null; form: SeriesForm } {
  const q = new URLSearchParams(search);
  const space = q.get("space") ?? "";
  const day = q.get("day") ?? "";
  const todayThere = today(now, zone);
  const first = DATE.test(day) && day >= todayThere ? day : todayThere;
  const start = q.get("start") ?? "";
  const end = q.get("end") ?? "";
  return {
    space: UUID.test(space) ? space.toLowerCase() : null,
    form: {
      days: [dayOfWeek(first)],
      startTime: TIME.test(start) ? start : "09:00",
      endTime: TIME.test(end) ? end : "12:00",
      from: first,
      until: addDays(first, 27),
      seats: "",
      note: "",
    },
  };
}

export function SeriesPage() {
  const { t } = useI18n();
  const { token } = useAuth();
  const { search } = useLocation();
  const [initial] = useState(() => initialSeriesForm(search));
  const space = useApi(`series-space:${initial.space}`, (signal) =>
    initial.space
      ? call(() => api.GET("/api/v1/spaces/{spaceId}", { params: { path: { spaceId: initial.space ?? "" } }, signal }))
      : Promise.resolve({ ok: false as const, status: 404, body: undefined }),
  );
  const venueId = space.state === "ok" ? (space.data.venueId ?? "") : "";
  const venue = useApi(`venue:${venueId}`, (signal) =>
    // Until the space names its venue, nothing to fetch (shown as loading).
    venueId ? getVenue(venueId, signal) : Promise.resolve({ ok: true as const, data: null }),
  );
  return (
    <div className="series">
      <PageTitle title={t("series.title")}>{t("series.title")}</PageTitle>
      <p>{t("series.intro")}</p>
      {!initial.space ? (
        <p>
          {t("series.invalid")} <Link href={paths.search()}>{t("book.backToSearch")}</Link>
        </p>
      ) : space.state === "loading" || (venue.state !== "error" && !(venue.state === "ok" && venue.data)) ? (
        <Loading />
      ) : space.state === "error" ? (
        <ErrorBox error={space.error} onRetry={space.error.status === 404 ? undefined : space.reload} />
      ) : venue.state === "error" ? (
        <ErrorBox error={venue.error} onRetry={venue.reload} />
      ) : venue.state !== "ok" || !venue.data ? null : !token ? (
        <>
          <SpaceLine space={space.data} venue={venue.data} />
          <p>
            {t("series.needSignIn")} <Link href={paths.signIn(`/series${search}`)}>{t("nav.signIn")}</Link>
          </p>
        </>
      ) : (
        <>
          <SpaceLine space={space.data} venue={venue.data} />
          <SeriesFormView space={space.data} zone={venueZone(venue.data.timezone)} search={search} />
        </>
      )}
    </div>
  );
}

function SpaceLine({ space, venue }: { space: Space; venue: Venue }) {
  const { t } = useI18n();
  const zone = venueZone(venue.timezone);
  return (
    <dl className="facts" data-testid="series-space">
      <div>
        <dt>{t("book.space")}</dt>
        <dd>
          {space.name} ({t(`spaceKind.${space.kind}`)})
        </dd>
      </div>
      <div>
        <dt>{t("book.venue")}</dt>
        <dd><Link href={paths.venue(venue.id ?? "")}>{venue.name}</Link></dd>
      </div>
      {zoneToShow(zone) && (
        <div>
          <dt>{t("series.clock")}</dt>
          <dd data-testid="series-zone">{t("time.zoneFull", { city: zoneCity(zone), zone })}</dd>
        </div>
      )}
    </dl>
  );
}

function SeriesFormView({ space, zone, search }: { space: Space; zone: string; search: string }) {
  const { t, locale } = useI18n();
  const [form, setForm] = useState<SeriesForm>(() => initialSeriesForm(search, Date.now(), zone).form);
  const [errors, setErrors] = useState<SeriesErrors>({});
  const [preview, setPreview] = useState<SeriesDate[] | null>(null);
  const [busy, setBusy] = useState<"check" | "book" | null>(null);
  const [error, setError] = useState<ErrorView | null>(null);
  const [conflicts, setConflicts] = useState<DateConflict[]>([]);
  const [booked, setBooked] = useState<BookingSeries | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const change = (patch: Partial<SeriesForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    // The preview belongs to the form it was made for.
    setPreview(null);
    setConflicts([]);
    setError(null);
  };
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  const check = async (e: FormEvent) => {
    e.preventDefault();
    const errs = validateSeries(form, today(Date.now(), zone));
    setErrors(errs);
    setBooked(null);
    if (Object.keys(errs).length) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    setBusy("check");
    setError(null);
    setConflicts([]);
    const res = await call(() => api.POST("/api/v1/booking-series", { params: { query: { dryRun: true } }, body: seriesRequest(space.id ?? "", form) }));
    setBusy(null);
    if (res.ok) setPreview((res.data as { dates?: SeriesDate[] }).dates ?? []);
    else setError(toErrorView(t, res.status, res.body));
    focusResult();
  };

  const book = async () => {
    setBusy("book");
    setError(null);
    setConflicts([]);
    const res = await call(() => api.POST("/api/v1/booking-series", { body: seriesRequest(space.id ?? "", form) }));
    setBusy(null);
    if (res.ok) {
      setBooked(res.data as BookingSeries);
      setPreview(null);
    } else {
      setError(toErrorView(t, res.status, res.body));
      if (res.status === 409 && isProblem(res.body)) {
        setConflicts(res.body.conflicts ?? []);
        setPreview(null); // out of date: check again before booking
      }
    }
    focusResult();
  };

  const counts = preview ? previewCounts(preview) : null;
  const err = (k: keyof SeriesErrors) => (errors[k] ? t(errors[k] as MessageKey) : undefined);
  return (
    <>
      <form ref={formRef} onSubmit={check} noValidate aria-labelledby="series-form-title" className="series-form">
        <h2 id="series-form-title">{t("series.title")}</h2>
        <fieldset className={errors.days ? "field-invalid days" : "days"} aria-describedby={errors.days ? "series-days-error" : undefined}>
          <legend>{t("series.days")}</legend>
          <div className="day-checks">
            {WEEK.map((d, i) => (
              <label key={d}>
                <input
                  type="checkbox"
                  checked={form.days.includes(d)}
                  aria-invalid={errors.days && i === 0 ? true : undefined}
                  onChange={(e) => change({ days: e.target.checked ? [...form.days, d] : form.days.filter((x) => x !== d) })}
                />{" "}
                {weekdayName(locale, d)}
              </label>
            ))}
          </div>
          {errors.days && (
            <p id="series-days-error" className="field-error">
              <span aria-hidden="true">⚠ </span>
              {err("days")}
            </p>
          )}
        </fieldset>
        <div className="inline-form">
          <Field name="series-start" type="time" label={t("series.start")} value={form.startTime} error={err("startTime")} onChange={(e) => change({ startTime: e.target.value })} />
          <Field name="series-end" type="time" label={t("series.end")} value={form.endTime} error={err("endTime")} onChange={(e) => change({ endTime: e.target.value })} />
          <Field name="series-from" type="date" label={t("series.from")} value={form.from} error={err("from")} onChange={(e) => change({ from: e.target.value })} />
          <Field name="series-until" type="date" label={t("series.until")} value={form.until} error={err("until")} onChange={(e) => change({ until: e.target.value })} />
          {space.bookingMode === "SHARED" && (
            <Field name="series-seats" type="number" min={1} max={space.capacity} label={t("series.seats")} value={form.seats} error={err("seats")} onChange={(e) => change({ seats: e.target.value })} />
          )}
        </div>
        <div className={errors.note ? "field field-invalid" : "field"}>
          <label htmlFor="series-note">{t("series.note")}</label>
          <textarea id="series-note" maxLength={500} rows={2} value={form.note} onChange={(e) => change({ note: e.target.value })} />
        </div>
        <button type="submit" disabled={busy !== null}>
          {busy === "check" ? t("series.checking") : t("series.check")}
        </button>
      </form>

      <div ref={resultRef} tabIndex={-1} className="series-result" data-testid="series-result" aria-live="polite">
        {error && (
          <ErrorBox error={error}>
            {conflicts.length > 0 && (
              <>
                <p>{t("series.conflicts")}</p>
                <ul data-testid="series-conflicts">
                  {conflicts.map((c) => (
                    <li key={`${c.date}${c.start}`}>
                      {c.date && longDate(locale, c.date)}
                      {c.start && c.end && <>, {timeRange(locale, c.start, c.end, zone)}</>} — {c.detail ?? c.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </ErrorBox>
        )}
        {booked && (
          <div className="success-box" role="status">
            <p>{t("series.booked", { n: (booked.bookings ?? []).filter((b) => b.status !== "CANCELLED").length })}</p>
            <ul className="plain-list">
              {(booked.bookings ?? []).map((b) => (
                <li key={b.id}>
                  <Link href={paths.booking(b.id ?? "")}>
                    {b.start && longDate(locale, localParts(b.start, zone).date)}, {b.start && b.end && timeRange(locale, b.start, b.end, zone)}
                  </Link>{" "}
                  <StatusBadge status={b.status} />
                </li>
              ))}
            </ul>
            <p>
              <Link href={paths.me()}>{t("series.toMine")}</Link>
            </p>
          </div>
        )}
        {preview && counts && (
          <section aria-labelledby="series-preview-title">
            <h2 id="series-preview-title">{t("series.preview", counts)}</h2>
            <div className="table-scroll" role="region" aria-labelledby="series-preview-title" tabIndex={0}>
              <table className="data-table" data-testid="series-preview">
                <thead>
                  <tr>
                    <th scope="col">{t("series.date")}</th>
                    <th scope="col">{t("series.time")}</th>
                    <th scope="col">{t("series.state")}</th>
                    <th scope="col">{t("series.detail")}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.map((d) => (
                    <tr key={d.date} className={`series-${(d.status ?? "").toLowerCase()}`}>
                      <th scope="row">{d.date && longDate(locale, d.date)}</th>
                      <td>{d.start && d.end ? timeRange(locale, d.start, d.end, zone) : `${form.startTime} – ${form.endTime}`}</td>
                      <td>
                        <span className={`series-state series-state-${(d.status ?? "").toLowerCase()}`}>
                          <span aria-hidden="true">{d.status === "FREE" ? "✓ " : d.status === "CONFLICT" ? "✗ " : "– "}</span>
                          {t(`series.status.${d.status ?? "SKIPPED"}` as MessageKey)}
                        </span>
                      </td>
                      <td>{d.detail ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {counts.conflict > 0 ? (
              <p className="notice">{t("series.blocked")}</p>
            ) : counts.free === 0 ? (
              <p className="notice">{t("series.nothingFree")}</p>
            ) : (
              <button type="button" onClick={book} disabled={busy !== null}>
                {busy === "book" ? t("series.booking") : t("series.book", { n: counts.free })}
              </button>
            )}
          </section>
        )}
      </div>
    </>
  );
}
