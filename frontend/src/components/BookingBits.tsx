import type { BookingStatus } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";

const MARK: Record<BookingStatus, string> = { CONFIRMED: "✓", PENDING: "…", CANCELLED: "✕", REJECTED: "✕", NO_SHOW: "∅" };

/** Status as text with a symbol (never colour alone). */
export function StatusBadge({ status }: { status: BookingStatus | undefined }) {
  const { t } = useI18n();
  if (!status) return null;
  return (
    <span className={`status status-${status.toLowerCase()}`} data-status={status}>
      <span aria-hidden="true">{MARK[status]} </span>
      {t(`status.${status}`)}
    </span>
  );
}
