import { useRef, useState } from "react";
import { api, call } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import { useI18n } from "../i18n/I18nProvider";
import { useApi } from "../useApi";
import { ConfirmBox, ErrorBox, Loading } from "./ui";

// "My calendar": the private iCalendar feed's URL, a copy button and "make a new address"
// (rotate) behind an inline confirmation, since the old URL stops working at once.
export function CalendarFeed({ token }: { token: string }) {
  const { t } = useI18n();
  const feed = useApi(`calendar-token:${token}`, (signal) => call(() => api.GET("/api/v1/me/calendar-token", { signal })));
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<ErrorView | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const rotateButton = useRef<HTMLButtonElement>(null);
  const shown = url ?? (feed.state === "ok" ? (feed.data.url ?? "") : "");

  const copy = async () => {
    setError(null);
    try {
      await navigator.clipboard.writeText(shown);
      setMessage(t("feed.copied"));
    } catch {
      input.current?.select();
      setMessage(t("feed.copyFailed"));
    }
  };
  const rotate = async () => {
    setBusy(true);
    setError(null);
    const res = await call(() => api.POST("/api/v1/me/calendar-token/rotate"));
    setBusy(false);
    setConfirming(false);
    if (res.ok) {
      setUrl(res.data.url ?? "");
      setMessage(t("feed.rotated"));
    } else setError(toErrorView(t, res.status, res.body));
    requestAnimationFrame(() => rotateButton.current?.focus());
  };

  return (
    <section aria-labelledby="feed-title" className="calendar-feed">
      <h2 id="feed-title">{t("feed.title")}</h2>
      <p id="feed-intro">{t("feed.intro")}</p>
      {feed.state === "loading" && <Loading />}
      {feed.state === "error" && <ErrorBox error={feed.error} onRetry={feed.reload} />}
      {feed.state === "ok" && (
        <>
          <div className="field">
            <label htmlFor="feed-url">{t("feed.url")}</label>
            <input id="feed-url" ref={input} readOnly value={shown} aria-describedby="feed-intro" onFocus={(e) => e.currentTarget.select()} data-testid="feed-url" />
          </div>
          <p className="actions">
            <button type="button" onClick={copy}>
              {t("feed.copy")}
            </button>
            {!confirming && (
              <button type="button" className="secondary" ref={rotateButton} onClick={() => setConfirming(true)}>
                {t("feed.rotate")}
              </button>
            )}
          </p>
          {confirming && (
            <ConfirmBox
              id="feed-confirm"
              question={t("feed.rotateConfirm")}
              yes={t("feed.rotateYes")}
              no={t("feed.rotateNo")}
              busy={busy}
              onYes={rotate}
              onNo={() => setConfirming(false)}
              opener={rotateButton}
            />
          )}
        </>
      )}
      <p role="status" className={message ? "success-box" : "visually-hidden"}>
        {message}
      </p>
      {error && <ErrorBox error={error} />}
    </section>
  );
}

/** "Add to my calendar": a link to the member's private feed (webcal:// opens calendar apps). */
export function AddToCalendar({ token }: { token: string }) {
  const { t } = useI18n();
  const feed = useApi(`calendar-token:${token}`, (signal) => call(() => api.GET("/api/v1/me/calendar-token", { signal })));
  if (feed.state !== "ok" || !feed.data.url) return null;
  return (
    <p className="add-to-calendar">
      <a href={feed.data.url} data-testid="add-to-calendar">
        {t("feed.addToCalendar")}
      </a>{" "}
      <span className="muted">({t("feed.addHint")})</span>
    </p>
  );
}
