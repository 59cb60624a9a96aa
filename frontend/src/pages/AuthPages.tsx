import { useRef, useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import { toErrorView, unmatchedFieldErrors, type ErrorView } from "../api/problem";
import { useAuth } from "../auth";
import { ErrorBox, Field, PageTitle } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import { validateRegistration, validateSignIn, type Issues } from "../lib/validation";
import { Link, navigate, paths, safeNext, useLocation } from "../router";

type Values = Record<string, string>;

/** Shared form behaviour: validate, focus the first bad field, submit, show server errors. */
function useAuthForm<F extends string>(fields: readonly F[], validate: (v: Record<F, string>) => Issues<F>) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(() => Object.fromEntries(fields.map((f) => [f, ""])));
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
  return { t, server, busy, formRef, submit, bind, fields };
}

/** A failed submit: the detail, plus field errors the form has no input for. */
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

export function SignInPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const next = safeNext(new URLSearchParams(search).get("next"));
  return (
    <div className="narrow">
      <PageTitle title={t("signIn.title")}>{t("signIn.title")}</PageTitle>
      <SignInForm labelledBy="page-title" onDone={() => navigate(next)} />
      <p>
        {t("signIn.noAccount")} <Link href={paths.register()}>{t("nav.register")}</Link>
      </p>
    </div>
  );
}

/** The sign-in form alone, for the sign-in page and inline on the booking screen. */
export function SignInForm({ labelledBy, onDone }: { labelledBy: string; onDone(): void }) {
  const auth = useAuth();
  const form = useAuthForm(["email", "password"] as const, validateSignIn);
  const { t } = form;

  const onSubmit = form.submit(async (v) => {
    const res = await call(() => api.POST("/api/v1/auth/token", { body: { email: v.email.trim(), password: v.password } }));
    if (!res.ok) return toErrorView(t, res.status, res.body);
    await auth.signIn(res.data.accessToken ?? "", res.data.expiresIn ?? 3600);
    onDone();
    return null;
  });

  return (
      <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby={labelledBy} aria-busy={form.busy}>
        <ServerError error={form.server} fields={form.fields} />
        <Field label={t("field.email")} type="email" autoComplete="email" required {...form.bind("email")} />
        <Field label={t("field.password")} type="password" autoComplete="current-password" required {...form.bind("password")} />
        <button type="submit" disabled={form.busy}>
          {form.busy ? t("signIn.submitting") : t("signIn.submit")}
        </button>
        {form.busy && (
          <p role="status" className="visually-hidden">
            {t("common.loading")}
          </p>
        )}
      </form>
  );
}

export function RegisterPage() {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <PageTitle title={t("register.title")}>{t("register.title")}</PageTitle>
      <RegisterForm labelledBy="page-title" onDone={() => navigate(paths.me())} />
      <p>
        {t("register.haveAccount")} <Link href={paths.signIn()}>{t("nav.signIn")}</Link>
      </p>
    </div>
  );
}

/** The account creation form alone (signs in afterwards), also used inline on the booking screen. */
export function RegisterForm({ labelledBy, onDone }: { labelledBy: string; onDone(): void }) {
  const auth = useAuth();
  const form = useAuthForm(["email", "password", "displayName"] as const, validateRegistration);
  const { t } = form;

  const onSubmit = form.submit(async (v) => {
    const body = { email: v.email.trim(), password: v.password, displayName: v.displayName.trim() };
    const created = await call(() => api.POST("/api/v1/auth/register", { body }));
    if (!created.ok) return toErrorView(t, created.status, created.body);
    const token = await call(() => api.POST("/api/v1/auth/token", { body: { email: body.email, password: body.password } }));
    if (!token.ok) return toErrorView(t, token.status, token.body);
    await auth.signIn(token.data.accessToken ?? "", token.data.expiresIn ?? 3600);
    onDone();
    return null;
  });

  return (
      <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby={labelledBy} aria-busy={form.busy}>
        <ServerError error={form.server} fields={form.fields} />
        <Field label={t("field.email")} type="email" autoComplete="email" required maxLength={254} {...form.bind("email")} />
        <Field
          label={t("field.password")}
          hint={t("field.passwordHint")}
          type="password"
          autoComplete="new-password"
          required
          maxLength={200}
          {...form.bind("password")}
        />
        <Field
          label={t("field.displayName")}
          hint={t("field.displayNameHint")}
          autoComplete="nickname"
          required
          maxLength={120}
          {...form.bind("displayName")}
        />
        <button type="submit" disabled={form.busy}>
          {form.busy ? t("register.submitting") : t("register.submit")}
        </button>
        {form.busy && (
          <p role="status" className="visually-hidden">
            {t("common.loading")}
          </p>
        )}
      </form>
  );
}
