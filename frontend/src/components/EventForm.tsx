// The organiser's form, to create an event or edit one: venue and space, title, description,
// day and times in the venue's zone, capacity. Checked before sending; the API's problem
// details (space taken, venue closed, capacity below the registered) show above the fields.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, call, type Outcome } from "../api/client";
import { toErrorView, type ErrorView } from "../api/problem";
import type { Member, Venue } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import {
  EVENT_CAPACITY_MAX,
  EVENT_DESCRIPTION_MAX,
  EVENT_FIELDS,
  EVENT_TITLE_MAX,
  eventRequest,
  validateEventDraft,
  type CommunityEvent,
  type EventDraft,
  type EventField,
  type EventRequest,
} from "../lib/events";
import type { Issues } from "../lib/validation";
import { ServerError } from "./form";
import { useApi, type Load } from "../useApi";
import { Field, Loading } from "./ui";

/** The venues the member may organise events at: all of them for network-admins, else those it manages. */
export function useOrganisableVenues(member: Member | null): Load<Venue[]> & { reload(): void } {
  const admin = (member?.roles ?? []).includes("network-admin");
  const managed = member?.managedVenueIds ?? [];
  return useApi(`organisable:${member?.id}:${admin}:${managed.join(",")}`, async (signal) => {
    if (admin) {
      const res = await call(() => api.GET("/api/v1/venues", { params: { query: { size: 200 } }, signal }));
      return res.ok ? { ok: true, data: res.data.items ?? [] } : res;
    }
    const all = await Promise.all(
      managed.map((venueId) => call(() => api.GET("/api/v1/venues/{venueId}", { params: { path: { venueId } }, signal }))),
    );
    const failed = all.find((r) => !r.ok);
    return failed && !failed.ok ? failed : { ok: true, data: all.flatMap((r) => (r.ok ? [r.data] : [])) };
  });
}

interface EventFormProps {
  venues: Venue[];
  initial: EventDraft;
  /** On edit the venue cannot change. */
  venueFixed?: boolean;
  submitLabel: string;
  busyLabel: string;
  send(body: EventRequest): Promise<Outcome<CommunityEvent>>;
  onSaved(event: CommunityEvent): void;
}

