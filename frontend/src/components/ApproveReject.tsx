import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";

/** Approve at once, or open a reason field and reject: for pending bookings and agreement requests. */
export function ApproveReject({ id, busy, approveAria, rejectAria, reasonMax, onApprove, onReject }: {
  id: string; busy: boolean; approveAria: string; rejectAria: string; reasonMax: number; onApprove(): void; onReject(reason: string): void;
}) {
  const { t } = useI18n();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const rid = `reject-${id}`;
  return (
    <div className="actions">
      <button type="button" disabled={busy} onClick={onApprove} aria-label={approveAria}>{t("console.approve")}</button>
      {!rejecting ? (
        <button type="button" className="secondary" onClick={() => setRejecting(true)} aria-label={rejectAria}>{t("console.reject")}</button>
      ) : (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); if (reason.trim()) onReject(reason.trim()); }}>
          <div className="field">
            <label htmlFor={rid}>{t("console.rejectReason")}</label>
            <input id={rid} required maxLength={reasonMax} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          </div>
          <button type="submit" disabled={busy || !reason.trim()}>{t("console.confirmReject")}</button>
        </form>
      )}
    </div>
  );
}
