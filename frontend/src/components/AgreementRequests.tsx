// The venue console's pending usage-agreement requests: who asks, for which agreement, why;
// approve at once, or reject with a reason the member will read.
import { api, call } from "../api/client";
import type { components } from "../api/schema";
import { useI18n } from "../i18n/I18nProvider";
import { longDate, localParts } from "../lib/time";
import { useAction } from "../useAction";
import { useApi } from "../useApi";
import { ApproveReject } from "./ApproveReject";
import { ErrorBox, Loading } from "./ui";

type Agreement = components["schemas"]["Agreement"];
const REASON_MAX = 500;

export function AgreementRequests({ venueId, zone }: { venueId: string; zone: string }) {
  const { t } = useI18n();
  const list = useApi(`console-agreements:${venueId}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}/agreements", { params: { path: { venueId }, query: { status: "PENDING" } }, signal })),
  );
  const action = useAction();
  const approve = async (a: Agreement) => {
    if (await action.run(() => call(() => api.POST("/api/v1/agreements/{agreementId}/approve", { params: { path: { agreementId: a.id ?? "" } } })),
      t("agreements.approved", { who: a.memberName ?? "" }))) list.reload();
  };
  const reject = async (a: Agreement, reason: string) => {
    if (await action.run(() => call(() => api.POST("/api/v1/agreements/{agreementId}/reject", { params: { path: { agreementId: a.id ?? "" } }, body: { reason } })),
      t("agreements.rejected", { who: a.memberName ?? "" }))) list.reload();
  };
  return (
    <section aria-labelledby="c-agreements" className="console-section">
      <h2 id="c-agreements">{t("agreements.title")}</h2>
      {action.feedback}
      {list.state === "loading" && <Loading />}
      {list.state === "error" && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.state === "ok" &&
        (list.data.length === 0 ? (
          <p>{t("agreements.none")}</p>
        ) : (
          <ul className="booking-list" data-testid="agreement-requests">
            {list.data.map((a) => <AgreementRow key={a.id} agreement={a} zone={zone} busy={action.busy} onApprove={approve} onReject={reject} />)}
          </ul>
        ))}
    </section>
  );
}

function AgreementRow({ agreement: a, zone, busy, onApprove, onReject }: {
  agreement: Agreement; zone: string; busy: boolean; onApprove(a: Agreement): void; onReject(a: Agreement, reason: string): void;
}) {
  const { t, locale } = useI18n();
  const who = a.memberName ?? "";
  return (
    <li className="booking-item">
      <p className="booking-when">{who}{a.memberEmail && <> — {a.memberEmail}</>}</p>
      <p>
        {a.accepted?.title ?? ""} · {t(a.accessType === "REGULAR" ? "agreements.regular" : "agreements.occasional")}
        {a.requestedAt && <> · {t("agreements.requestedOn", { date: longDate(locale, localParts(a.requestedAt, zone).date) })}</>}
      </p>
      {a.motivation && <p className="prewrap muted">{a.motivation}</p>}
      <ApproveReject id={`agreement-${a.id}`} busy={busy} reasonMax={REASON_MAX} approveAria={t("agreements.approveAria", { who })}
        rejectAria={t("agreements.rejectAria", { who })} onApprove={() => onApprove(a)} onReject={(reason) => onReject(a, reason)} />
    </li>
  );
}
