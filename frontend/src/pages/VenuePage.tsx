import { getVenue } from "../api/client";
import type { Venue } from "../api/types";
import { ErrorBox, Loading, PageTitle } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import { amenityLabel, formatAddress, formatConnectivity, kindLabel } from "../lib/format";
import { Link, paths } from "../router";
import { useApi } from "../useApi";
import { useAuth } from "../auth";
import { VenueHours, VenueSpaces } from "../components/VenueSchedule";
import { VenueAgreements } from "../components/VenueAgreements";
import { venueZone, zoneCity, zoneToShow } from "../lib/time";

// The venue: practical facts, opening hours in words, upcoming closures, its spaces; a
// "manage" link for its managers and network admins.
export function VenuePage({ id }: { id: string }) {
  const { t } = useI18n();
  const result = useApi(id, (signal) =>
    getVenue(id, signal),
  );
  const back = (
    <p>
      <Link href={paths.venues()}>← {t("common.back")}</Link>
    </p>
  );

  // One h1 for every state, so the focus it takes after navigation survives the load.
  const title =
    result.state === "ok"
      ? result.data.name
      : result.state === "loading"
        ? t("common.loading")
        : result.error.status === 404
          ? t("venue.notFound")
          : t("error.prefix");
  return (
    <>
      {result.state === "ok" && back}
      <PageTitle title={title}>{title}</PageTitle>
      {result.state === "loading" && <Loading />}
      {result.state === "error" && (
        <>
          <ErrorBox error={result.error} onRetry={result.error.status === 404 ? undefined : result.reload} />
          {back}
        </>
      )}
      {result.state === "ok" && <VenueDetails venue={result.data} />}
    </>
  );
}

/** Whether the signed-in member may run this venue's console. */
export function canManage(member: { roles?: string[]; managedVenueIds?: string[] } | null, venueId: string): boolean {
  if (!member) return false;
  return (member.roles ?? []).includes("network-admin") || (member.managedVenueIds ?? []).includes(venueId);
}

function VenueDetails({ venue }: { venue: Venue }) {
  const { t, locale } = useI18n();
  const { member } = useAuth();
  const address = formatAddress(venue);
  const connectivity = formatConnectivity(t, locale, venue.connectivity);
  const amenities = venue.amenities ?? [];
  const none = <span className="muted">{t("common.none")}</span>;
  const zone = venueZone(venue.timezone);
  const otherZone = zoneToShow(zone);
  return (
    <article className="venue-page" aria-labelledby="page-title">
      <p className="venue-meta">
        <span className="kind-badge">{kindLabel(t, venue.kind)}</span> · {venue.commune}
      </p>
      {canManage(member, venue.id ?? "") && (
        <p>
          <Link href={paths.console(venue.id ?? "")}>{t("venue.manage")}</Link>
        </p>
      )}
      {venue.description && (
        <section aria-labelledby="about">
          <h2 id="about">{t("venue.description")}</h2>
          <p className="prewrap">{venue.description}</p>
        </section>
      )}
      <section aria-labelledby="practical">
        <h2 id="practical" className="visually-hidden">
          {t("venue.address")}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t("venue.kind")}</dt>
            <dd>{kindLabel(t, venue.kind)}</dd>
          </div>
          <div>
            <dt>{t("venue.address")}</dt>
            <dd>{address || none}</dd>
          </div>
          {otherZone && (
            <div>
              <dt>{t("venue.timezone")}</dt>
              <dd data-testid="venue-zone">{t("time.zoneFull", { city: zoneCity(otherZone), zone: otherZone })}</dd>
            </div>
          )}
          <div>
            <dt>{t("venues.connectivity")}</dt>
            <dd>{connectivity ?? none}</dd>
          </div>
          <div>
            <dt>{t("venues.amenities")}</dt>
            <dd>
              {amenities.length ? (
                <ul className="tags">
                  {amenities.map((a) => (
                    <li key={a}>{amenityLabel(t, a)}</li>
                  ))}
                </ul>
              ) : (
                none
              )}
            </dd>
          </div>
        </dl>
      </section>
      <VenueHours venueId={venue.id ?? ""} />
      <VenueSpaces venueId={venue.id ?? ""} commune={venue.commune} zone={zone} />
      <section aria-labelledby="access">
        <h2 id="access">{t("venue.accessRules")}</h2>
        {venue.accessRules ? <p className="prewrap">{venue.accessRules}</p> : <p>{none}</p>}
      </section>
      <VenueAgreements venueId={venue.id ?? ""} />
      <section aria-labelledby="contact">
        <h2 id="contact">{t("venue.contact")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("venue.email")}</dt>
            <dd>{venue.contactEmail ? <a href={`mailto:${venue.contactEmail}`}>{venue.contactEmail}</a> : none}</dd>
          </div>
          <div>
            <dt>{t("venue.phone")}</dt>
            <dd>{venue.phone ? <a href={`tel:${venue.phone.replace(/\s+/g, "")}`}>{venue.phone}</a> : none}</dd>
          </div>
          <div>
            <dt>{t("venue.website")}</dt>
            <dd>
              {venue.website && /^https?:\/\//.test(venue.website) ? (
                <a href={venue.website} rel="noopener noreferrer external">
                  {venue.website}
                </a>
              ) : (
                none
              )}
            </dd>
          </div>
        </dl>
      </section>
    </article>
  );
}
