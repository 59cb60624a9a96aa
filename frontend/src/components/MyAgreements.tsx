import { useRef, useState } from "react";
import { api, call } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import type { Agreement, AgreementStatus } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { formatDate } from "../lib/format";
import { Link, paths } from "../router";
import { useNames } from "../spaceInfo";
import { useApi } from "../useApi";
import { AcceptedText } from "./AgreementText";
import { ConfirmBox, ErrorBox, Loading } from "./ui";

const MARK: Record<AgreementStatus, string> = { PENDING: "…", ACTIVE: "✓", EXPIRED: "⌛", REJECTED: "✕", TERMINATED: "✕" };

/** Agreement status as text with a symbol (never colour alone). */
export function AgreementBadge({ status }: { status: AgreementStatus | undefined }) {
  const { t } = useI18n();
  if (!status) return null;
  return (
    <span className={`status status-agreement-${status.toLowerCase()}`} data-status={status}>
      <span aria-hidden="true">{MARK[status]} </span>
      {t(`agreementStatus.${status}`)}
    </span>
  );
}

/** A pending request can be withdrawn and a running agreement ended (POST …/terminate). */
const endable = (a: Agreement) => a.status === "PENDING" || a.status === "ACTIVE";

// "My agreements and requests": each with its status, dates, the text exactly as accepted, and
// ending it behind an inline confirmation.
export function MyAgreements({ token }: { token: string }) {
  const { t } = useI18n();
  const list = useApi(`my-agreements:${token}`, (signal) => call(() => api.GET("/api/v1/me/agreements", { signal })));
  const all = list.state === "ok" ? list.data : [];
  const names = useNames([], all.map((a) => a.venueId));
  const [message, setMessage] = useState("");
  return (
    <section aria-labelledby="agreements-title" className="my-agreements">
      <h2 id="agreements-title">{t("myAgreements.title")}</h2>
      <p className="hint">{t("myAgreements.intro")}</p>
      <p role="status" className={message ? "success-box" : "visually-hidden"}>
        {message}
      </p>
      {list.state === "loading" && <Loading />}
      {list.state === "error" && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.state === "ok" &&
        (all.length === 0 ? (
          <p>{t("myAgreements.none")}</p>
        ) : (
          <ul className="agreement-list" data-testid="my-agreements">
            {all.map((a) => (
              <li key={a.id} className="agreement-item">
                <AgreementItem
                  agreement={a}
                  venueName={names.venue(a.venueId)}
                  onEnded={(ended) => {
                    setMessage(t(ended.status === "TERMINATED" && a.status === "PENDING" ? "myAgreements.withdrawn" : "myAgreements.ended"));
                    list.reload();
                  }}
                />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function AgreementItem({ agreement: a, venueName, onEnded }: { agreement: Agreement; venueName?: string; onEnded(a: Agreement): void }) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const date = (iso?: string) => formatDate(locale, iso) ?? "";
  const title = a.accepted?.title ?? "";
  const endLabel = a.status === "PENDING" ? t("myAgreements.withdraw") : t("myAgreements.end");

  const end = async () => {
    setBusy(true);
    setError(null);
    const res = await call(() => api.POST("/api/v1/agreements/{agreementId}/terminate", { params: { path: { agreementId: a.id ?? "" } }, body: {} }));
    setBusy(false);
    setConfirming(false);
    if (res.ok) onEnded(res.data);
    else {
      setError(toErrorView(t, res.status, res.body));
      requestAnimationFrame(() => endButton.current?.focus());
    }
  };

  return (
    <article aria-labelledby={`agreement-${a.id}`} data-testid="agreement">
      <h3 id={`agreement-${a.id}`}>
        {title} — {a.venueId ? <Link href={paths.venue(a.venueId)}>{venueName ?? "…"}</Link> : "…"}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t("myAgreements.status")}</dt>
          <dd>
            <AgreementBadge status={a.status} />
          </dd>
        </div>
        <div>
          <dt>{t("agreement.accessType")}</dt>
          <dd>{a.accessType ? t(`accessType.${a.accessType}`) : "…"}</dd>
        </div>
        <div>
          <dt>{t("myAgreements.requestedAt")}</dt>
          <dd>{date(a.requestedAt)}</dd>
        </div>
        {a.validFrom && a.validUntil && (
          <div>
            <dt>{t("myAgreements.validity")}</dt>
            <dd>{t("myAgreements.validRange", { from: date(a.validFrom), to: date(a.validUntil) })}</dd>
          </div>
        )}
        {a.status === "REJECTED" && a.decisionReason && (
          <div>
            <dt>{t("myAgreements.reason")}</dt>
            <dd className="prewrap">{a.decisionReason}</dd>
          </div>
        )}
        {a.status === "TERMINATED" && a.terminatedAt && (
          <div>
            <dt>{t("myAgreements.terminatedAt")}</dt>
            <dd>
              {date(a.terminatedAt)}
              {a.terminationReason && <> — {a.terminationReason}</>}
            </dd>
          </div>
        )}
      </dl>
      {a.accepted && (
        <details className="agreement-text">
          <summary>{t("myAgreements.readText", { version: a.accepted.version ?? 1 })}</summary>
          <AcceptedText text={a.accepted} headingLevel={3} />
          {a.motivation && (
            <>
              <h4>{t("agreement.motivation")}</h4>
              <p className="prewrap">{a.motivation}</p>
            </>
          )}
        </details>
      )}
      {error && <ErrorBox error={error} />}
      {endable(a) && !confirming && (
        <p>
          <button type="button" className="secondary" ref={endButton} onClick={() => setConfirming(true)} aria-label={t("myAgreements.endAria", { action: endLabel, title })}>
            {endLabel}
          </button>
        </p>
      )}
      {endable(a) && confirming && (
        <ConfirmBox
          id={`end-confirm-${a.id}`}
          question={a.status === "PENDING" ? t("myAgreements.withdrawConfirm") : t("myAgreements.endConfirm", { title })}
          yes={busy ? t("common.loading") : t("myAgreements.endYes", { action: endLabel })}
          no={t("myAgreements.endNo")}
          busy={busy}
          onYes={end}
          onNo={() => setConfirming(false)}
          opener={endButton}
        />
      )}
    </article>
  );
}
