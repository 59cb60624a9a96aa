import { useState } from "react";
import { api, call } from "../api/client";
import { toErrorView } from "../api/problem";
import { MEMBER_STATUSES, type Member, type MemberStatus } from "../api/types";
import { useAuth } from "../auth";
import { validateProfile, type ProfileField } from "../lib/validation";
import { ServerError, useForm } from "./form";
import { Field } from "./ui";

const FIELDS = ["displayName", "email", "phone", "commune", "activity", "newPassword", "currentPassword"] as const;

// "My profile and consents": PUT /me replaces the whole profile; a new email or password needs
// the current password (the API answers 403 when it is wrong, shown on that field).
export function ProfileForm({ member, onSaved }: { member: Member; onSaved(m: Member): void }) {
  const { refresh } = useAuth();
  const [saved, setSaved] = useState<Member>(member);
  const [status, setStatus] = useState<MemberStatus>(member.status ?? "OTHER");
  const [directoryConsent, setDirectoryConsent] = useState(!!member.directoryConsent);
  const [newsConsent, setNewsConsent] = useState(!!member.newsConsent);
  const [message, setMessage] = useState("");
  const form = useForm(FIELDS, (v: Record<ProfileField, string>) => validateProfile(v, saved.email ?? ""), {
    displayName: member.displayName ?? "",
    email: member.email ?? "",
    phone: member.phone ?? "",
    commune: member.commune ?? "",
    activity: member.activity ?? "",
  });
  const { t } = form;

  const onSubmit = form.submit(async (v) => {
    setMessage("");
    const trimmed = (s: string) => s.trim() || undefined;
    const body = {
      displayName: v.displayName.trim(),
      email: v.email.trim(),
      phone: trimmed(v.phone),
      commune: trimmed(v.commune),
      activity: trimmed(v.activity),
      status,
      directoryConsent,
      newsConsent,
      currentPassword: v.currentPassword || undefined,
      newPassword: v.newPassword || undefined,
    };
    const res = await call(() => api.PUT("/api/v1/me", { body }));
    if (!res.ok) {
      const error = toErrorView(t, res.status, res.body);
      // A wrong current password is a 403 without a field: show it on that field as well.
      return res.status === 403 ? { ...error, fieldErrors: { ...error.fieldErrors, currentPassword: error.message } } : error;
    }
    setSaved(res.data);
    onSaved(res.data);
    form.set("newPassword", "");
    form.set("currentPassword", "");
    setMessage(body.newPassword ? t("profile.savedWithPassword") : t("profile.saved"));
    void refresh();
    return null;
  });

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="profile-title" aria-busy={form.busy} data-testid="profile-form">
      <ServerError error={form.server} fields={FIELDS} />
      <Field label={t("field.displayName")} hint={t("field.displayNameHint")} autoComplete="nickname" required maxLength={120} {...form.bind("displayName")} />
      <Field label={t("field.email")} type="email" autoComplete="email" required maxLength={254} {...form.bind("email")} />
      <Field label={t("profile.phone")} hint={t("profile.optional")} type="tel" autoComplete="tel" maxLength={30} {...form.bind("phone")} />
      <Field label={t("profile.commune")} hint={t("profile.optional")} autoComplete="address-level2" maxLength={120} {...form.bind("commune")} />
      <Field label={t("profile.activity")} hint={t("profile.activityHint")} maxLength={200} {...form.bind("activity")} />
      <div className="field">
        <label htmlFor="field-status">{t("profile.status")}</label>
        <select id="field-status" name="status" value={status} onChange={(e) => setStatus(e.target.value as MemberStatus)}>
          {MEMBER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`memberStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="consents">
        <legend>{t("profile.consents")}</legend>
        <div className="check">
          <input id="field-directoryConsent" type="checkbox" checked={directoryConsent} onChange={(e) => setDirectoryConsent(e.target.checked)} aria-describedby="directory-hint" />
          <label htmlFor="field-directoryConsent">{t("profile.directoryConsent")}</label>
          <p id="directory-hint" className="hint">{t("profile.directoryHint")}</p>
        </div>
        <div className="check">
          <input id="field-newsConsent" type="checkbox" checked={newsConsent} onChange={(e) => setNewsConsent(e.target.checked)} />
          <label htmlFor="field-newsConsent">{t("profile.newsConsent")}</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("profile.security")}</legend>
        <Field label={t("profile.newPassword")} hint={t("profile.newPasswordHint")} type="password" autoComplete="new-password" maxLength={200} {...form.bind("newPassword")} />
        <Field label={t("profile.currentPassword")} hint={t("profile.currentPasswordHint")} type="password" autoComplete="current-password" maxLength={200} {...form.bind("currentPassword")} />
      </fieldset>
      <button type="submit" disabled={form.busy}>
        {form.busy ? t("profile.saving") : t("profile.save")}
      </button>
      <p role="status" className={message ? "success-box" : "visually-hidden"} data-testid="profile-saved">
        {message || (form.busy ? t("common.loading") : "")}
      </p>
    </form>
  );
}