export function EventForm({ venues, initial, venueFixed, submitLabel, busyLabel, send, onSaved }: EventFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<EventDraft>(initial);
  const [issues, setIssues] = useState<Issues<EventField>>({});
  const [server, setServer] = useState<ErrorView | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const venue = venues.find((v) => v.id === draft.venueId);
  const spaces = useApi(`event-form-spaces:${draft.venueId}`, (signal) =>
    draft.venueId
      ? call(() => api.GET("/api/v1/venues/{venueId}/spaces", { params: { path: { venueId: draft.venueId } }, signal }))
      : Promise.resolve({ ok: true as const, data: [] }),
  );
  const spaceList = spaces.state === "ok" ? spaces.data.filter((s) => s.active !== false || s.id === draft.spaceId) : [];
  const space = spaceList.find((s) => s.id === draft.spaceId);

  // A single venue needs no choosing.
  useEffect(() => {
    if (!draft.venueId && venues.length === 1) setDraft((d) => ({ ...d, venueId: venues[0]?.id ?? "" }));
  }, [venues, draft.venueId]);

  const set = (field: EventField, value: string) =>
    setDraft((d) => ({ ...d, [field]: value, ...(field === "venueId" ? { spaceId: "" } : {}) }));
  const error = (f: EventField) => {
    const issue = issues[f];
    return issue ? t(issue.key, issue.params) : server?.fieldErrors[f];
  };
  // Bumped on each refused submit; the effect runs once the errors are on screen.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals) formRef.current?.querySelector<HTMLElement>(".error-focus, [aria-invalid=true]")?.focus();
  }, [refusals]);
  const focusFirstInvalid = () => setRefusals((n) => n + 1);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = validateEventDraft(draft, space?.capacity);
    setIssues(found);
    setServer(null);
    if (Object.keys(found).length) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    const res = await send(eventRequest(draft, venue?.timezone));
    setBusy(false);
    if (res.ok) onSaved(res.data);
    else {
      setServer(toErrorView(t, res.status, res.body));
      focusFirstInvalid();
    }
  };

  const described = (f: EventField, hint?: boolean) =>
    [hint && `field-${f}-hint`, error(f) && `field-${f}-error`].filter(Boolean).join(" ") || undefined;
  const errorLine = (f: EventField) =>
    error(f) && (
      <p id={`field-${f}-error`} className="field-error">
        <span aria-hidden="true">⚠ </span>
        {error(f)}
      </p>
    );
  const bind = (f: EventField) => ({
    name: f,
    value: draft[f],
    error: error(f),
    onChange: (e: { target: { value: string } }) => set(f, e.target.value),
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-busy={busy} className="event-form" data-testid="event-form">
      <ServerError error={server} fields={EVENT_FIELDS} />
      <div className={error("venueId") ? "field field-invalid" : "field"}>
        <label htmlFor="field-venueId">{t("events.venue")}</label>
        <select
          id="field-venueId"
          value={draft.venueId}
          disabled={venueFixed}
          aria-invalid={error("venueId") ? true : undefined}
          aria-describedby={described("venueId")}
          onChange={(e) => set("venueId", e.target.value)}
        >
          <option value="">{t("events.chooseVenue")}</option>
          {venues.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name} ({v.commune})
            </option>
          ))}
        </select>
        {errorLine("venueId")}
      </div>
      <div className={error("spaceId") ? "field field-invalid" : "field"}>
        <label htmlFor="field-spaceId">{t("events.space")}</label>
        <p className="hint" id="field-spaceId-hint">
          {t("events.spaceHint")}
        </p>
        <select
          id="field-spaceId"
          value={draft.spaceId}
          disabled={!draft.venueId || spaces.state !== "ok"}
          aria-invalid={error("spaceId") ? true : undefined}
          aria-describedby={described("spaceId", true)}
          onChange={(e) => set("spaceId", e.target.value)}
        >
          <option value="">{t("events.chooseSpace")}</option>
          {spaceList.map((s) => (
            <option key={s.id} value={s.id}>
              {t("events.spaceOption", { name: s.name, capacity: s.capacity ?? 1 })}
            </option>
          ))}
        </select>
        {errorLine("spaceId")}
        {spaces.state === "loading" && draft.venueId && <Loading />}
        {spaces.state === "error" && <p className="field-error">{spaces.error.message}</p>}
      </div>
      <Field label={t("events.titleField")} required maxLength={EVENT_TITLE_MAX} {...bind("title")} />
      <div className={error("description") ? "field field-invalid" : "field"}>
        <label htmlFor="field-description">{t("events.description")}</label>
        <p className="hint" id="field-description-hint">
          {t("events.descriptionHint", { max: EVENT_DESCRIPTION_MAX })}
        </p>
        <textarea
          id="field-description"
          rows={5}
          maxLength={EVENT_DESCRIPTION_MAX}
          value={draft.description}
          aria-invalid={error("description") ? true : undefined}
          aria-describedby={described("description", true)}
          onChange={(e) => set("description", e.target.value)}
        />
        {errorLine("description")}
      </div>
      <div className="inline-form">
        <Field label={t("events.date")} type="date" required {...bind("date")} />
        <Field label={t("events.start")} type="time" step={300} required {...bind("start")} />
        <Field label={t("events.end")} type="time" step={300} required {...bind("end")} />
      </div>
      <Field
        label={t("events.capacity")}
        hint={space ? t("events.capacityHintSpace", { max: Math.min(space.capacity ?? 1, EVENT_CAPACITY_MAX) }) : t("events.capacityHint")}
        type="number"
        inputMode="numeric"
        min={1}
        max={space?.capacity ?? EVENT_CAPACITY_MAX}
        required
        {...bind("capacity")}
      />
      <button type="submit" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
      {busy && (
        <p role="status" className="visually-hidden">
          {t("common.loading")}
        </p>
      )}
    </form>
  );
}
