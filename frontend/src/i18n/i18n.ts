import { en, fr, type Dictionary, type MessageKey } from "./messages";

export type Locale = "fr" | "en";
export const LOCALES: readonly Locale[] = ["fr", "en"];
export const DEFAULT_LOCALE: Locale = "fr";
export const STORAGE_KEY = "coopconnect.lang";

const dictionaries: Record<Locale, Dictionary> = { fr, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Replaces `{name}` placeholders; unknown placeholders are left visible rather than dropped. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Looks a key up in the locale, then in French, then shows the key itself (never blank). */
export function lookup(locale: Locale, key: string, params?: Params): string {
  const own = dictionaries[locale]?.[key as MessageKey];
  const template = own ?? dictionaries[DEFAULT_LOCALE][key as MessageKey] ?? key;
  return interpolate(template, params);
}

export function translator(locale: Locale): Translate {
  return (key, params) => lookup(locale, key, params);
}

/** Parses a stored or requested language; anything unknown gives French. */
export function parseLocale(value: string | null | undefined): Locale {
  const short = (value ?? "").trim().toLowerCase().slice(0, 2);
  return (LOCALES as readonly string[]).includes(short) ? (short as Locale) : DEFAULT_LOCALE;
}

/** The value sent as Accept-Language: the chosen language first, the other as a fallback. */
export function acceptLanguage(locale: Locale): string {
  return locale === "en" ? "en, fr;q=0.5" : "fr, en;q=0.5";
}
