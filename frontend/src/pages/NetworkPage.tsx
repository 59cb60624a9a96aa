import { useRef, useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import { VENUE_KINDS, type VenueKind } from "../api/types";
import { useAuth } from "../auth";
import { ErrorBox, Field, Loading, PageTitle } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { kindLabel } from "../lib/format";
import { UUID, validateVenueDraft, venueBody, type VenueDraft } from "../lib/network";
import { Link, paths } from "../router";
import { useApi } from "../useApi";

// The network console (/console/network, network-admins): every venue with a link to its
// console, a form to create one, and appointing / removing a venue's managers by member id.
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
      <CreateVenue onCreated={venues.reload} />
      <Managers venues={list.map((v) => ({ id: v.id ?? "", name: v.name }))} />
    </>
  );
}

const EMPTY: VenueDraft = { name: "", kind: "THIRD_PLACE", commune: "", postalCode: "", address: "", latitude: "", longitude: "" };

function CreateVenue({ onCreated }: { onCreated(): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<VenueDraft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof VenueDraft, MessageKey>>>({});
  const [serverError, setServerError] = useState<ErrorView | null>(null);
  const [message, setMessage] = useState("");
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (k: keyof VenueDraft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage("");
    setServerError(null);
    const errs = validateVenueDraft(draft);
    setErrors(errs);
    if (Object.keys(errs).length) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    setBusy(true);
    const res = await call(() => api.POST("/api/v1/venues", { body: venueBody(draft) }));
    setBusy(false);
    if (res.ok) {
      setMessage(t("network.created", { name: res.data.name }));
      setCreated({ id: res.data.id ?? "", name: res.data.name });
      setDraft(EMPTY);
      onCreated();
    } else setServerError(toErrorView(t, res.status, res.body));
  };
  const fieldError = (k: keyof VenueDraft) => (errors[k] ? t(errors[k]!) : serverError?.fieldErrors[k]);

  return (
    <section aria-labelledby="network-create" className="console-section">
      <h2 id="network-create">{t("network.create")}</h2>
      <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="network-create">
        <div className="inline-form">
          <Field name="nv-name" label={t("network.name")} value={draft.name} onChange={set("name")} error={fieldError("name")} maxLength={200} />
          <div className="field">
            <label htmlFor="nv-kind">{t("network.kind")}</label>
            <select id="nv-kind" value={draft.kind} onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as VenueKind }))}>
              {VENUE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(t, k)}
                </option>
              ))}
            </select>
          </div>
          <Field name="nv-commune" label={t("network.commune")} value={draft.commune} onChange={set("commune")} error={fieldError("commune")} maxLength={120} />
          <Field name="nv-postal" label={t("network.postalCode")} value={draft.postalCode} onChange={set("postalCode")} error={fieldError("postalCode")} inputMode="numeric" />
          <Field name="nv-address" label={t("network.address")} value={draft.address} onChange={set("address")} error={fieldError("address")} maxLength={300} />
          <Field name="nv-lat" label={t("network.latitude")} hint={t("network.coordHint")} value={draft.latitude} onChange={set("latitude")} error={fieldError("latitude")} inputMode="decimal" />
          <Field name="nv-lon" label={t("network.longitude")} value={draft.longitude} onChange={set("longitude")} error={fieldError("longitude")} inputMode="decimal" />
        </div>
        <button type="submit" disabled={busy}>
          {t("network.createButton")}
        </button>
      </form>
      <div role="status" className={message ? "success-box" : "visually-hidden"}>
        {message}
        {created && message && (
          <>
            {" "}
            <Link href={paths.console(created.id)}>{t("network.manage", { name: created.name })}</Link>
          </>
        )}
      </div>
      {serverError && <ErrorBox error={serverError} />}
    </section>
  );
}

function Managers({ venues }: { venues: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const [venueId, setVenueId] = useState("");
  const [memberId, setMemberId] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<ErrorView | null>(null);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const chosen = venueId || venues[0]?.id || "";
  const name = venues.find((v) => v.id === chosen)?.name ?? "";

  const run = async (method: "PUT" | "DELETE") => {
    setMessage("");
    setServerError(null);
    if (!UUID.test(memberId.trim())) {
      setError(t(memberId.trim() ? "network.err.uuid" : "validation.required"));
      document.getElementById("field-mgr-member")?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    const params = { path: { venueId: chosen, memberId: memberId.trim().toLowerCase() } };
    const res = await call(() =>
      method === "PUT" ? api.PUT("/api/v1/venues/{venueId}/managers/{memberId}", { params }) : api.DELETE("/api/v1/venues/{venueId}/managers/{memberId}", { params }),
    );
    setBusy(false);
    if (res.ok) setMessage(t(method === "PUT" ? "network.appointed" : "network.removed", { venue: name }));
    else setServerError(toErrorView(t, res.status, res.body));
  };

  return (
    <section aria-labelledby="network-managers" className="console-section">
      <h2 id="network-managers">{t("network.managers")}</h2>
      <p>{t("network.managersIntro")}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run("PUT");
        }}
        noValidate
        aria-labelledby="network-managers"
      >
        <div className="inline-form">
          <div className="field">
            <label htmlFor="mgr-venue">{t("network.venue")}</label>
            <select id="mgr-venue" value={chosen} onChange={(e) => setVenueId(e.target.value)}>
              {venues.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <Field name="mgr-member" label={t("network.memberId")} value={memberId} onChange={(e) => setMemberId(e.target.value)} error={error} spellCheck={false} autoComplete="off" />
        </div>
        <p className="actions">
          <button type="submit" disabled={busy || !chosen}>
            {t("network.appoint")}
          </button>
          <button type="button" className="secondary" disabled={busy || !chosen} onClick={() => void run("DELETE")}>
            {t("network.remove")}
          </button>
        </p>
      </form>
      <p role="status" className={message ? "success-box" : "visually-hidden"}>
        {message}
      </p>
      {serverError && <ErrorBox error={serverError} />}
    </section>
  );
}
