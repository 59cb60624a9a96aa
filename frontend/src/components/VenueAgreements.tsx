import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import type { AgreementTemplate } from "../api/types";
import { useAuth } from "../auth";
import { useI18n } from "../i18n/I18nProvider";
import { MOTIVATION_MAX } from "../lib/validation";
import { Link, paths } from "../router";
import { useApi } from "../useApi";
import { AcceptedText } from "./AgreementText";
import { ErrorBox, Loading } from "./ui";

/** The venue page's anchor for its agreements (linked from a booking refused for want of one). */
export const AGREEMENTS_ANCHOR = "agreements";

// The venue's usage agreements (conventions): each active template's terms and text, and a
// request form for a signed-in member. Nothing is shown when the venue publishes none.
export function VenueAgreements({ venueId }: { venueId: string }) {
  const { t } = useI18n();
  const templates = useApi(`agreement-templates:${venueId}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}/agreement-templates", { params: { path: { venueId } }, signal })),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const active = templates.state === "ok" ? templates.data.filter((tpl) => tpl.active !== false) : [];
  // Arriving on /venues/{id}#agreements: the section exists only once loaded, so go there then.
  useEffect(() => {
    if (active.length && window.location.hash === `#${AGREEMENTS_ANCHOR}`) {
      heading.current?.scrollIntoView();
      heading.current?.focus();
    }
  }, [active.length]);
  if (templates.state === "loading") return <Loading />;
  if (templates.state === "error") return <ErrorBox error={templates.error} onRetry={templates.reload} />;
  if (!active.length) return null;
  return (
    <section id={AGREEMENTS_ANCHOR} aria-labelledby="venue-agreements-title" data-testid="venue-agreements">
      <h2 id="venue-agreements-title" ref={heading} tabIndex={-1}>
        {t("agreement.title")}
      </h2>
      <p>{t("agreement.intro")}</p>
      {active.map((tpl) => (
        <TemplateCard key={tpl.id} venueId={venueId} template={tpl} />
      ))}
    </section>
  );
}

function TemplateCard({ venueId, template: tpl }: { venueId: string; template: AgreementTemplate }) {
  const { t } = useI18n();
  const { token } = useAuth();
  const id = tpl.id ?? "";
  const here = `${paths.venue(venueId)}#${AGREEMENTS_ANCHOR}`;
  return (
    <article className="agreement-template" aria-labelledby={`tpl-${id}`} data-testid="agreement-template">
      <h3 id={`tpl-${id}`}>{tpl.title}</h3>
      <dl className="facts">
        <div>
          <dt>{t("agreement.accessType")}</dt>
          <dd>{tpl.accessType ? t(`accessType.${tpl.accessType}`) : "…"}</dd>
        </div>
        <div>
          <dt>{t("agreement.required")}</dt>
          <dd>{tpl.requiredForBooking ? t("agreement.requiredYes") : t("agreement.requiredNo")}</dd>
        </div>
      </dl>
      <details className="agreement-text">
        <summary>{t("agreement.read", { version: tpl.version ?? 1 })}</summary>
        <AcceptedText text={tpl} headingLevel={3} />
      </details>
      {token ? (
        <RequestForm venueId={venueId} template={tpl} />
      ) : (
        <p>
          <Link href={paths.signIn(here)}>{t("agreement.signInToRequest")}</Link>
        </p>
      )}
    </article>
  );
}

function RequestForm({ venueId, template: tpl }: { venueId: string; template: AgreementTemplate }) {
  const { t } = useI18n();
  const id = tpl.id ?? "";
  const [motivation, setMotivation] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const [done, setDone] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const tooLong = motivation.trim().length > MOTIVATION_MAX;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || tooLong) return;
    setBusy(true);
    setError(null);
    const body = { templateId: id, ...(motivation.trim() ? { motivation: motivation.trim() } : {}) };
    const res = await call(() => api.POST("/api/v1/venues/{venueId}/agreements", { params: { path: { venueId } }, body }));
    setBusy(false);
    if (res.ok) {
      setDone(true);
      requestAnimationFrame(() => doneRef.current?.focus());
    } else {
      setError(toErrorView(t, res.status, res.body));
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  };

  if (done)
    return (
      <p className="success-box" role="status" tabIndex={-1} ref={doneRef} data-testid="agreement-requested">
        {t("agreement.requested")} <Link href={`${paths.me()}#agreements-title`}>{t("agreement.seeMine")}</Link>
      </p>
    );
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`tpl-request-${id}`} aria-busy={busy}>
      <h4 id={`tpl-request-${id}`}>{t("agreement.request", { title: tpl.title ?? "" })}</h4>
      {error && (
        <div ref={errorRef} tabIndex={-1} className="error-focus">
          <ErrorBox error={error} />
        </div>
      )}
      <div className={tooLong ? "field field-invalid" : "field"}>
        <label htmlFor={`motivation-${id}`}>{t("agreement.motivation")}</label>
        <p className="hint" id={`motivation-${id}-hint`}>
          {t("agreement.motivationHint", { max: MOTIVATION_MAX })}
        </p>
        <textarea id={`motivation-${id}`} rows={3} maxLength={MOTIVATION_MAX} value={motivation} aria-describedby={`motivation-${id}-hint`}
          aria-invalid={tooLong || undefined} onChange={(e) => setMotivation(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? t("agreement.requesting") : t("agreement.requestButton")}
      </button>
    </form>
  );
}
