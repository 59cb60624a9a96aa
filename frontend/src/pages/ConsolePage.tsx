// The venue console: hours (per day or OSM text), public holidays, closures, spaces and their
// rules, blocks, agreement requests and a week of bookings to approve or reject. Plain forms,
// one section each.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, call, getVenue } from "../api/client";
import type { Booking, OpeningHours, Space, Venue } from "../api/types";
import { useAuth } from "../auth";
import { StatusBadge } from "../components/BookingBits";
import { closureText } from "../components/VenueSchedule";
import { ErrorBox, Loading, PageTitle } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import { capitalize, dayName, DAYS, formatOpeningHours, type Day } from "../lib/hours";
import type { Selection } from "../lib/blockPlanner";
import { addDays, clock, localParts, longDate, timeRange, today, venueZone, zoneCity, zonedInstant, zoneToShow } from "../lib/time";
import { fromDraft, mondayOf, toDraft, type WeekDraft } from "../lib/weekEditor";
import { Link, paths } from "../router";
import { useAction } from "../useAction";
import { useApi } from "../useApi";
import { AgreementRequests } from "../components/AgreementRequests";
import { BlockPlanner } from "../components/BlockPlanner";
import { ApproveReject } from "../components/ApproveReject";
import { SpacesEditor } from "../components/SpacesEditor";
import { VenueForm } from "../components/VenueForm";
import { OccupancySection } from "../components/OccupancySection";
import { toErrorView } from "../api/problem";
import { venueIfMatch } from "../lib/network";
import { canManage } from "./VenuePage";

type T = ReturnType<typeof useI18n>["t"];

export function ConsolePage({ id }: { id: string }) {
  const { t } = useI18n();
  const { token, member } = useAuth();
  const venue = useApi(`console-venue:${id}`, (signal) =>
    getVenue(id, signal),
  );
  // The venue as last saved by the details form (its name is the title), else as loaded.
  const [saved, setSaved] = useState<Venue | null>(null);
  const current = saved ?? (venue.state === "ok" ? venue.data : null);
  const title = current ? t("console.title", { name: current.name }) : t("console.titleShort");
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {!token ? (
        <p>
          {t("console.needSignIn")} <Link href={paths.signIn(paths.console(id))}>{t("nav.signIn")}</Link>
        </p>
      ) : !member || (venue.state === "loading" && !current) ? (
        <Loading />
      ) : venue.state === "error" ? (
        <ErrorBox error={venue.error} />
      ) : !canManage(member, id) || !current ? (
        <p>{t("console.forbidden")}</p>
      ) : (
        <Console venue={current} onVenueSaved={setSaved} />
      )}
    </>
  );
}

