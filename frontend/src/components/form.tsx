import { useRef, useState, type FormEvent } from "react";
import { unmatchedFieldErrors, type ErrorView } from "../api/problem";
import { useI18n } from "../i18n/I18nProvider";
import type { Issues } from "../lib/validation";
import { ErrorBox } from "./ui";

type Values = Record<string, string>;

/**
 * Shared form behaviour: validate, focus the first bad field, submit, show server errors.
 * `initial` fills the inputs (an edit form); `send` returns the server's error, or null.
 */
export function useForm<F extends string>(fields: readonly F[], validate: (v: Record<F, string>) => Issues<F>, initial?: Partial<Record<F, string>>) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(() => Object.fromEntries(fields.map((f) => [f, initial?.[f] ?? ""])));
  const [clientIssues, setClientIssues] = useState<Issues<F>>({});
  const [server, setServer] = useState<ErrorView | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const fieldError = (f: F): string | undefined => {
    const issue = clientIssues[f];
    return issue ? t(issue.key, issue.params) : server?.fieldErrors[f];
  };
  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(".error-focus, [aria-invalid=true]")?.focus());

  const submit = (send: (v: Record<F, string>) => Promise<ErrorView | null>) => async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const v = values as Record<F, string>;
    const issues = validate(v);
    setClientIssues(issues);
    setServer(null);
    if (Object.keys(issues).length) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    const error = await send(v);
    setBusy(false);
    if (error) {
      setServer(error);
      focusFirstInvalid();
    }
  };

  const bind = (f: F) => ({
    name: f,
    value: values[f] ?? "",
    error: fieldError(f),
    onChange: (e: { target: { value: string } }) => setValues((prev) => ({ ...prev, [f]: e.target.value })),
  });
  const set = (f: F, value: string) => setValues((prev) => ({ ...prev, [f]: value }));
  return { t, server, busy, formRef, submit, bind, set, fields };
}

export function ServerError({ error, fields }: { error: ErrorView | null; fields: readonly string[] }) {
  if (!error) return null;
  const extra = unmatchedFieldErrors(error, fields);
  return (
    <div tabIndex={-1} className="error-focus">
      <ErrorBox error={error}>
        {extra.length > 0 && (
          <ul>
            {extra.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </ErrorBox>
    </div>
  );
}

