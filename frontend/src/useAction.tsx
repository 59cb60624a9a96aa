import { useState } from "react";
import type { Outcome } from "./api/client";
import { toErrorView, type ErrorView } from "./api/problem";
import { ErrorBox } from "./components/ui";
import { useI18n } from "./i18n/I18nProvider";

/**
 * A button's request: busy while it runs, then a success line or the problem's detail.
 * `run` resolves to `{ data }` (data is undefined for a 204), or undefined when the call failed.
 */
export function useAction() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const [done, setDone] = useState("");
  const run = async <R,>(fn: () => Promise<Outcome<R>>, success: string) => {
    setBusy(true);
    setError(null);
    setDone("");
    const res = await fn();
    setBusy(false);
    if (res.ok) {
      setDone(success);
      return { data: res.data };
    }
    setError(toErrorView(t, res.status, res.body));
    return undefined;
  };
  const feedback = (
    <>
      <p role="status" className={done ? "success-box" : "visually-hidden"}>{done}</p>
      {error && <ErrorBox error={error} />}
    </>
  );
  return { busy, run, feedback };
}
