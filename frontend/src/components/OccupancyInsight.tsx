// Occupancy of one venue (venue console) or of the network (network console), loaded lazily:
// a period picker, per-space figures as a table, a utilisation chart (CSS bars, the table being
// its text alternative), the weekday × hour heatmap as a table whose cells carry the percentage
// as text (colour only adds to it), the hours that are regularly free, and the CSV export.
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { api, call, type Outcome } from "../api/client";
import type { OccupancyFigures, OccupancyReport, VenueOccupancy } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/i18n";
import { WEEK } from "../lib/series";
import { weekdayName } from "../pages/SeriesPage";
import { saveBlob } from "../lib/download";
import {
  amount, csvFileName, defaultPeriod, GRANULARITIES, heatLevel, heatmapGrid, MAX_DAYS, MAX_HOUR_DAYS, percent, regularlyFree,
  REGULARLY_FREE_BELOW, validatePeriod, type Granularity, type Period, type PeriodErrors,
} from "../lib/occupancy";
import { clock, longDate, today } from "../lib/time";
import { useAction } from "../useAction";
import { useApi } from "../useApi";
import { ErrorBox, Field, Loading } from "./ui";

export type InsightScope = { venueId: string; zone: string } | { venues: { id: string; name: string }[] };

interface Query extends Period {
  commune: string;
  venueId: string;
}