function Console({ venue, onVenueSaved }: { venue: Venue; onVenueSaved(venue: Venue): void }) {
  const { t } = useI18n();
  const id = venue.id ?? "";
  // Every date and time of the console is on the venue's own clock.
  const zone = venueZone(venue.timezone);
  const spaces = useApi(`console-spaces:${id}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}/spaces", { params: { path: { venueId: id } }, signal })),
  );
  // The last list loaded stays on screen while it reloads, so the space editor keeps its message.
  const [spaceList, setSpaceList] = useState<Space[] | null>(null);
  const loaded = spaces.state === "ok" ? spaces.data : null;
  useEffect(() => {
    if (loaded) setSpaceList(loaded);
  }, [loaded]);
  return (
    <div className="console">
      <p>
        <Link href={paths.venue(id)}>{t("console.publicPage")}</Link>
      </p>
      {zoneToShow(zone) && <p className="notice" data-testid="console-zone">{t("console.zone", { zone: t("time.zoneFull", { city: zoneCity(zone), zone }) })}</p>}
      <nav aria-label={t("console.sections")}>
        <ul className="inline-list">
          <li><a href="#c-details">{t("console.details")}</a></li>
          <li><a href="#c-hours">{t("venue.hours")}</a></li>
          <li><a href="#c-closures">{t("venue.closures")}</a></li>
          <li><a href="#c-spaces">{t("venue.spaces")}</a></li>
          <li><a href="#c-blocks">{t("console.blocks")}</a></li>
          <li><a href="#c-agreements">{t("agreements.title")}</a></li>
          <li><a href="#c-bookings">{t("console.bookings")}</a></li>
          <li><a href="#c-occupancy">{t("insight.title")}</a></li>
        </ul>
      </nav>
      <VenueDetails venue={venue} onSaved={onVenueSaved} />
      <HoursEditor venueId={id} />
      <ClosuresEditor venueId={id} />
      {spaces.state === "error" ? (
        <ErrorBox error={spaces.error} onRetry={spaces.reload} />
      ) : !spaceList ? (
        <Loading />
      ) : (
        <>
          <SpacesEditor venueId={id} spaces={spaceList} onSaved={(saved) => {
            // The saved version at once (a next edit must send it in If-Match), then the list as the API sorts it.
            setSpaceList((list) => [...(list ?? []).filter((s) => s.id !== saved.id), saved]);
            spaces.reload();
          }} />
          <BlocksEditor spaces={spaceList} zone={zone} />
        </>
      )}
      <AgreementRequests venueId={id} zone={zone} />
      <WeekBookings venueId={id} spaces={spaceList ?? []} zone={zone} />
      <OccupancySection id="c-occupancy" scope={{ venueId: id, zone }} />
    </div>
  );
}

/** The venue's own fields; PUT sends the whole venue back (see venueBody) with If-Match. */
function VenueDetails({ venue, onSaved }: { venue: Venue; onSaved(venue: Venue): void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState("");
  const id = venue.id ?? "";
  const send = async (body: Venue) => {
    setMessage("");
    const res = await call(() => api.PUT("/api/v1/venues/{venueId}", { params: { path: { venueId: id }, header: { "If-Match": venueIfMatch(venue) } }, body }));
    if (!res.ok) return toErrorView(t, res.status, res.body);
    setMessage(t("console.detailsSaved"));
    onSaved(res.data);
    return null;
  };
  const reloadLatest = async () => {
    const res = await getVenue(id);
    if (res.ok) onSaved(res.data);
  };
  return (
    <section aria-labelledby="c-details" className="console-section">
      <h2 id="c-details">{t("console.details")}</h2>
      <p role="status" className={message ? "success-box" : "visually-hidden"}>{message}</p>
      {/* A new version (saved or reloaded) starts the form again from it. */}
      <VenueForm key={venue.version} id="vd" labelledBy="c-details" venue={venue} submitLabel={t("console.detailsSave")} send={send}
        errorExtra={(error) => error.status === 412 && (
          <>
            <p>{t("console.detailsConflict")}</p>
            <button type="button" className="secondary" onClick={() => void reloadLatest()}>{t("console.detailsReload")}</button>
          </>
        )} />
    </section>
  );
}

function HoursEditor({ venueId }: { venueId: string }) {
  const { t, locale } = useI18n();
  const hours = useApi(`console-hours:${venueId}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}/opening-hours", { params: { path: { venueId } }, signal })),
  );
  const [saved, setSaved] = useState<OpeningHours | null>(null);
  const [draft, setDraft] = useState<WeekDraft>(() => toDraft([]));
  const [holidays, setHolidays] = useState<"OPEN" | "CLOSED">("CLOSED");
  const [osm, setOsm] = useState("");
  const [problem, setProblem] = useState("");
  const action = useAction();
  useEffect(() => {
    if (hours.state === "ok") load(hours.data);
  }, [hours.state]); // eslint-disable-line react-hooks/exhaustive-deps
  function load(h: OpeningHours) {
    setSaved(h);
    setDraft(toDraft(h.weekly ?? []));
    setHolidays(h.publicHolidays ?? "CLOSED");
    setOsm(h.osm ?? "");
  }
  const put = async (body: OpeningHours) => {
    const res = await action.run(() => call(() => api.PUT("/api/v1/venues/{venueId}/opening-hours", { params: { path: { venueId } }, body })), t("console.hoursSaved"));
    if (res) load(res.data);
  };
  const saveWeekly = (e: FormEvent) => {
    e.preventDefault();
    const out = fromDraft(draft);
    if ("error" in out) {
      setProblem(`${capitalize(dayName(locale, out.error.day))} : ${t(out.error.key)}`);
      return;
    }
    setProblem("");
    void put({ weekly: out.weekly, publicHolidays: holidays });
  };
  const saveOsm = (e: FormEvent) => {
    e.preventDefault();
    void put({ osm: osm.trim() });
  };
  const setRow = (day: Day, i: number, key: "opens" | "closes", value: string) =>
    setDraft((d) => ({ ...d, [day]: d[day].map((r, j) => (j === i ? { ...r, [key]: value } : r)) }));

  return (
    <section aria-labelledby="c-hours" className="console-section">
      <h2 id="c-hours">{t("venue.hours")}</h2>
      {hours.state === "loading" && <Loading />}
      {hours.state === "error" && <ErrorBox error={hours.error} onRetry={hours.reload} />}
      {saved && <p data-testid="console-hours-text"><strong>{t("console.current")}</strong> {capitalize(formatOpeningHours(locale, saved.weekly ?? [], saved.publicHolidays))}.</p>}
      {action.feedback}
      <form onSubmit={saveWeekly} aria-labelledby="c-weekly">
        <h3 id="c-weekly">{t("console.weekly")}</h3>
        {problem && <p className="field-error" role="alert"><span aria-hidden="true">⚠ </span>{problem}</p>}
        <div className="week-editor">
          {DAYS.map((day) => (
            <fieldset key={day} className="day-row">
              <legend>{capitalize(dayName(locale, day))}</legend>
              {draft[day].length === 0 && <p className="muted">{t("console.closedDay")}</p>}
              {draft[day].map((r, i) => (
                <div key={i} className="range-row">
                  <label>
                    {t("console.opens")}
                    <input type="time" value={r.opens} required aria-label={t("console.opensAria", { day: dayName(locale, day), n: i + 1 })} onChange={(e) => setRow(day, i, "opens", e.target.value)} />
                  </label>
                  <label>
                    {t("console.closes")}
                    <input type="time" value={r.closes} required aria-label={t("console.closesAria", { day: dayName(locale, day), n: i + 1 })} onChange={(e) => setRow(day, i, "closes", e.target.value)} />
                  </label>
                  <button type="button" className="secondary small" onClick={() => setDraft((d) => ({ ...d, [day]: d[day].filter((_, j) => j !== i) }))}
                    aria-label={t("console.removeRangeAria", { day: dayName(locale, day), n: i + 1 })}>
                    {t("console.remove")}
                  </button>
                </div>
              ))}
              <button type="button" className="secondary small" onClick={() => setDraft((d) => ({ ...d, [day]: [...d[day], { opens: "09:00", closes: "12:00" }] }))}
                aria-label={t("console.addRangeAria", { day: dayName(locale, day) })}>
                {t("console.addRange")}
              </button>
            </fieldset>
          ))}
        </div>
        <fieldset>
          <legend>{t("console.holidays")}</legend>
          <label className="check"><input type="radio" name="holidays" checked={holidays === "CLOSED"} onChange={() => setHolidays("CLOSED")} /> {t("console.holidaysClosed")}</label>
          <label className="check"><input type="radio" name="holidays" checked={holidays === "OPEN"} onChange={() => setHolidays("OPEN")} /> {t("console.holidaysOpen")}</label>
        </fieldset>
        <button type="submit" disabled={action.busy}>{t("console.saveHours")}</button>
      </form>
      <form onSubmit={saveOsm} aria-labelledby="c-osm">
        <h3 id="c-osm">{t("console.osm")}</h3>
        <div className="field">
          <label htmlFor="osm-text">{t("console.osmLabel")}</label>
          <p className="hint" id="osm-hint">{t("console.osmHint")}</p>
          <input id="osm-text" value={osm} onChange={(e) => setOsm(e.target.value)} aria-describedby="osm-hint" spellCheck={false} />
        </div>
        <button type="submit" disabled={action.busy || !osm.trim()}>{t("console.applyOsm")}</button>
      </form>
    </section>
  );
}

