import { useEffect, useState, type ReactNode } from "react";
import { useAuth } from "../auth";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { takeFlash } from "../lib/flash";
import { Link, navigate, paths, useLocation } from "../router";

export function Layout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { token, member, signOut } = useAuth();
  const { pathname } = useLocation();
  const current = (href: string) => (pathname === href ? "page" : undefined);
  const other = locale === "fr" ? "en" : "fr";
  const [flash, setFlash] = useState<MessageKey | null>(null);
  useEffect(() => setFlash(takeFlash()), [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link href={paths.search()} className="brand-name">
            {t("app.name")}
          </Link>
          <span className="tagline">{t("app.tagline")}</span>
        </div>
        <nav aria-label={t("nav.main")}>
          <ul>
            <li>
              <Link href={paths.search()} aria-current={current("/")}>
                {t("nav.search")}
              </Link>
            </li>
            <li>
              <Link href={paths.venues()} aria-current={current("/venues")}>
                {t("nav.venues")}
              </Link>
            </li>
            <li>
              <Link href={paths.events()} aria-current={current("/events")}>
                {t("nav.events")}
              </Link>
            </li>
            {token ? (
              <>
                <li>
                  <Link href={paths.me()} aria-current={current("/me")}>
                    {t("nav.me")}
                  </Link>
                </li>
                <li>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      signOut();
                      navigate(paths.venues());
                    }}
                  >
                    {t("nav.signOut")}
                  </button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link href={paths.signIn()} aria-current={current("/signin")}>
                    {t("nav.signIn")}
                  </Link>
                </li>
                <li>
                  <Link href={paths.register()} aria-current={current("/register")}>
                    {t("nav.register")}
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="header-tools">
          <p className="auth-state" data-testid="auth-state">
            {token ? t("auth.signedInAs", { name: member?.displayName ?? "…" }) : t("auth.signedOut")}
          </p>
          <button
            type="button"
            className="lang-switch"
            lang={other}
            aria-label={t("lang.switchToLabel")}
            onClick={() => setLocale(other)}
          >
            {t("lang.switchTo")}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <p role="status" className={flash ? "success-box" : "visually-hidden"} data-testid="flash">
          {flash ? t(flash) : ""}
        </p>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("app.name")}</p>
      </footer>
    </>
  );
}
