import { useRef, useState } from "react";
import { api, call } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import { useAuth } from "../auth";
import { useI18n } from "../i18n/I18nProvider";
import { setFlash } from "../lib/flash";
import { validateErasure } from "../lib/validation";
import { navigate, paths } from "../router";
import { ServerError, useForm } from "./form";
import { ErrorBox, Field } from "./ui";

/** The export's file name: "coopconnect-mes-donnees-2027-03-29.json". */
export function exportFileName(now = new Date()): string {
  return `coopconnect-mes-donnees-${now.toISOString().slice(0, 10)}.json`;
}

/** Hands a text to the browser as a file download. */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// "Export my data": GET /me/export as a JSON file.
export function ExportData() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const [message, setMessage] = useState("");
  const run = async () => {
    setBusy(true);
    setError(null);
    setMessage("");
    const res = await call(() => api.GET("/api/v1/me/export", { parseAs: "text" }));
    setBusy(false);
    if (!res.ok) {
      setError(toErrorView(t, res.status, res.body));
      return;
    }
    const name = exportFileName();
    download(res.data as unknown as string, name);
    setMessage(t("data.exported", { file: name }));
  };
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t("data.exportTitle")}</h2>
      <p id="export-what">{t("data.exportWhat")}</p>
      <p>
        <button type="button" onClick={run} disabled={busy} aria-describedby="export-what">
          {busy ? t("data.exporting") : t("data.export")}
        </button>
      </p>
      <p role="status" className={message ? "success-box" : "visually-hidden"}>
        {message}
      </p>
      {error && <ErrorBox error={error} onRetry={run} />}
    </section>
  );
}

// "Delete my account": what it does, then a confirmation with the password (DELETE /me needs it);
// afterwards the session ends and the home page says so.
export function DeleteAccount() {
  const { signOut } = useAuth();
  const [open, setOpen] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  // "password", not "currentPassword": the profile form on the same page has that field id.
  const form = useForm(["password"] as const, validateErasure);
  const { t } = form;
  const onSubmit = form.submit(async (v) => {
    const res = await call(() => api.DELETE("/api/v1/me", { body: { currentPassword: v.password } }));
    if (!res.ok) {
      const error = toErrorView(t, res.status, res.body);
      return res.status === 403 ? { ...error, fieldErrors: { ...error.fieldErrors, password: error.message } } : error;
    }
    signOut();
    setFlash("data.deleted");
    navigate(paths.search());
    return null;
  });
  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{t("data.deleteTitle")}</h2>
      <p>{t("data.deleteIntro")}</p>
      <ul>
        <li>{t("data.deleteProfile")}</li>
        <li>{t("data.deleteBookings")}</li>
        <li>{t("data.deleteAgreements")}</li>
        <li>{t("data.deleteFinal")}</li>
      </ul>
      {!open ? (
        <p>
          <button type="button" className="danger" ref={start} onClick={() => setOpen(true)}>
            {t("data.delete")}
          </button>
        </p>
      ) : (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="delete-confirm" className="confirm-box" aria-busy={form.busy}>
          <p id="delete-confirm">
            <strong>{t("data.deleteConfirm")}</strong>
          </p>
          <ServerError error={form.server} fields={form.fields} />
          <Field label={t("data.password")} type="password" autoComplete="current-password" required maxLength={200} autoFocus {...form.bind("password")} />
          <p className="actions">
            <button type="submit" className="danger" disabled={form.busy}>
              {form.busy ? t("data.deleting") : t("data.deleteYes")}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setOpen(false);
                requestAnimationFrame(() => start.current?.focus());
              }}
            >
              {t("data.deleteNo")}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