export default function OccupancyInsight({ scope }: { scope: InsightScope }) {
  const { t, locale } = useI18n();
  const venueId = "venueId" in scope ? scope.venueId : "";
  const network = !venueId;
  const [draft, setDraft] = useState<Query>(() => ({ ...defaultPeriod(today(Date.now(), "zone" in scope ? scope.zone : undefined)), commune: "", venueId: "" }));
  const [query, setQuery] = useState<Query>(draft);
  const [errors, setErrors] = useState<PeriodErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const base = { from: query.from, to: query.to, granularity: query.granularity };
  const networkQuery = { ...base, ...(query.commune.trim() ? { commune: query.commune.trim() } : {}), ...(query.venueId ? { venueId: [query.venueId] } : {}) };
  const json = { Accept: "application/json" };
  const report = useApi(`occupancy:${network ? "network" : venueId}:${JSON.stringify(query)}`, (signal) =>
    (network
      ? call(() => api.GET("/api/v1/network/occupancy", { params: { query: networkQuery }, headers: json, signal }))
      : call(() => api.GET("/api/v1/venues/{venueId}/occupancy", { params: { path: { venueId: venueId }, query: base }, headers: json, signal }))
    ) as Promise<Outcome<OccupancyReport>>,
  );
  const exporter = useAction();
  const exportCsv = async () => {
    const done = await exporter.run(
      () => (network
        ? call(() => api.GET("/api/v1/network/occupancy.csv", { params: { query: networkQuery }, parseAs: "blob" }))
        : call(() => api.GET("/api/v1/venues/{venueId}/occupancy.csv", { params: { path: { venueId: venueId }, query: base }, parseAs: "blob" }))),
      t("insight.exported"),
    );
    if (done) saveBlob(done.data as Blob, csvFileName(query));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validatePeriod(draft);
    setErrors(found);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    setQuery(draft);
  };
  const set = (k: keyof Query) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  return (
    <div className="insight" data-testid="insight">
      <form ref={formRef} onSubmit={submit} noValidate className="insight-form" aria-label={t("insight.period")}>
        <div className="inline-form">
          <Field name="in-from" type="date" label={t("insight.from")} value={draft.from} onChange={set("from")} error={errors.from && t(errors.from)} />
          <Field name="in-to" type="date" label={t("insight.to")} value={draft.to} onChange={set("to")}
            error={errors.to && t(errors.to, { max: MAX_DAYS, maxHour: MAX_HOUR_DAYS })} />
          <div className="field">
            <label htmlFor="in-granularity">{t("insight.granularity")}</label>
            <select id="in-granularity" value={draft.granularity} aria-describedby="in-granularity-hint"
              onChange={(e) => setDraft((d) => ({ ...d, granularity: e.target.value as Granularity }))}>
              {GRANULARITIES.map((g) => <option key={g} value={g}>{t(`insight.by.${g}`)}</option>)}
            </select>
          </div>
          {"venues" in scope && (
            <>
              <div className="field">
                <label htmlFor="in-venue">{t("insight.venue")}</label>
                <select id="in-venue" value={draft.venueId} onChange={set("venueId")}>
                  <option value="">{t("insight.allVenues")}</option>
                  {scope.venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
                </select>
              </div>
              <Field name="in-commune" label={t("insight.commune")} value={draft.commune} onChange={set("commune")} maxLength={120} />
            </>
          )}
        </div>
        <p className="hint" id="in-granularity-hint">{t("insight.limits", { max: MAX_DAYS, maxHour: MAX_HOUR_DAYS })}</p>
        <p className="actions">
          <button type="submit">{t("insight.show")}</button>
          <button type="button" className="secondary" disabled={exporter.busy} onClick={() => void exportCsv()}>{t("insight.csv")}</button>
        </p>
      </form>
      {exporter.feedback}
      {report.state === "loading" && <Loading />}
      {report.state === "error" && <ErrorBox error={report.error} onRetry={report.reload} />}
      {report.state === "ok" && (
        <div>
          <p data-testid="insight-period">
            {t("insight.showing", { from: longDate(locale, report.data.from ?? query.from), to: longDate(locale, report.data.to ?? query.to) })}
          </p>
          {network ? <NetworkReport report={report.data} /> : (report.data.venues ?? []).map((v) => <VenueReport key={v.venueId} venue={v} level={3} />)}
        </div>
      )}
    </div>
  );
}

function NetworkReport({ report }: { report: OccupancyReport }) {
  const { t } = useI18n();
  const venues = report.venues ?? [];
  if (venues.length === 0) return <p>{t("insight.noVenue")}</p>;
  return (
    <>
      <h3 id="in-venues">{t("insight.venues")}</h3>
      <FiguresTable labelledBy="in-venues" first={t("network.venue")} testId="insight-venues"
        rows={[...venues.map((v) => ({ key: v.venueId ?? "", name: v.name ?? "", figures: v.totals })), { key: "total", name: t("insight.total"), figures: report.totals, total: true }]} />
      <UtilisationChart title={t("insight.chartVenues")} rows={venues.map((v) => ({ key: v.venueId ?? "", name: v.name ?? "", figures: v.totals }))} />
      {venues.map((v) => (
        <details key={v.venueId} className="insight-venue">
          <summary>{t("insight.venueDetails", { name: v.name ?? "" })}</summary>
          <VenueReport venue={v} level={4} />
        </details>
      ))}
    </>
  );
}

function VenueReport({ venue, level }: { venue: VenueOccupancy; level: 3 | 4 }) {
  const { t } = useI18n();
  const H = `h${level}` as const;
  const id = `in-${venue.venueId}`;
  const spaces = venue.spaces ?? [];
  const rows = spaces.map((s) => ({ key: s.spaceId ?? "", name: s.name ?? "", figures: s.totals, shared: s.bookingMode === "SHARED" }));
  return (
    <section aria-labelledby={`${id}-spaces`} className="insight-venue-report">
      <H id={`${id}-spaces`}>{t("insight.spaces", { name: venue.name ?? "" })}</H>
      {spaces.length === 0 ? (
        <p>{t("venue.noSpaces")}</p>
      ) : (
        <>
          <FiguresTable labelledBy={`${id}-spaces`} first={t("book.space")} testId="insight-spaces"
            rows={[...rows, { key: "total", name: t("insight.venueTotal"), figures: venue.totals, total: true }]} />
          <UtilisationChart title={t("insight.chartSpaces", { name: venue.name ?? "" })} rows={rows} />
        </>
      )}
      <Heatmap id={`${id}-heat`} venue={venue} level={level} />
    </section>
  );
}

interface Row {
  key: string;
  name: string;
  figures?: OccupancyFigures;
  shared?: boolean;
  total?: boolean;
}

function FiguresTable({ rows, first, labelledBy, testId }: { rows: Row[]; first: string; labelledBy: string; testId: string }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table figures-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">{t("insight.open")}</th>
            <th scope="col">{t("insight.booked")}</th>
            <th scope="col">{t("insight.blocked")}</th>
            <th scope="col">{t("insight.utilisation")}</th>
            <th scope="col">{t("insight.seatHours")}</th>
            <th scope="col">{t("insight.noShow")}</th>
            <th scope="col">{t("insight.members")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, figures: f = {}, total }) => (
            <tr key={key} className={total ? "total-row" : undefined}>
              <th scope="row">{name}</th>
              <td>{amount(locale, f.openHours)} h</td>
              <td>{amount(locale, f.bookedHours)} h</td>
              <td>{amount(locale, f.blockedHours)} h</td>
              <td data-testid="utilisation">{percent(locale, f.utilisation)}</td>
              <td>{f.bookedSeatHours == null ? "—" : t("insight.seatHoursOf", { booked: amount(locale, f.bookedSeatHours), offered: amount(locale, f.offeredSeatHours) })}</td>
              <td>{f.noShowRate == null ? "—" : t("insight.noShowOf", { rate: percent(locale, f.noShowRate), n: f.noShows ?? 0, of: f.startedBookings ?? 0 })}</td>
              <td>{f.distinctMembers ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Horizontal bars, each with its name and percentage written out; the table above holds the same figures. */
function UtilisationChart({ title, rows }: { title: string; rows: Row[] }) {
  const { t, locale } = useI18n();
  return (
    <figure className="bar-chart" data-testid="utilisation-chart">
      <figcaption>
        {title} <span className="hint">{t("insight.chartAlt")}</span>
      </figcaption>
      <ul aria-hidden="true">
        {rows.map((r) => {
          const u = r.figures?.utilisation;
          return (
            <li key={r.key}>
              <span className="bar-label">{r.name}</span>
              <span className="bar-track">
                <span className="bar" style={{ width: `${Math.min(100, Math.max(0, (u ?? 0) * 100))}%` }} />
              </span>
              <span className="bar-value">{percent(locale, u)}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

function Heatmap({ id, venue, level }: { id: string; venue: VenueOccupancy; level: 3 | 4 }) {
  const { t, locale } = useI18n();
  const H = `h${level}` as const;
  const grid = heatmapGrid(venue.heatmap);
  const runs = regularlyFree(venue.heatmap);
  const threshold = percent(locale, REGULARLY_FREE_BELOW);
  return (
    <>
      <H id={`${id}-title`}>{t("insight.heatmap", { name: venue.name ?? "" })}</H>
      <p className="hint">
        {t("insight.heatLegend")}{" "}
        {[0, 1, 2, 3, 4].map((l) => <span key={l} className={`heat-sample heat-${l}`}>{t(`insight.heat.${l}` as "insight.heat.0")}</span>)}
      </p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table className="heatmap" data-testid="heatmap">
          <caption>{t("insight.heatCaption", { threshold })}</caption>
          <thead>
            <tr>
              <td />
              {grid[0]!.map((_, h) => <th key={h} scope="col"><span aria-hidden="true">{h}</span><span className="visually-hidden">{hourLabel(locale, h)}</span></th>)}
            </tr>
          </thead>
          <tbody>
            {grid.map((hours, d) => (
              <tr key={d}>
                <th scope="row">{weekdayName(locale, WEEK[d]!)}</th>
                {hours.map((u, h) => {
                  const l = heatLevel(u);
                  return (
                    <td key={h} className={l == null ? "heat-closed" : `heat-${l}`}>
                      {u == null ? <><span aria-hidden="true">·</span><span className="visually-hidden">{t("insight.closed")}</span></> : percent(locale, u)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RegularlyFree runs={runs} threshold={threshold} locale={locale} />
    </>
  );
}

function hourLabel(locale: Locale, h: number): string {
  return `${clock(locale, `${String(h).padStart(2, "0")}:00`)} – ${clock(locale, `${String((h + 1) % 24).padStart(2, "0")}:00`)}`;
}

function RegularlyFree({ runs, threshold, locale }: { runs: ReturnType<typeof regularlyFree>; threshold: string; locale: Locale }): ReactNode {
  const { t } = useI18n();
  return (
    <div className="regularly-free" data-testid="regularly-free">
      <p><strong>{t("insight.regularlyFree", { threshold })}</strong></p>
      {runs.length === 0 ? (
        <p>{t("insight.noRegularlyFree")}</p>
      ) : (
        <ul className="plain-list">
          {runs.map((r) => (
            <li key={`${r.weekday}-${r.from}`}>
              {weekdayName(locale, WEEK[r.weekday]!)}, {clock(locale, `${String(r.from).padStart(2, "0")}:00`)} – {r.to === 24 ? clock(locale, "24:00") : clock(locale, `${String(r.to).padStart(2, "0")}:00`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
