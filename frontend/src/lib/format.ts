import type { Amenity, Connectivity, VenueKind } from "../api/types";
import type { Locale, Translate } from "../i18n/i18n";

export function kindLabel(t: Translate, kind: VenueKind | undefined): string {
  return kind ? t(`kind.${kind}`) : t("common.none");
}

export function amenityLabel(t: Translate, amenity: Amenity): string {
  return t(`amenity.${amenity}`);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 }).format(value);
}

/**
 * "ADSL 18 Mb/s", "Fibre 1 000 Mb/s (envoi 500 Mb/s)", or just "Satellite" when no speed is
 * known. Undefined connectivity gives undefined, so the caller can leave the line out.
 */
export function formatConnectivity(t: Translate, locale: Locale, c: Connectivity | undefined | null): string | undefined {
  if (!c || !c.type) return undefined;
  const type = t(`connectivity.${c.type}`);
  const mbps = (v: number) => t("unit.mbps", { value: formatNumber(locale, v) });
  let text = c.downMbps != null ? `${type} ${mbps(c.downMbps)}` : type;
  if (c.upMbps != null) text += ` (${t("connectivity.up", { value: mbps(c.upMbps) })})`;
  return text;
}

/** One line of address: "12 rue X, 05300 Laragne-Montéglin", skipping what is missing. */
export function formatAddress(v: { address?: string; postalCode?: string; commune?: string }): string {
  const town = [v.postalCode, v.commune].filter(Boolean).join(" ");
  return [v.address, town].filter(Boolean).join(", ");
}

export function formatDate(locale: Locale, iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long" }).format(d);
}
