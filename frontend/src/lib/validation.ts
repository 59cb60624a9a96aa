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