function ClosuresEditor({ venueId }: { venueId: string }) {
  const { t, locale } = useI18n();
  const list = useApi(`console-closures:${venueId}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}/closures", { params: { path: { venueId } }, signal })),
  );
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [reason, setReason] = useState("");
  const action = useAction();
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const res = await action.run(
      () => call(() => api.POST("/api/v1/venues/{venueId}/closures", { params: { path: { venueId } }, body: { from, to: to || from, ...(reason.trim() ? { reason: reason.trim() } : {}) } })),
      t("console.closureAdded"),
    );
    if (res) {
      setFrom("");
      setTo("");
      setReason("");
      list.reload();
    }
  };
  const remove = async (closureId: string) => {
    const res = await action.run(
      () => call(() => api.DELETE("/api/v1/venues/{venueId}/closures/{closureId}", { params: { path: { venueId, closureId } } })),
      t("console.closureRemoved"),
    );
    if (res) list.reload();
  };
  return (
    <section aria-labelledby="c-closures" className="console-section">
      <h2 id="c-closures">{t("venue.closures")}</h2>
      {action.feedback}
      {list.state === "ok" &&
        (list.data.length === 0 ? (
          <p>{t("venue.noClosures")}</p>
        ) : (
          <ul className="plain-list">
            {list.data.map((c) => (
              <li key={c.id}>
                {capitalize(closureText(locale, c))}
                {c.reason && <> — {c.reason}</>}{" "}
                <button type="button" className="secondary small" onClick={() => remove(c.id ?? "")} aria-label={t("console.removeClosureAria", { when: closureText(locale, c) })}>
                  {t("console.remove")}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <form onSubmit={add} className="inline-form" aria-labelledby="c-closure-add">
        <h3 id="c-closure-add">{t("console.addClosure")}</h3>
        <div className="field"><label htmlFor="cl-from">{t("console.from")}</label><input id="cl-from" type="date" required value={from} onChange={(e) => setFrom(e.target.value)} /></div>
        <div className="field"><label htmlFor="cl-to">{t("console.toIncluded")}</label><input id="cl-to" type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} /></div>
        <div className="field"><label htmlFor="cl-reason">{t("console.reason")}</label><input id="cl-reason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} /></div>
        <button type="submit" disabled={action.busy || !from}>{t("console.addClosure")}</button>
      </form>
    </section>
  );
}

function BlocksEditor({ spaces, zone }: { spaces: Space[]; zone: string }) {
  const { t, locale } = useI18n();
  const [chosenId, setSpaceId] = useState("");
  const spaceId = chosenId || spaces[0]?.id || "";
  const [date, setDate] = useState(() => today(Date.now(), zone));
  const [start, setStart] = useState("09:00");
  const [end, setEnd] = useState("12:00");
  const [reason, setReason] = useState("");
  const [picked, setPicked] = useState("");
  const [refresh, setRefresh] = useState(0);
  const reasonRef = useRef<HTMLInputElement>(null);
  const action = useAction();
  const space = spaces.find((s) => s.id === spaceId);
  const pick = (selection: Selection) => {
    setDate(selection.date);
    setStart(selection.start);
    setEnd(selection.end);
    setPicked(t("planner.picked", { when: `${longDate(locale, selection.date)}, ${clock(locale, selection.start)} – ${clock(locale, selection.end)}` }));
    requestAnimationFrame(() => reasonRef.current?.focus());
  };
  const blocks = useApi(`blocks:${spaceId}`, (signal) =>
    spaceId
      ? call(() => api.GET("/api/v1/spaces/{spaceId}/blocks", { params: { path: { spaceId } }, signal }))
      : Promise.resolve({ ok: true as const, data: [] }),
  );
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const res = await action.run(
      () => call(() => api.POST("/api/v1/spaces/{spaceId}/blocks", { params: { path: { spaceId } }, body: { start: zonedInstant(date, start, zone), end: zonedInstant(date, end, zone), ...(reason.trim() ? { reason: reason.trim() } : {}) } })),
      t("console.blockAdded"),
    );
    if (res) {
      setReason("");
      setPicked("");
      blocks.reload();
      setRefresh((n) => n + 1);
    }
  };
  const remove = async (blockId: string) => {
    const res = await action.run(() => call(() => api.DELETE("/api/v1/spaces/{spaceId}/blocks/{blockId}", { params: { path: { spaceId, blockId } } })), t("console.blockRemoved"));
    if (res) {
      blocks.reload();
      setRefresh((n) => n + 1);
    }
  };
  return (
    <section aria-labelledby="c-blocks" className="console-section">
      <h2 id="c-blocks">{t("console.blocks")}</h2>
      {spaces.length === 0 && <p>{t("venue.noSpaces")}</p>}
      {spaces.length > 0 && (
        <>
          <p className="hint">{t("console.blockHint")}</p>
          <div className="field">
            <label htmlFor="bl-space">{t("book.space")}</label>
            <select id="bl-space" value={spaceId} onChange={(e) => setSpaceId(e.target.value)}>
              {spaces.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </div>
          {space && <BlockPlanner space={space} zone={zone} refresh={refresh} onSelect={pick} />}
          <h3 id="c-block">{t("console.addBlock")}</h3>
          <p role="status" className={picked ? "" : "visually-hidden"}>{picked}</p>
          {action.feedback}
          <form onSubmit={add} className="inline-form" aria-labelledby="c-block">
            <div className="field"><label htmlFor="bl-date">{t("book.date")}</label><input id="bl-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} /></div>
            <div className="field"><label htmlFor="bl-start">{t("console.from")}</label><input id="bl-start" type="time" required value={start} onChange={(e) => setStart(e.target.value)} /></div>
            <div className="field"><label htmlFor="bl-end">{t("console.to")}</label><input id="bl-end" type="time" required value={end} onChange={(e) => setEnd(e.target.value)} /></div>
            <div className="field"><label htmlFor="bl-reason">{t("console.reason")}</label><input id="bl-reason" ref={reasonRef} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} /></div>
            <button type="submit" disabled={action.busy}>{t("console.addBlock")}</button>
          </form>
          <h3>{t("console.blocksOf", { name: spaces.find((s) => s.id === spaceId)?.name ?? "" })}</h3>
          {blocks.state === "ok" &&
            (blocks.data.length === 0 ? (
              <p>{t("console.noBlocks")}</p>
            ) : (
              <ul className="plain-list" data-testid="blocks">
                {blocks.data.map((b) => {
                  const when = `${longDate(locale, localParts(b.start, zone).date)}, ${timeRange(locale, b.start, b.end, zone)}`;
                  return (
                    <li key={b.id}>
                      {when}
                      {b.reason && <> — {b.reason}</>}{" "}
                      <button type="button" className="secondary small" onClick={() => remove(b.id ?? "")} aria-label={t("console.removeBlockAria", { when })}>
                        {t("console.remove")}
                      </button>
                    </li>
                  );
                })}
              </ul>
            ))}
        </>
      )}
    </section>
  );
}

function WeekBookings({ venueId, spaces, zone }: { venueId: string; spaces: Space[]; zone: string }) {
  const { t, locale } = useI18n();
  const [week, setWeek] = useState(() => mondayOf(today(Date.now(), zone)));
  const from = zonedInstant(week, "00:00", zone);
  const to = zonedInstant(addDays(week, 7), "00:00", zone);
  const list = useApi(`venue-bookings:${venueId}:${week}`, (signal) =>
    call(() => api.GET("/api/v1/venues/{venueId}/bookings", { params: { path: { venueId }, query: { from, to } }, signal })),
  );
  const action = useAction();
  const spaceName = (id?: string) => spaces.find((s) => s.id === id)?.name ?? "…";
  const approve = async (b: Booking) => {
    if (await action.run(() => call(() => api.POST("/api/v1/bookings/{bookingId}/approve", { params: { path: { bookingId: b.id ?? "" } }, body: {} })), t("console.approved"))) list.reload();
  };
  const reject = async (b: Booking, reason: string) => {
    if (await action.run(() => call(() => api.POST("/api/v1/bookings/{bookingId}/reject", { params: { path: { bookingId: b.id ?? "" } }, body: { reason } })), t("console.rejected"))) list.reload();
  };
  return (
    <section aria-labelledby="c-bookings" className="console-section">
      <h2 id="c-bookings">{t("console.bookings")}</h2>
      <div className="week-nav">
        <button type="button" className="secondary" onClick={() => setWeek(addDays(week, -7))}>{t("console.prevWeek")}</button>
        <div className="field">
          <label htmlFor="week-of">{t("console.weekOf")}</label>
          <input id="week-of" type="date" value={week} onChange={(e) => e.target.value && setWeek(mondayOf(e.target.value))} />
        </div>
        <button type="button" className="secondary" onClick={() => setWeek(addDays(week, 7))}>{t("console.nextWeek")}</button>
      </div>
      <p>{t("console.weekRange", { from: longDate(locale, week), to: longDate(locale, addDays(week, 6)) })}</p>
      {action.feedback}
      {list.state === "loading" && <Loading />}
      {list.state === "error" && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.state === "ok" &&
        (list.data.length === 0 ? (
          <p>{t("console.noBookings")}</p>
        ) : (
          <ul className="booking-list" data-testid="venue-bookings">
            {list.data.map((b) => (
              <VenueBookingRow key={b.id} booking={b} zone={zone} spaceName={spaceName(b.spaceId)} t={t} busy={action.busy} onApprove={approve} onReject={reject} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function VenueBookingRow({ booking: b, zone, spaceName, t, busy, onApprove, onReject }: {
  booking: Booking; zone: string; spaceName: string; t: T; busy: boolean; onApprove(b: Booking): void; onReject(b: Booking, reason: string): void;
}) {
  const { locale } = useI18n();
  const when = b.start && b.end ? `${longDate(locale, localParts(b.start, zone).date)}, ${timeRange(locale, b.start, b.end, zone)}` : "";
  return (
    <li className="booking-item">
      <p className="booking-when">{when}</p>
      <p>
        {spaceName} — {b.memberName} {(b.seats ?? 1) > 1 && <>({t("search.freeSeats", { n: b.seats ?? 1 })})</>} · <StatusBadge status={b.status} />
      </p>
      {b.note && <p className="prewrap muted">{b.note}</p>}
      {b.status === "PENDING" && (
        <ApproveReject id={`booking-${b.id}`} busy={busy} reasonMax={200} approveAria={t("console.approveAria", { who: b.memberName ?? "", when })}
          rejectAria={t("console.rejectAria", { who: b.memberName ?? "", when })} onApprove={() => onApprove(b)} onReject={(reason) => onReject(b, reason)} />
      )}
    </li>
  );
}
