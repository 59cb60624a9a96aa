import type { Translate } from "../i18n/i18n";
import type { Locale } from "../i18n/i18n";

/** "gratuit", or "6,50 € / h, à régler sur place" (English: "€6.50 / h, paid on site"). */
export function formatPrice(t: Translate, locale: Locale, hourlyRate: number | undefined | null): string {
  if (hourlyRate == null || hourlyRate <= 0) return t("price.free");
  const amount = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(hourlyRate);
  return t("price.hourly", { amount });
}
