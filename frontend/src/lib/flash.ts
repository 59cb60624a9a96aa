// A one-time message for the next screen (e.g. "your account is deleted" on the home page),
// kept as a message key so it follows the language switch.
import type { MessageKey } from "../i18n/messages";

let pending: MessageKey | null = null;

export function setFlash(key: MessageKey): void {
  pending = key;
}

/** The waiting message, once. */
export function takeFlash(): MessageKey | null {
  const key = pending;
  pending = null;
  return key;
}
