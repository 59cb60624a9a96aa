// One venue form for the network console (create) and the venue console (edit): checked before
// sending, focus on the first invalid field, the API's field errors next to their fields.
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { unmatchedFieldErrors, type ErrorView } from "../api/problem";
import { MEDIATION_SERVICES, VENUE_KINDS, type Venue, type VenueKind } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { kindLabel } from "../lib/format";
import { EMPTY_VENUE, validateVenueDraft, VENUE_LIMITS, venueBody, venueDraftOf, type VenueDraft } from "../lib/network";
import { ErrorBox, Field } from "./ui";

const FIELDS: readonly (keyof VenueDraft)[] = Object.keys(EMPTY_VENUE) as (keyof VenueDraft)[];

/**
 * `id` prefixes the inputs' ids; `venue` is the venue being edited (absent to create one); `send` gets the body and returns the
 * API's error or null; `errorExtra` adds to the error box (a 412's "reload" button).
 */
export function VenueForm({ id, labelledBy, venue, submitLabel, send, errorExtra }: {
  id: string;
  labelledBy: string;
  venue?: Venue;
  submitLabel: string;
  send(body: Venue): Promise<ErrorView | null>;
  errorExtra?(error: ErrorView): ReactNode;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<VenueDraft>(() => (venue ? venueDraftOf(venue) : EMPTY_VENUE));
  const [errors, setErrors] = useState<Partial<Record<keyof VenueDraft, MessageKey>>>({});
  const [serverError, setServerError] = useState<ErrorView | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true], .error-focus")?.focus());
  const set = (k: keyof VenueDraft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const fieldError = (k: keyof VenueDraft) => (errors[k] ? t(errors[k]!) : serverError?.fieldErrors[k]);
  const summaryError = fieldError("summary");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setServerError(null);
    const errs = validateVenueDraft(draft);
    setErrors(errs);
    if (Object.keys(errs).length) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    const error = await send(venueBody(draft, venue));
    setBusy(false);
    setServerError(error);
    if (error) focusFirstInvalid();
    else if (!venue) setDraft(EMPTY_VENUE);
  };

  const extra = serverError ? unmatchedFieldErrors(serverError, FIELDS) : [];
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby={labelledBy} data-testid={`${id}-form`}>
      {serverError && (
        <div tabIndex={-1} className="error-focus">
          <ErrorBox error={serverError}>
            {extra.length > 0 && <ul>{extra.map((m) => <li key={m}>{m}</li>)}</ul>}
            {errorExtra?.(serverError)}
          </ErrorBox>
        </div>
      )}
      <div className="inline-form">
        <Field name={`${id}-name`} label={t("network.name")} value={draft.name} onChange={set("name")} error={fieldError("name")} maxLength={VENUE_LIMITS.name} />
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t("network.kind")}</label>
          <select id={`${id}-kind`} value={draft.kind} onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as VenueKind }))}>
            {VENUE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </select>
        </div>
        <Field name={`${id}-commune`} label={t("network.commune")} value={draft.commune} onChange={set("commune")} error={fieldError("commune")} maxLength={VENUE_LIMITS.commune} />
        <Field name={`${id}-postal`} label={t("network.postalCode")} value={draft.postalCode} onChange={set("postalCode")} error={fieldError("postalCode")} inputMode="numeric" />
        <Field name={`${id}-address`} label={t("network.address")} value={draft.address} onChange={set("address")} error={fieldError("address")} maxLength={VENUE_LIMITS.address} />
        <Field name={`${id}-lat`} label={t("network.latitude")} hint={t("network.coordHint")} value={draft.latitude} onChange={set("latitude")} error={fieldError("latitude")} inputMode="decimal" />
        <Field name={`${id}-lon`} label={t("network.longitude")} value={draft.longitude} onChange={set("longitude")} error={fieldError("longitude")} inputMode="decimal" />
        <Field name={`${id}-pivot`} label={t("venueForm.siret")} hint={t("venueForm.siretHint")} value={draft.pivot} onChange={set("pivot")} error={fieldError("pivot")}
          inputMode="numeric" autoComplete="off" />
      </div>
      <div className={summaryError ? "field field-invalid" : "field"}>
        <label htmlFor={`${id}-summary`}>{t("venueForm.summary")}</label>
        <p className="hint" id={`${id}-summary-hint`}>
          {t("venueForm.summaryHint", { max: VENUE_LIMITS.summary, left: VENUE_LIMITS.summary - draft.summary.trim().length })}
        </p>
        <textarea id={`${id}-summary`} rows={3} value={draft.summary} onChange={set("summary")} aria-invalid={summaryError ? true : undefined}
          aria-describedby={`${id}-summary-hint${summaryError ? ` ${id}-summary-error` : ""}`} />
        {summaryError && <p id={`${id}-summary-error`} className="field-error"><span aria-hidden="true">⚠ </span>{summaryError}</p>}
      </div>
      <fieldset>
        <legend>{t("venueForm.services")}</legend>
        <p className="hint">{t("venueForm.servicesHint")}</p>
        <div className="checks">
          {MEDIATION_SERVICES.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" checked={draft.mediationServices.includes(s)}
                onChange={(e) => setDraft((d) => ({ ...d, mediationServices: e.target.checked ? [...d.mediationServices, s] : d.mediationServices.filter((x) => x !== s) }))} />
              {t(`mediation.${s}`)}
            </label>
          ))}
        </div>
        {serverError?.fieldErrors.mediationServices && <p className="field-error"><span aria-hidden="true">⚠ </span>{serverError.fieldErrors.mediationServices}</p>}
      </fieldset>
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
