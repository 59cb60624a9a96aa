import { useEffect, useState } from "react";
import { api, call } from "../api/client";
import type { Member } from "../api/types";
import type { MessageKey } from "../i18n/messages";
import { useAuth } from "../auth";
import { ErrorBox, Loading, PageTitle } from "../components/ui";
import { MyBookings } from "../components/MyBookings";
import { MyEvents } from "../components/MyEvents";
import { CalendarFeed } from "../components/CalendarFeed";
import { MyAgreements } from "../components/MyAgreements";
import { DeleteAccount, ExportData } from "../components/MyData";
import { ProfileForm } from "../components/ProfileForm";
import { useI18n } from "../i18n/I18nProvider";
import { formatDate } from "../lib/format";
import { Link, paths } from "../router";
import { useApi } from "../useApi";
import { useNames } from "../spaceInfo";

/** My space's sections, in page order, by the id of their heading. */
const SECTIONS = [
  ["my-bookings-title", "me.bookings"],
  ["my-events-title", "myEvents.title"],
  ["feed-title", "feed.title"],
  ["agreements-title", "myAgreements.title"],
  ["profile-title", "profile.title"],
  ["account-title", "me.account"],
  ["export-title", "data.exportTitle"],
  ["delete-title", "data.deleteTitle"],
] as const;

// "My space": one page of sections with headings, and a table of contents of in-page links at
// the top, so a phone reaches any section in one tap and the back button returns.
export function MePage() {
  const { t } = useI18n();
  const { token } = useAuth();
  return (
    <>
      <PageTitle title={t("me.title")}>{t("me.title")}</PageTitle>
      {token ? (
        <>
          <nav aria-labelledby="me-toc-title" className="toc">
            <h2 id="me-toc-title" className="toc-title">{t("me.toc")}</h2>
            <ul>
              {SECTIONS.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <MyBookings token={token} />
          <MyEvents token={token} />
          <CalendarFeed token={token} />
          <MyAgreements token={token} />
          <MeDetails token={token} />
          <ExportData />
          <DeleteAccount />
        </>
      ) : (
        <p>
          {t("me.needSignIn")} <Link href={paths.signIn(paths.me())}>{t("nav.signIn")}</Link>
        </p>
      )}
    </>
  );
}

function MeDetails({ token }: { token: string }) {
  const { t } = useI18n();
  const { signOut } = useAuth();
  const me = useApi(`me:${token}`, (signal) => call(() => api.GET("/api/v1/me", { signal })));
  const refused = me.state === "error" && me.error.status === 401;
  const [saved, setSaved] = useState<Member | null>(null);
  useEffect(() => {
    if (refused) signOut(); // expired or revoked token: back to signed-out
  }, [refused, signOut]);
  const state = me.state === "loading" ? <Loading /> : me.state === "error" ? <ErrorBox error={me.error} onRetry={me.reload} /> : null;
  return (
    <>
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t("profile.title")}</h2>
        {me.state === "ok" ? <ProfileForm member={me.data} onSaved={setSaved} /> : state}
      </section>
      <section aria-labelledby="account-title">
        <h2 id="account-title">{t("me.account")}</h2>
        {me.state === "ok" ? <AccountFacts member={saved ?? me.data} /> : state}
      </section>
    </>
  );
}

/** Who the member is for the service: id (for a network-admin to appoint), roles, managed venues. */
function AccountFacts({ member: m }: { member: Member }) {
  const { t, locale } = useI18n();
  const names = useNames([], m.managedVenueIds ?? []);
  const roleLabel = (r: string) => {
    const key = `role.${r}`;
    const label = t(key as MessageKey);
    return label === key ? r : label; // unknown role: show it as the API names it
  };
  return (
    <dl className="facts" data-testid="me">
      <div>
        <dt>{t("me.displayName")}</dt>
        <dd>{m.displayName}</dd>
      </div>
      <div>
        <dt>{t("me.email")}</dt>
        <dd>{m.email}</dd>
      </div>
      <div>
        <dt>{t("me.memberId")}</dt>
        <dd>
          <code data-testid="member-id">{m.id}</code>
        </dd>
      </div>
      <div>
        <dt>{t("me.roles")}</dt>
        <dd>
          {(m.roles ?? []).map(roleLabel).join(", ")}
          {(m.roles ?? []).includes("network-admin") && (
            <>
              {" "}
              · <Link href={paths.network()}>{t("network.link")}</Link>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t("me.managedVenues")}</dt>
        <dd>
          {(m.managedVenueIds ?? []).length ? (
            <ul>
              {(m.managedVenueIds ?? []).map((id) => (
                <li key={id}>
                  <Link href={paths.console(id)}>{t("me.manage", { name: names.venue(id) ?? id })}</Link>
                </li>
              ))}
            </ul>
          ) : (
            t("me.noVenues")
          )}
        </dd>
      </div>
      {m.createdAt && (
        <div>
          <dt>{t("me.memberSince")}</dt>
          <dd>{formatDate(locale, m.createdAt)}</dd>
        </div>
      )}
    </dl>
  );
}
