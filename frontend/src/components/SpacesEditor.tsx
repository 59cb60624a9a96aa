// The venue console's spaces: a table of the venue's spaces and one form to create a space or
// edit one's rules. Edits send If-Match with the version loaded, so a change made meanwhile by
// someone else is refused (412) and shown with a way to reload, never silently overwritten.
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { api, call } from "../api/client";
import { toErrorView, unmatchedFieldErrors, type ErrorView } from "../api/problem";
import type { Space } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { formatPrice } from "../lib/price";
import {
  draftOf, EQUIPMENT, ifMatch, NEW_SPACE, SLOT_SIZES, SPACE_FIELDS, SPACE_KINDS, SPACE_LIMITS, spaceBody, validateSpace,
  type BookingMode, type SpaceDraft, type SpaceField, type SpaceKind,
} from "../lib/spaceForm";
import type { Issues } from "../lib/validation";
import { ErrorBox, Field } from "./ui";

export function SpacesEditor({ venueId, spaces, onSaved }: { venueId: string; spaces: Space[]; onSaved(space: Space): void }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<Space | "new" | null>(null);
  const [message, setMessage] = useState("");
  const open = (what: Space | "new") => {
    setMessage("");
    setEditing(what);
  };
  return (
    <section aria-labelledby="c-spaces" className="console-section">
      <h2 id="c-spaces">{t("venue.spaces")}</h2>
      {spaces.length === 0 ? (
        <p>{t("venue.noSpaces")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="c-spaces" tabIndex={0}>
          <table className="data-table" data-testid="console-spaces">
            <caption className="visually-hidden">{t("venue.spaces")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("console.spaceName")}</th>
                <th scope="col">{t("search.spaceKind")}</th>
                <th scope="col">{t("console.capacity")}</th>
                <th scope="col">{t("space.rate")}</th>
                <th scope="col">{t("console.active")}</th>
                <th scope="col">{t("network.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {spaces.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{t(`spaceKind.${s.kind}`)}</td>
                  <td>{s.capacity} ({t(s.bookingMode === "SHARED" ? "console.shared" : "console.exclusive")})</td>
                  <td>{formatPrice(t, locale, s.hourlyRate)}</td>
                  <td>{s.active ? t("console.yes") : t("console.no")}</td>
                  <td>
                    <button type="button" className="secondary small" onClick={() => open(s)} aria-label={t("space.editAria", { name: s.name })}>
                      {t("space.edit")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className={message ? "success-box" : "visually-hidden"}>{message}</p>
      {editing === null ? (
        <button type="button" onClick={() => open("new")}>{t("space.add")}</button>
      ) : (
        <SpaceForm
          key={editing === "new" ? "new" : editing.id}
          venueId={venueId}
          space={editing === "new" ? undefined : editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            setMessage(t(created ? "space.created" : "space.saved", { name: saved.name }));
            onSaved(saved);
          }}
        />
      )}
    </section>
  );
}

function SpaceForm({ venueId, space, onSaved, onCancel }: {
  venueId: string;
  space?: Space;
  onSaved(space: Space, created: boolean): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(space);
  const [draft, setDraft] = useState<SpaceDraft>(() => (space ? draftOf(space) : NEW_SPACE));
  const [issues, setIssues] = useState<Issues<SpaceField>>({});
  const [error, setError] = useState<ErrorView | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(".error-box-wrap, [aria-invalid=true]")?.focus());
  const set = <K extends keyof SpaceDraft>(key: K, value: SpaceDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof SpaceDraft) => (e: { target: { value: string } }) => set(key, e.target.value as never);
  const fieldError = (f: SpaceField) => (issues[f] ? t(issues[f]!.key, issues[f]!.params) : error?.fieldErrors[f]);
  const heading = current ? t("space.editTitle", { name: current.name }) : t("space.newTitle");
  const conflict = error?.status === 412;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const found = validateSpace(draft);
    setIssues(found);
    if (Object.keys(found).length) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    const body = spaceBody(draft, current);
    const res = current
      ? await call(() => api.PUT("/api/v1/spaces/{spaceId}", { params: { path: { spaceId: current.id ?? "" }, header: { "If-Match": ifMatch(current) } }, body }))
      : await call(() => api.POST("/api/v1/venues/{venueId}/spaces", { params: { path: { venueId } }, body }));
    setBusy(false);
    if (res.ok) onSaved(res.data, !current);
    else {
      setError(toErrorView(t, res.status, res.body));
      focusFirstInvalid();
    }
  };

  const reloadLatest = async () => {
    if (!current?.id) return;
    setBusy(true);
    const res = await call(() => api.GET("/api/v1/spaces/{spaceId}", { params: { path: { spaceId: current.id ?? "" } } }));
    setBusy(false);
    if (res.ok) {
      setCurrent(res.data);
      setDraft(draftOf(res.data));
      setIssues({});
      setError(null);
    } else setError(toErrorView(t, res.status, res.body));
  };

  const extra = error ? unmatchedFieldErrors(error, SPACE_FIELDS) : [];
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="space-form-title" className="space-form" data-testid="space-form">
      <h3 id="space-form-title">{heading}</h3>
      {error && (
        <div tabIndex={-1} className="error-box-wrap">
          <ErrorBox error={error}>
            {conflict && <p>{t("space.conflictHint")}</p>}
            {extra.length > 0 && <ul>{extra.map((m) => <li key={m}>{m}</li>)}</ul>}
            {conflict && (
              <button type="button" className="secondary" disabled={busy} onClick={() => void reloadLatest()}>
                {t("space.reloadLatest")}
              </button>
            )}
          </ErrorBox>
        </div>
      )}
      <div className="inline-form">
        <Field name="sp-name" label={t("console.spaceName")} value={draft.name} onChange={text("name")} error={fieldError("name")} maxLength={SPACE_LIMITS.name} />
        <Select id="sp-kind" label={t("search.spaceKind")} value={draft.kind} onChange={(v) => set("kind", v as SpaceKind)}>
          {SPACE_KINDS.map((k) => <option key={k} value={k}>{t(`spaceKind.${k}`)}</option>)}
        </Select>
        <Field name="sp-capacity" label={t("console.capacity")} hint={t("space.capacityHint")} value={draft.capacity} onChange={text("capacity")}
          error={fieldError("capacity")} inputMode="numeric" />
        <Field name="sp-rate" label={t("space.rateLabel")} hint={t("space.rateHint")} value={draft.hourlyRate} onChange={text("hourlyRate")}
          error={fieldError("hourlyRate")} inputMode="decimal" />
      </div>
      <fieldset>
        <legend>{t("space.mode")}</legend>
        {(["EXCLUSIVE", "SHARED"] as BookingMode[]).map((mode) => (
          <label key={mode} className="check">
            <input type="radio" name="sp-mode" value={mode} checked={draft.bookingMode === mode} onChange={() => set("bookingMode", mode)} />
            <span><strong>{t(`space.mode.${mode}`)}</strong> — {t(`space.modeHint.${mode}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("space.equipment")}</legend>
        <div className="checks">
          {EQUIPMENT.map((eq) => (
            <label key={eq} className="check">
              <input type="checkbox" checked={draft.equipment.includes(eq)}
                onChange={(e) => set("equipment", e.target.checked ? [...draft.equipment, eq] : draft.equipment.filter((x) => x !== eq))} />
              {t(`equipment.${eq}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="sp-description">{t("space.description")}</label>
        <textarea id="sp-description" rows={2} value={draft.description} onChange={text("description")} maxLength={SPACE_LIMITS.description}
          aria-invalid={fieldError("description") ? true : undefined} aria-describedby={fieldError("description") ? "sp-description-error" : undefined} />
        {fieldError("description") && <p id="sp-description-error" className="field-error"><span aria-hidden="true">⚠ </span>{fieldError("description")}</p>}
      </div>
      <fieldset>
        <legend>{t("space.rules")}</legend>
        <div className="inline-form">
          <Select id="sp-slot" label={t("space.slot")} value={draft.slotMinutes} onChange={(v) => set("slotMinutes", v as SpaceDraft["slotMinutes"])}
            error={fieldError("rules.slotMinutes")}>
            {SLOT_SIZES.map((m) => <option key={m} value={m}>{t("space.minutes", { n: m })}</option>)}
          </Select>
          <Field name="sp-min" label={t("space.minMinutes")} hint={t("space.minutesHint")} value={draft.minMinutes} onChange={text("minMinutes")}
            error={fieldError("rules.minMinutes")} inputMode="numeric" />
          <Field name="sp-max" label={t("space.maxMinutes")} hint={t("space.minutesHint")} value={draft.maxMinutes} onChange={text("maxMinutes")}
            error={fieldError("rules.maxMinutes")} inputMode="numeric" />
          <Field name="sp-notice" label={t("space.notice")} hint={t("space.noticeHint")} value={draft.minNoticeMinutes} onChange={text("minNoticeMinutes")}
            error={fieldError("rules.minNoticeMinutes")} inputMode="numeric" />
          <Field name="sp-horizon" label={t("space.horizon")} hint={t("space.horizonHint")} value={draft.maxAdvanceDays} onChange={text("maxAdvanceDays")}
            error={fieldError("rules.maxAdvanceDays")} inputMode="numeric" />
          <Field name="sp-buffer" label={t("space.buffer")} hint={t("space.bufferHint")} value={draft.bufferMinutes} onChange={text("bufferMinutes")}
            error={fieldError("rules.bufferMinutes")} inputMode="numeric" />
        </div>
        <label className="check">
          <input type="checkbox" checked={draft.requiresApproval} onChange={(e) => set("requiresApproval", e.target.checked)} />
          {t("space.requiresApproval")}
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.active} onChange={(e) => set("active", e.target.checked)} />
          {t("space.activeLabel")}
        </label>
      </fieldset>
      <p className="actions">
        <button type="submit" disabled={busy}>{current ? t("space.save") : t("space.create")}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t("space.cancel")}</button>
      </p>
    </form>
  );
}

function Select({ id, label, value, onChange, error, children }: {
  id: string; label: string; value: string; onChange(value: string): void; error?: string; children: ReactNode;
}) {
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}>
        {children}
      </select>
      {error && <p id={`${id}-error`} className="field-error"><span aria-hidden="true">⚠ </span>{error}</p>}
    </div>
  );
}
