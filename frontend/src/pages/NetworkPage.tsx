import { useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import { toErrorView } from "../api/problem";
import type { components } from "../api/schema";
import type { Venue } from "../api/types";
import { useAuth } from "../auth";
import { CopyableValue } from "../components/CopyableValue";
import { ErrorBox, Loading, PageTitle } from "../components/ui";
import { VenueForm } from "../components/VenueForm";
import { OccupancySection } from "../components/OccupancySection";
import { useI18n } from "../i18n/I18nProvider";
import { saveBlob } from "../lib/download";
import { kindLabel } from "../lib/format";
import { Link, paths } from "../router";
import { useAction } from "../useAction";
import { useApi } from "../useApi";

// The network console (/console/network, network-admins): every venue with a link to its
// console, a form to create one, each venue's managers (remove, or appoint from the
// directory), and the member directory with its CSV export and account actions.
export function NetworkPage() {
  const { t } = useI18n();
  const { token, member } = useAuth();
  const title = t("network.title");
  const isAdmin = (member?.roles ?? []).includes("network-admin");
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {!token ? (
        <p>
          {t("me.needSignIn")} <Link href={paths.signIn(paths.network())}>{t("nav.signIn")}</Link>
        </p>
      ) : !member ? (
        <Loading />
      ) : !isAdmin ? (
        <p>{t("network.forbidden")}</p>
      ) : (
        <NetworkConsole />
      )}
    </>
  );
}

