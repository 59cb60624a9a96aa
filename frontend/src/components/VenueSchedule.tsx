import { VenueWeek } from "./WeekView";
import { api, call } from "../api/client";
import type { Closure, Space } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { capitalize, formatOpeningHours } from "../lib/hours";
import { formatPrice } from "../lib/price";
import { longDate } from "../lib/time";
import type { Locale } from "../i18n/i18n";
import { Link, paths } from "../router";
import { useApi } from "../useApi";
import { ErrorBox, Loading } from "./ui";

/** "du 24 décembre 2026 au 2 janvier 2027" or one day. */
export function closureText(locale: Locale, c: Closure): string {
  if (c.from === c.to) return longDate(locale, c.from);
  return locale === "fr" ? `du ${longDate(locale, c.from)} au ${longDate(locale, c.to)}` : `${longDate(locale, c.from)} to ${longDate(locale, c.to)}`;
}

export function VenueHours({ venueId }: { venueId: string }) {
  const { t, locale } = useI18n();
  const hours = useApi(`hours:${venueId}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}/opening-hours", { params: { path: { venueId } }, signal })),
  );
  const closures = useApi(`closures:${venueId}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}/closures", { params: { path: { venueId } }, signal })),
  );
  return (
    <section aria-labelledby="hours-title">
      <h2 id="hours-title">{t("venue.hours")}</h2>
      {hours.state === "loading" && <Loading />}
      {hours.state === "error" && <ErrorBox error={hours.error} onRetry={hours.reload} />}
      {hours.state === "ok" && (
        <p data-testid="opening-hours">{capitalize(formatOpeningHours(locale, hours.data.weekly ?? [], hours.data.publicHolidays))}.</p>
      )}
      <h3>{t("venue.closures")}</h3>
      {closures.state === "ok" &&
        (closures.data.length === 0 ? (
          <p>{t("venue.noClosures")}</p>
        ) : (
          <ul data-testid="closures">
            {closures.data.map((c) => (
              <li key={c.id}>
                {capitalize(closureText(locale, c))}
                {c.reason && <> — {c.reason}</>}
              </li>
            ))}
          </ul>
        ))}
      {closures.state === "error" && <ErrorBox error={closures.error} onRetry={closures.reload} />}
    </section>
  );
}

export function VenueSpaces({ venueId, commune, zone }: { venueId: string; commune: string; zone: string }) {
  const { t, locale } = useI18n();
  const spaces = useApi(`spaces:${venueId}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}/spaces", { params: { path: { venueId } }, signal })),
  );
  return (
    <section aria-labelledby="spaces-title">
      <h2 id="spaces-title">{t("venue.spaces")}</h2>
      {spaces.state === "loading" && <Loading />}
      {spaces.state === "error" && <ErrorBox error={spaces.error} onRetry={spaces.reload} />}
      {spaces.state === "ok" &&
        (spaces.data.filter((s) => s.active).length === 0 ? (
          <p>{t("venue.noSpaces")}</p>
        ) : (
          <>
            <ul className="space-list">
              {spaces.data.filter((s) => s.active).map((s) => (
                <li key={s.id}>
                  <SpaceSummary space={s} locale={locale} />
                </li>
              ))}
            </ul>
            <p>
              <Link href={paths.search(`?commune=${encodeURIComponent(commune)}`)}>{t("venue.seeSlots")}</Link>
            </p>
            <VenueWeek spaces={spaces.data.filter((s) => s.active)} zone={zone} />
          </>
        ))}
    </section>
  );
}

function SpaceSummary({ space, locale }: { space: Space; locale: Locale }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{space.name}</h3>
      <p className="space-meta">
        {t(`spaceKind.${space.kind}`)} · {t(space.bookingMode === "SHARED" ? "space.sharedSeats" : "space.exclusive", { n: space.capacity })} ·{" "}
        {formatPrice(t, locale, space.hourlyRate)}
        {space.rules?.requiresApproval && <> · {t("space.approval")}</>}
      </p>
      {(space.equipment ?? []).length > 0 && <p>{(space.equipment ?? []).map((e) => t(`equipment.${e}`)).join(", ")}</p>}
      {space.description && <p className="prewrap">{space.description}</p>}
    </>
  );
}
