import { useRef, useState } from "react";
import { useI18n } from "../i18n/I18nProvider";

/** A read-only value with a copy button; when the clipboard is refused, the text is selected for Ctrl+C. */
export function CopyableValue({ id, label, value, testId }: { id: string; label: string; value: string; testId?: string }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setMessage(t("copy.done"));
    } catch {
      input.current?.select();
      setMessage(t("copy.failed"));
    }
  };
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} ref={input} readOnly value={value} spellCheck={false} onFocus={(e) => e.currentTarget.select()} data-testid={testId} />
      </div>
      <p className="actions">
        <button type="button" onClick={copy}>{t("copy.button")}</button>
        <span role="status">{message}</span>
      </p>
    </>
  );
}
