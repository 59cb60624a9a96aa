import { useEffect } from "react";
import { api, call } from "../api/client";
import type { MessageKey } from "../i18n/messages";
import { useAuth } from "../auth";
import { ErrorBox, Loading, PageTitle } from "../components/ui";
import { MyBookings } from "../components/MyBookings";
import { CalendarFeed } from "../components/CalendarFeed";
import { useI18n } from "../i18n/I18nProvider";
import { formatDate } from "../lib/format";
import { Link, paths } from "../router";
import { useApi } from "../useApi";
import { useNames } from "../spaceInfo";

// "My space": the member's bookings (upcoming / past, cancel), then the account and managed venues.
export function MePage() {
  const { t } = useI18n();
  const { token } = useAuth();
  return (
    <>
      <PageTitle title={t("me.title")}>{t("me.title")}</PageTitle>
      {token ? (
        <>
          <MyBookings token={token} />
          <CalendarFeed token={token} />
          <h2>{t("me.account")}</h2>
          <MeDetails token={token} />
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
  const { t, locale } = useI18n();
  const { signOut } = useAuth();
  const me = useApi(`me:${token}`, (signal) => call(() => api.GET("/api/v1/me", { signal })));
  const refused = me.state === "error" && me.error.status === 401;
  const names = useNames([], me.state === "ok" ? (me.data.managedVenueIds ?? []) : []);
  useEffect(() => {
    if (refused) signOut(); // expired or revoked token: back to signed-out
  }, [refused, signOut]);
  if (me.state === "loading") return <Loading />;
  if (me.state === "error") return <ErrorBox error={me.error} onRetry={me.reload} />;
  const m = me.data;
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
