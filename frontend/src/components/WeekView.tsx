import { useState } from "react";
import { api, call } from "../api/client";
import type { Space } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/i18n";
import { addDays, clock, today, zoneToShow } from "../lib/time";
import { minutesToTime, mondayOf, weekGrid, type CellState } from "../lib/week";
import { Link, paths } from "../router";
import { useApi } from "../useApi";
import { ErrorBox, Loading, ZoneNote } from "./ui";

export const MARK: Record<CellState, string> = { free: "✓", partial: "◐", busy: "✗" };
export const LABEL = { free: "week.free", partial: "week.partial", busy: "week.busy" } as const;

export function shortDay(locale: Locale, date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { weekday: "short", day: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}
function shortDate(locale: Locale, date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

// The venue page's week view: one week (Monday–Sunday, previous / next), and for each active
// space a table days × hours where every cell says Free / Partly free / Busy in text and with a
// symbol and a pattern (never colour alone), then the same as a list of free ranges per day.
export function VenueWeek({ spaces, zone }: { spaces: Space[]; zone: string }) {
  const { t, locale } = useI18n();
  const thisMonday = mondayOf(today(Date.now(), zone));
  const [monday, setMonday] = useState(thisMonday);
  const sunday = addDays(monday, 6);
  const range = t("week.range", { from: shortDate(locale, monday), to: shortDate(locale, sunday) });
  return (
    <section aria-labelledby="week-title" className="venue-week" data-testid="venue-week">
      <h2 id="week-title">{t("week.title")}</h2>
      <div className="week-nav">
        <button type="button" className="secondary" onClick={() => setMonday(addDays(monday, -7))} disabled={monday <= thisMonday}>
          ← {t("week.prev")}
        </button>
        <p className="week-range" aria-live="polite">
          <strong>{range}</strong>
        </p>
        <button type="button" className="secondary" onClick={() => setMonday(addDays(monday, 7))}>
          {t("week.next")} →
        </button>
        {monday !== thisMonday && (
          <button type="button" className="link-button" onClick={() => setMonday(thisMonday)}>
            {t("week.thisWeek")}
          </button>
        )}
      </div>
      <p className="hint">
        <span className="cell-sample cell-free" aria-hidden="true">{MARK.free}</span> {t("week.free")} ·{" "}
        <span className="cell-sample cell-partial" aria-hidden="true">{MARK.partial}</span> {t("week.partial")} ·{" "}
        <span className="cell-sample cell-busy" aria-hidden="true">{MARK.busy}</span> {t("week.busy")}. {t("week.legend")}
        {zoneToShow(zone) && <> {t("week.zone")}<ZoneNote zone={zone} />.</>}
      </p>
      {spaces.map((s) => (
        <SpaceWeek key={s.id} space={s} monday={monday} zone={zone} />
      ))}
    </section>
  );
}

function SpaceWeek({ space, monday, zone }: { space: Space; monday: string; zone: string }) {
  const { t, locale } = useI18n();
  const sunday = addDays(monday, 6);
  const id = space.id ?? "";
  const result = useApi(`week:${id}:${monday}`, (signal) =>
    call(() => api.GET("/api/v1/spaces/{spaceId}/availability", { params: { path: { spaceId: id }, query: { from: monday, to: sunday } }, signal })),
  );
  const caption = t("week.caption", { space: space.name, from: shortDate(locale, monday), to: shortDate(locale, sunday) });
  return (
    <div className="space-week" data-testid={`week-${id}`}>
      <h3>{space.name}</h3>
      {result.state === "loading" && <Loading />}
      {result.state === "error" && <ErrorBox error={result.error} onRetry={result.reload} />}
      {result.state === "ok" && <WeekTable space={space} caption={caption} slots={result.data.slots ?? []} monday={monday} zone={zone} />}
      <p>
        <Link href={paths.series({ space: id })}>{t("week.series", { space: space.name })}</Link>
      </p>
    </div>
  );
}

function WeekTable({ space, caption, slots, monday, zone }: { space: Space; caption: string; slots: { start?: string; end?: string }[]; monday: string; zone: string }) {
  const { t, locale } = useI18n();
  const grid = weekGrid(monday, slots, zone);
  return (
    <>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="week-grid">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("week.hour")}</th>
              {grid.days.map((d) => (
                <th scope="col" key={d}>
                  {shortDay(locale, d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.hours.map((h, hi) => (
              <tr key={h}>
                <th scope="row">{clock(locale, minutesToTime(h * 60))}</th>
                {grid.days.map((d, di) => {
                  const state = grid.cells[di]![hi]!;
                  return (
                    <td key={d} className={`cell-${state}`} data-state={state}>
                      <span aria-hidden="true">{MARK[state]}</span>
                      <span className="visually-hidden">{t(LABEL[state])}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="week-list">
        <summary>{t("week.list", { space: space.name ?? "" })}</summary>
        <ul>
          {grid.days.map((d, di) => (
            <li key={d}>
              <strong>{shortDay(locale, d)}</strong> :{" "}
              {grid.free[di]!.length === 0
                ? t("week.noneDay")
                : grid.free[di]!.map(([a, b]) => `${clock(locale, minutesToTime(a))} – ${clock(locale, minutesToTime(b))}`).join(", ")}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
