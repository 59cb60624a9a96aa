import { useEffect, useRef, type InputHTMLAttributes, type ReactNode, type RefObject } from "react";
import type { ErrorView } from "../api/problem";
import { useI18n } from "../i18n/I18nProvider";
import { zoneCity, zoneToShow } from "../lib/time";
import { focusRequest } from "../router";

/** The screen's h1; sets the document title and takes focus after in-app navigation. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t("app.name")}`;
  }, [title, t]);
  useEffect(() => {
    if (focusRequest.pending) {
      focusRequest.pending = false;
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} id="page-title">
      {children}
    </h1>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {t("common.loading")}
    </p>
  );
}

/** An error with a text prefix ("Erreur :"), never only a colour. */
export function ErrorBox({ error, onRetry, children }: { error: ErrorView; onRetry?: () => void; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error-box">
      <p>
        <strong>{t("error.prefix")}</strong> {error.message}
      </p>
      {children}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** Labelled input with hint and error wired through aria-describedby / aria-invalid. */
export function Field({ name, label, hint, error, ...input }: FieldProps) {
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * After times shown on a venue's clock: " (heure de Cayenne)" when that zone is not the
 * reader's own, nothing otherwise. The full IANA name is in the title.
 */
export function ZoneNote({ zone }: { zone: string }) {
  const { t } = useI18n();
  const other = zoneToShow(zone);
  if (!other) return null;
  return (
    <span className="zone-note" title={other} data-testid="zone-note">
      {" "}
      ({t("time.zone", { city: zoneCity(other) })})
    </span>
  );
}

/**
 * Asks before an action that cannot be undone: the question, anything the action needs (children), "yes" (focused)
 * and "no", which closes the box and gives focus back to the button that opened it.
 */
export function ConfirmBox({ id, question, yes, no, busy, onYes, onNo, opener, children }: {
  id: string;
  question: ReactNode;
  yes: string;
  no: string;
  busy: boolean;
  onYes(): void;
  onNo(): void;
  opener: RefObject<HTMLButtonElement | null>;
  children?: ReactNode;
}) {
  return (
    <div className="confirm-box" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      {children}
      <p className="actions">
        <button type="button" onClick={onYes} disabled={busy} autoFocus>
          {yes}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onNo();
            requestAnimationFrame(() => opener.current?.focus());
          }}
        >
          {no}
        </button>
      </p>
    </div>
  );
}
