import { useCallback, useEffect, useState } from "react";
import type { Outcome } from "./api/client";
import { toErrorView, type ErrorView } from "./api/problem";
import { useI18n } from "./i18n/I18nProvider";

export type Load<T> =
  | { state: "loading" }
  | { state: "ok"; data: T }
  | { state: "error"; error: ErrorView };

/**
 * Runs a request when `key` changes (and when the language changes, so server messages come
 * back translated); stale answers are dropped. `reload` runs it again.
 */
export function useApi<T>(key: string, run: (signal: AbortSignal) => Promise<Outcome<T>>): Load<T> & { reload(): void } {
  const { t, locale } = useI18n();
  const [load, setLoad] = useState<Load<T>>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: "loading" });
    run(controller.signal).then((res) => {
      if (controller.signal.aborted) return;
      setLoad(res.ok ? { state: "ok", data: res.data } : { state: "error", error: toErrorView(t, res.status, res.body) });
    });
    return () => controller.abort();
    // `run` is recreated each render; `key` names what it fetches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, locale, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...load, reload };
}
