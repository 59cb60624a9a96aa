import { useEffect } from "react";
import { api, call, getVenue } from "../api/client";
import type { AvailabilityResult, FreeSlot } from "../api/types";
import { ErrorBox, Loading } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import { embedQuery, parseEmbed, splitByDay, type EmbedQuery } from "../lib/embed";
import { localParts, timeRange, venueZone } from "../lib/time";
import { paths, useLocation } from "../router";
import { useApi } from "../useApi";

// The embeddable view (/embed?commune=… | venue=<id> | near=lat,lon): today's and tomorrow's
// free places, compact for an iframe, no header; every link opens the full app (target _top).
export function EmbedPage() {
  const { t, locale, setLocale } = useI18n();
  const { search } = useLocation();
  const { target, lang } = parseEmbed(search);
  useEffect(() => {
    if (lang && lang !== locale) setLocale(lang);
  }, [lang, locale, setLocale]);
  const venue = useApi(`embed-venue:${target.kind === "venue" ? target.venueId : ""}`, (signal) =>
    target.kind === "venue"
      ? getVenue(target.venueId, signal)
      : Promise.resolve({ ok: true as const, data: null }),
  );
  let query: EmbedQuery | null = null;
  let place = "";
  if (target.kind === "commune") {
    query = embedQuery(target);
    place = target.commune;
  } else if (target.kind === "near") query = embedQuery(target);
  else if (target.kind === "venue" && venue.state === "ok" && venue.data) {
    query = embedQuery({ kind: "venue", lat: venue.data.latitude, lon: venue.data.longitude });
    place = venue.data.name;
  }
  const title = target.kind === "near" ? t("embed.titleNear") : t("embed.title", { place: place || "…" });
  useEffect(() => {
    document.title = `${title} · ${t("app.name")}`;
  }, [title, t]);

  return (
    <main id="main" className="embed">
      <h1>{title}</h1>
      {target.kind === "invalid" ? (
        <p>{t("embed.invalid")}</p>
      ) : venue.state === "error" ? (
        <ErrorBox error={venue.error} />
      ) : query ? (
        <EmbedResults query={query} />
      ) : (
        <Loading />
      )}
      <p className="embed-footer">
        <a href={query?.commune ? paths.search(`?commune=${encodeURIComponent(query.commune)}`) : paths.search()} target="_top">
          {t("embed.more")}
        </a>
      </p>
    </main>
  );
}

function EmbedResults({ query }: { query: EmbedQuery }) {
  const { t } = useI18n();
  const key = JSON.stringify(query);
  const results = useApi(`embed:${key}`, (signal) => call(() => api.GET("/api/v1/availability", { params: { query }, signal })));
  if (results.state === "loading") return <Loading />;
  if (results.state === "error") return <ErrorBox error={results.error} onRetry={results.reload} />;
  const list = (results.data.results ?? []).filter((r) => (r.slots ?? []).length > 0);
  if (list.length === 0) return <p data-testid="embed-empty">{t("embed.none")}</p>;
  return (
    <ul className="embed-list" data-testid="embed-results">
      {list.map((r) => (
        <li key={r.space?.id}>
          <EmbedResult result={r} day={query.from} />
        </li>
      ))}
    </ul>
  );
}

function EmbedResult({ result, day }: { result: AvailabilityResult; day: string }) {
  const { t, locale } = useI18n();
  const zone = venueZone(result.venue?.timezone);
  const split = splitByDay(result.slots ?? [], day, (iso) => localParts(iso, zone).date);
  const spaceName = result.space?.name ?? "";
  const venueName = result.venue?.name ?? "";
  const slotLinks = (slots: FreeSlot[], dayLabel: string) =>
    slots.length === 0 ? (
      <span className="muted">{t("embed.noneDay")}</span>
    ) : (
      <ul className="embed-slots">
        {slots.slice(0, 4).map((s) => {
          const range = timeRange(locale, s.start ?? "", s.end ?? "", zone);
          return (
            <li key={s.start}>
              <a
                href={paths.book({ space: result.space?.id ?? "", start: s.start ?? "", end: s.end ?? "" })}
                target="_top"
                aria-label={t("embed.bookAria", { range, day: dayLabel, space: spaceName, venue: venueName })}
              >
                {range}
              </a>
            </li>
          );
        })}
      </ul>
    );
  return (
    <article className="embed-card">
      <h2>
        <a href={paths.venue(result.venue?.id ?? "")} target="_top">
          {spaceName} — {venueName}
        </a>
      </h2>
      <p className="muted">
        {result.venue?.commune}
        {result.venue?.distanceKm != null && <> · {new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 }).format(result.venue.distanceKm)} km</>}
      </p>
      <dl className="embed-days">
        <div>
          <dt>{t("embed.today")}</dt>
          <dd>{slotLinks(split.today, t("embed.today"))}</dd>
        </div>
        <div>
          <dt>{t("embed.tomorrow")}</dt>
          <dd>{slotLinks(split.tomorrow, t("embed.tomorrow"))}</dd>
        </div>
      </dl>
    </article>
  );
}