function NetworkConsole() {
  const { t } = useI18n();
  const venues = useApi("network-venues", (signal) => call(() => api.GET("/api/v1/venues", { params: { query: { size: 200 } }, signal })));
  const list = venues.state === "ok" ? (venues.data.items ?? []) : [];
  return (
    <>
      <section aria-labelledby="network-venues" className="console-section">
        <h2 id="network-venues">{t("network.venues")}</h2>
        {venues.state === "loading" && <Loading />}
        {venues.state === "error" && <ErrorBox error={venues.error} onRetry={venues.reload} />}
        {venues.state === "ok" && (
          <div className="table-scroll" role="region" aria-labelledby="network-venues" tabIndex={0}>
            <table className="data-table" data-testid="network-venues">
              <thead>
                <tr>
                  <th scope="col">{t("network.name")}</th>
                  <th scope="col">{t("network.commune")}</th>
                  <th scope="col">{t("network.kind")}</th>
                  <th scope="col">{t("network.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((v) => (
                  <tr key={v.id}>
                    <th scope="row">
                      <Link href={paths.venue(v.id ?? "")}>{v.name}</Link>
                    </th>
                    <td>{v.commune}</td>
                    <td>{kindLabel(t, v.kind)}</td>
                    <td>
                      <Link href={paths.console(v.id ?? "")}>
                        {t("venue.manage")}
                        <span className="visually-hidden"> : {v.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <OccupancySection id="network-occupancy" scope={{ venues: list.map((v) => ({ id: v.id ?? "", name: v.name })) }} />
      <CreateVenue onCreated={venues.reload} />
      <Managers venues={list.map((v) => ({ id: v.id ?? "", name: v.name }))} />
      <MemberDirectory />
    </>
  );
}

function CreateVenue({ onCreated }: { onCreated(): void }) {
  const { t } = useI18n();
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const send = async (body: Venue) => {
    setCreated(null);
    const res = await call(() => api.POST("/api/v1/venues", { body }));
    if (!res.ok) return toErrorView(t, res.status, res.body);
    setCreated({ id: res.data.id ?? "", name: res.data.name });
    onCreated();
    return null;
  };
  return (
    <section aria-labelledby="network-create" className="console-section">
      <h2 id="network-create">{t("network.create")}</h2>
      <VenueForm id="nv" labelledBy="network-create" submitLabel={t("network.createButton")} send={send} />
      <div role="status" className={created ? "success-box" : "visually-hidden"}>
        {created && (
          <>
            {t("network.created", { name: created.name })}{" "}
            <Link href={paths.console(created.id)}>{t("network.manage", { name: created.name })}</Link>
          </>
        )}
      </div>
    </section>
  );
}

type DirectoryEntry = components["schemas"]["DirectoryEntry"];
type MemberStatus = components["schemas"]["MemberStatus"];
const MEMBER_STATUSES: readonly MemberStatus[] = ["TELEWORKER", "FREELANCER", "ENTREPRENEUR", "STUDENT", "OTHER"];
const REASON_MAX = 500;

/** A venue's managers by name, each with "remove"; new ones are chosen from the directory. */
function Managers({ venues }: { venues: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const [venueId, setVenueId] = useState("");
  const chosen = venueId || venues[0]?.id || "";
  const venueName = venues.find((v) => v.id === chosen)?.name ?? "";
  const managers = useApi(`network-managers:${chosen}`, (signal) =>
    chosen
      ? call(() => api.GET("/api/v1/venues/{venueId}/managers", { params: { path: { venueId: chosen } }, signal }))
      : Promise.resolve({ ok: true as const, data: [] }),
  );
  const action = useAction();
  const change = async (method: "PUT" | "DELETE", member: { memberId?: string; displayName?: string }) => {
    const params = { path: { venueId: chosen, memberId: member.memberId ?? "" } };
    const done = await action.run(
      () => call(() => (method === "PUT" ? api.PUT("/api/v1/venues/{venueId}/managers/{memberId}", { params }) : api.DELETE("/api/v1/venues/{venueId}/managers/{memberId}", { params }))),
      t(method === "PUT" ? "network.appointed" : "network.removed", { name: member.displayName ?? "", venue: venueName }),
    );
    if (done) managers.reload();
  };
  const current = managers.state === "ok" ? managers.data : [];

  return (
    <section aria-labelledby="network-managers" className="console-section">
      <h2 id="network-managers">{t("network.managers")}</h2>
      <div className="field">
        <label htmlFor="mgr-venue">{t("network.venue")}</label>
        <select id="mgr-venue" value={chosen} onChange={(e) => setVenueId(e.target.value)}>
          {venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
        </select>
      </div>
      <h3 id="mgr-current">{t("network.managersOf", { venue: venueName })}</h3>
      {action.feedback}
      {managers.state === "loading" && <Loading />}
      {managers.state === "error" && <ErrorBox error={managers.error} onRetry={managers.reload} />}
      {managers.state === "ok" &&
        (current.length === 0 ? (
          <p>{t("network.noManagers")}</p>
        ) : (
          <ul className="plain-list" data-testid="venue-managers" aria-labelledby="mgr-current">
            {current.map((m) => (
              <li key={m.memberId}>
                {m.displayName} — {m.email}{" "}
                <button type="button" className="secondary small" disabled={action.busy} onClick={() => void change("DELETE", m)}
                  aria-label={t("network.removeAria", { name: m.displayName ?? "", venue: venueName })}>
                  {t("network.remove")}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <h3 id="mgr-appoint">{t("network.appointTitle")}</h3>
      <p>{t("network.appointIntro")}</p>
      <DirectoryPicker
        busy={action.busy || !chosen}
        isManager={(id) => current.some((m) => m.memberId === id)}
        actionLabel={(e) => t("network.appointAria", { name: e.displayName ?? "", venue: venueName })}
        onPick={(e) => void change("PUT", e)}
      />
    </section>
  );
}

/** Searches the directory by words and lists the first matches, each with one button. */
function DirectoryPicker({ busy, isManager, actionLabel, onPick }: {
  busy: boolean; isManager(memberId?: string): boolean; actionLabel(e: DirectoryEntry): string; onPick(e: DirectoryEntry): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState("");
  const [q, setQ] = useState("");
  const found = useApi(`network-picker:${q}`, (signal) =>
    q ? call(() => api.GET("/api/v1/directory", { params: { query: { q, size: 10 } }, signal })) : Promise.resolve({ ok: true as const, data: null }),
  );
  const items = found.state === "ok" ? (found.data?.items ?? []) : [];
  return (
    <>
      <form className="inline-form" role="search" aria-labelledby="mgr-appoint" onSubmit={(e) => { e.preventDefault(); setQ(draft.trim()); }}>
        <div className="field">
          <label htmlFor="mgr-q">{t("network.pickerLabel")}</label>
          <input id="mgr-q" value={draft} maxLength={200} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <button type="submit">{t("network.pickerSearch")}</button>
      </form>
      {found.state === "loading" && <Loading />}
      {found.state === "error" && <ErrorBox error={found.error} onRetry={found.reload} />}
      {q && found.state === "ok" && (items.length === 0 ? (
        <p role="status">{t("network.pickerNone")}</p>
      ) : (
        <ul className="plain-list" data-testid="manager-picker">
          {items.map((e) => (
            <li key={e.memberId}>
              {e.displayName} — {e.email}{e.commune && <> ({e.commune})</>}{" "}
              {isManager(e.memberId) ? (
                <span className="muted">{t("network.alreadyManager")}</span>
              ) : (
                <button type="button" className="small" disabled={busy} onClick={() => onPick(e)} aria-label={actionLabel(e)}>{t("network.appoint")}</button>
              )}
            </li>
          ))}
        </ul>
      ))}
    </>
  );
}

interface DirectoryQuery {
  q: string;
  commune: string;
  status: MemberStatus | "";
  page: number;
}
const PAGE_SIZE = 20;

/** The member directory with filters, paging and the CSV export; a network-admin's account actions per member. */
function MemberDirectory() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<DirectoryQuery>({ q: "", commune: "", status: "", page: 0 });
  const [query, setQuery] = useState<DirectoryQuery>(draft);
  const params = {
    ...(query.q.trim() ? { q: query.q.trim() } : {}),
    ...(query.commune.trim() ? { commune: query.commune.trim() } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
  const list = useApi(`network-directory:${JSON.stringify(query)}`, (signal) =>
    call(() => api.GET("/api/v1/directory", { params: { query: { ...params, page: query.page, size: PAGE_SIZE } }, signal })),
  );
  const exporter = useAction();
  const accounts = useAction();
  const [disabled, setDisabled] = useState<DirectoryEntry[]>([]);
  const [password, setPassword] = useState<{ name: string; value: string } | null>(null);
  const total = list.state === "ok" ? (list.data.total ?? 0) : 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const exportCsv = async () => {
    const done = await exporter.run(() => call(() => api.GET("/api/v1/directory.csv", { params: { query: params }, parseAs: "blob" })), t("directory.exported"));
    if (!done) return;
    saveBlob(done.data as Blob, "annuaire-coopconnect.csv");
  };
  const disable = async (e: DirectoryEntry, reason: string) => {
    const done = await accounts.run(
      () => call(() => api.POST("/api/v1/members/{memberId}/disable", { params: { path: { memberId: e.memberId ?? "" } }, body: { reason } })),
      t("directory.disabled", { name: e.displayName ?? "" }),
    );
    if (done) {
      setDisabled((d) => [...d, e]);
      list.reload();
    }
  };
  const enable = async (e: DirectoryEntry) => {
    const done = await accounts.run(
      () => call(() => api.POST("/api/v1/members/{memberId}/enable", { params: { path: { memberId: e.memberId ?? "" } } })),
      t("directory.enabled", { name: e.displayName ?? "" }),
    );
    if (done) {
      setDisabled((d) => d.filter((x) => x.memberId !== e.memberId));
      list.reload();
    }
  };
  const resetPassword = async (e: DirectoryEntry) => {
    setPassword(null);
    const done = await accounts.run(
      () => call(() => api.POST("/api/v1/members/{memberId}/reset-password", { params: { path: { memberId: e.memberId ?? "" } } })),
      t("directory.passwordReset", { name: e.displayName ?? "" }),
    );
    if (done) setPassword({ name: e.displayName ?? "", value: done.data.temporaryPassword ?? "" });
  };
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ ...draft, page: 0 });
  };

  return (
    <section aria-labelledby="network-directory" className="console-section">
      <h2 id="network-directory">{t("directory.title")}</h2>
      <p>{t("directory.intro")}</p>
      <form className="inline-form" role="search" aria-labelledby="network-directory" onSubmit={search}>
        <div className="field">
          <label htmlFor="dir-q">{t("directory.q")}</label>
          <input id="dir-q" value={draft.q} maxLength={200} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="dir-commune">{t("directory.commune")}</label>
          <input id="dir-commune" value={draft.commune} maxLength={120} onChange={(e) => setDraft({ ...draft, commune: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="dir-status">{t("directory.status")}</label>
          <select id="dir-status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as MemberStatus | "" })}>
            <option value="">{t("directory.statusAll")}</option>
            {MEMBER_STATUSES.map((s) => <option key={s} value={s}>{t(`memberStatus.${s}`)}</option>)}
          </select>
        </div>
        <button type="submit">{t("directory.search")}</button>
      </form>
      <p className="actions">
        <button type="button" className="secondary" disabled={exporter.busy} onClick={() => void exportCsv()}>{t("directory.export")}</button>
      </p>
      {exporter.feedback}
      {accounts.feedback}
      {password && (
        <div className="confirm-box" data-testid="temporary-password">
          <p><strong>{t("directory.passwordFor", { name: password.name })}</strong> {t("directory.passwordOnce")}</p>
          <CopyableValue id="temporary-password" label={t("directory.passwordLabel")} value={password.value} />
        </div>
      )}
      {list.state === "loading" && <Loading />}
      {list.state === "error" && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.state === "ok" && (
        <>
          <p>{t("directory.count", { total })}</p>
          {total > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="network-directory" tabIndex={0}>
              <table className="data-table" data-testid="directory">
                <thead>
                  <tr>
                    <th scope="col">{t("network.name")}</th>
                    <th scope="col">{t("directory.email")}</th>
                    <th scope="col">{t("directory.phone")}</th>
                    <th scope="col">{t("network.commune")}</th>
                    <th scope="col">{t("directory.activity")}</th>
                    <th scope="col">{t("directory.status")}</th>
                    <th scope="col">{t("network.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {(list.data.items ?? []).map((e) => (
                    <tr key={e.memberId}>
                      <th scope="row">{e.displayName}</th>
                      <td>{e.email}</td>
                      <td>{e.phone}</td>
                      <td>{e.commune}</td>
                      <td>{e.activity}</td>
                      <td>{e.status && t(`memberStatus.${e.status}`)}</td>
                      <td><AccountActions entry={e} busy={accounts.busy} onDisable={disable} onResetPassword={resetPassword} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 && (
            <nav aria-label={t("venues.pager")} className="actions">
              <button type="button" className="secondary" disabled={query.page === 0} onClick={() => setQuery({ ...query, page: query.page - 1 })}>{t("venues.prev")}</button>
              <span>{t("venues.pageOf", { page: query.page + 1, pages })}</span>
              <button type="button" className="secondary" disabled={query.page + 1 >= pages} onClick={() => setQuery({ ...query, page: query.page + 1 })}>{t("venues.next")}</button>
            </nav>
          )}
        </>
      )}
      {disabled.length > 0 && (
        <>
          <h3 id="dir-disabled">{t("directory.disabledTitle")}</h3>
          <ul className="plain-list" aria-labelledby="dir-disabled" data-testid="disabled-members">
            {disabled.map((e) => (
              <li key={e.memberId}>
                {e.displayName} — {e.email}{" "}
                <button type="button" className="secondary small" disabled={accounts.busy} onClick={() => void enable(e)}
                  aria-label={t("directory.enableAria", { name: e.displayName ?? "" })}>{t("directory.enable")}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AccountActions({ entry: e, busy, onDisable, onResetPassword }: {
  entry: DirectoryEntry; busy: boolean; onDisable(e: DirectoryEntry, reason: string): void; onResetPassword(e: DirectoryEntry): void;
}) {
  const { t } = useI18n();
  const [disabling, setDisabling] = useState(false);
  const [reason, setReason] = useState("");
  const name = e.displayName ?? "";
  const rid = `disable-${e.memberId}`;
  return (
    <div className="actions">
      <button type="button" className="secondary small" disabled={busy} onClick={() => onResetPassword(e)} aria-label={t("directory.resetAria", { name })}>
        {t("directory.reset")}
      </button>
      {!disabling ? (
        <button type="button" className="secondary small" onClick={() => setDisabling(true)} aria-label={t("directory.disableAria", { name })}>
          {t("directory.disable")}
        </button>
      ) : (
        <form className="inline-form" onSubmit={(ev) => { ev.preventDefault(); if (reason.trim()) onDisable(e, reason.trim()); }}>
          <div className="field">
            <label htmlFor={rid}>{t("directory.disableReason", { name })}</label>
            <input id={rid} required maxLength={REASON_MAX} value={reason} onChange={(ev) => setReason(ev.target.value)} autoFocus />
          </div>
          <button type="submit" className="small" disabled={busy || !reason.trim()}>{t("directory.confirmDisable")}</button>
        </form>
      )}
    </div>
  );
}
