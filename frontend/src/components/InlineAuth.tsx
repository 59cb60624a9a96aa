import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { RegisterForm, SignInForm } from "../pages/AuthPages";

/**
 * Create an account or sign in without leaving the page (booking a slot, registering for an
 * event): what the visitor chose stays on screen and `onDone` runs once signed in.
 */
export function InlineAuth({ title, text, onDone }: { title: string; text: string; onDone(): void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<"signIn" | "register">("register");
  return (
    <section aria-labelledby="identify-title" className="identify">
      <h2 id="identify-title">{title}</h2>
      <p>{text}</p>
      <div className="toggle" role="group" aria-label={title}>
        <button type="button" className={mode === "register" ? "" : "secondary"} aria-pressed={mode === "register"} onClick={() => setMode("register")}>
          {t("book.newAccount")}
        </button>
        <button type="button" className={mode === "signIn" ? "" : "secondary"} aria-pressed={mode === "signIn"} onClick={() => setMode("signIn")}>
          {t("book.haveAccount")}
        </button>
      </div>
      <h3 id="inline-auth-title">{mode === "register" ? t("register.title") : t("signIn.title")}</h3>
      {mode === "register" ? (
        <RegisterForm labelledBy="inline-auth-title" onDone={onDone} />
      ) : (
        <SignInForm labelledBy="inline-auth-title" onDone={onDone} />
      )}
    </section>
  );
}
