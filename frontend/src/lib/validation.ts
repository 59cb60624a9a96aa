// Client-side checks mirroring the API's own (AuthRequests.Registration / Credentials), so
// most mistakes are caught before a round trip. The server stays the authority: its field
// errors are shown the same way.
import type { MessageKey } from "../i18n/messages";
import type { Params } from "../i18n/i18n";

export interface Issue {
  key: MessageKey;
  params?: Params;
}
export type Issues<F extends string> = Partial<Record<F, Issue>>;

export const PASSWORD_MIN = 10;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function email(value: string): Issue | undefined {
  const v = value.trim();
  if (!v) return { key: "validation.required" };
  if (v.length > 254) return { key: "validation.tooLong", params: { max: 254 } };
  if (!EMAIL.test(v)) return { key: "validation.email" };
  return undefined;
}

export function validateSignIn(v: { email: string; password: string }): Issues<"email" | "password"> {
  const out: Issues<"email" | "password"> = {};
  const e = email(v.email);
  if (e) out.email = e;
  if (!v.password) out.password = { key: "validation.required" };
  else if (v.password.length > 200) out.password = { key: "validation.tooLong", params: { max: 200 } };
  return out;
}

export function validateRegistration(v: {
  email: string;
  password: string;
  displayName: string;
}): Issues<"email" | "password" | "displayName"> {
  const out: Issues<"email" | "password" | "displayName"> = {};
  const e = email(v.email);
  if (e) out.email = e;
  if (!v.password) out.password = { key: "validation.required" };
  else if (v.password.length < PASSWORD_MIN) out.password = { key: "validation.passwordMin", params: { min: PASSWORD_MIN } };
  else if (v.password.length > 200) out.password = { key: "validation.tooLong", params: { max: 200 } };
  if (!v.displayName.trim()) out.displayName = { key: "validation.required" };
  else if (v.displayName.trim().length > 120) out.displayName = { key: "validation.tooLong", params: { max: 120 } };
  return out;
}

export type ProfileField = "displayName" | "email" | "phone" | "commune" | "activity" | "newPassword" | "currentPassword";
const PHONE = /^\+?[0-9 .()-]{6,30}$/;

function tooLong(value: string, max: number): Issue | undefined {
  return value.length > max ? { key: "validation.tooLong", params: { max } } : undefined;
}

/**
 * PUT /me's checks (AuthRequests.ProfileUpdate): the current password is needed only when the
 * email (compared with `currentEmail`) or the password changes.
 */
export function validateProfile(
  v: Record<ProfileField, string>,
  currentEmail: string,
): Issues<ProfileField> {
  const out: Issues<ProfileField> = {};
  const name = v.displayName.trim();
  if (!name) out.displayName = { key: "validation.required" };
  else if (name.length > 120) out.displayName = { key: "validation.tooLong", params: { max: 120 } };
  const e = email(v.email);
  if (e) out.email = e;
  const phone = v.phone.trim();
  if (phone && !PHONE.test(phone)) out.phone = { key: "validation.phone" };
  const commune = tooLong(v.commune.trim(), 120);
  if (commune) out.commune = commune;
  const activity = tooLong(v.activity.trim(), 200);
  if (activity) out.activity = activity;
  if (v.newPassword && v.newPassword.length < PASSWORD_MIN) out.newPassword = { key: "validation.passwordMin", params: { min: PASSWORD_MIN } };
  else if (v.newPassword.length > 200) out.newPassword = { key: "validation.tooLong", params: { max: 200 } };
  const needsPassword = !!v.newPassword || v.email.trim() !== currentEmail;
  if (needsPassword && !v.currentPassword) out.currentPassword = { key: "validation.currentPasswordNeeded" };
  else if (v.currentPassword.length > 200) out.currentPassword = { key: "validation.tooLong", params: { max: 200 } };
  return out;
}

/** POST /venues/{id}/agreements: the motivation is optional, at most 2,000 characters. */
export const MOTIVATION_MAX = 2000;

/** DELETE /me: the current password is required. */
export function validateErasure(v: { password: string }): Issues<"password"> {
  if (!v.password) return { password: { key: "validation.required" } };
  return v.password.length > 200 ? { password: { key: "validation.tooLong", params: { max: 200 } } } : {};
}
