// The console's week planning for one space: days × hours, each cell Free / Partly free / Busy
// in text and symbol. Dragging down a day with the mouse (or a finger) selects hours; with the
// keyboard, Enter on the first hour then on the last does the same. The selection fills the
// block form, which stays the place where the block is confirmed.
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import { api, call } from "../api/client";
import type { Space } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { inSelection, selectionOf, type Cell, type Selection } from "../lib/blockPlanner";
import { addDays, clock, today, zonedInstant } from "../lib/time";
import { minutesToTime, mondayOf, weekGrid } from "../lib/week";
import { useApi } from "../useApi";
import { ErrorBox, Loading } from "./ui";
import { LABEL, MARK, shortDay } from "./WeekView";

export function BlockPlanner({ space, zone, refresh, onSelect }: { space: Space; zone: string; refresh: number; onSelect(selection: Selection): void }) {
  const { t, locale } = useI18n();
  const thisMonday = mondayOf(today(Date.now(), zone));
  const [monday, setMonday] = useState(thisMonday);
  const id = space.id ?? "";
  const result = useApi(`planner:${id}:${monday}:${refresh}`, (signal) =>
    call(() => api.GET("/api/v1/spaces/{spaceId}/availability", { params: { path: { spaceId: id }, query: { from: zonedInstant(monday, "00:00", zone), to: zonedInstant(addDays(monday, 7), "00:00", zone) } }, signal })),
  );
  const [anchor, setAnchor] = useState<Cell | null>(null);
  const [current, setCurrent] = useState<Cell | null>(null);
  const [hint, setHint] = useState("");
  const dragging = useRef(false);

  const finish = (from: Cell, to: Cell) => {
    dragging.current = false;
    setAnchor(null);
    setCurrent(null);
    const selection = selectionOf(from, to);
    setHint("");
    onSelect(selection);
  };
  // A drag may end outside the grid: the selection is what was reached.
  useEffect(() => {
    const up = () => {
      if (dragging.current && anchor && current) finish(anchor, current);
    };
    window.addEventListener("pointerup", up);
    return () => window.removeEventListener("pointerup", up);
  });

  const cellAt = (e: ReactPointerEvent): Cell | null => {
    const el = document.elementFromPoint(e.clientX, e.clientY)?.closest<HTMLElement>("[data-day]");
    return el ? { day: el.dataset.day ?? "", hour: Number(el.dataset.hour) } : null;
  };
  const dayHour = (cell: Cell) => `${shortDay(locale, cell.day)}, ${clock(locale, minutesToTime(cell.hour * 60))}`;

  const grid = result.state === "ok" ? weekGrid(monday, result.data.slots ?? [], zone) : null;
  const caption = t("planner.caption", { space: space.name });
  return (
    <div className="block-planner" data-testid="block-planner">
      <h3 id="planner-title">{t("planner.title", { space: space.name })}</h3>
      <p className="hint" id="planner-hint">{t("planner.hint")}</p>
      <div className="week-nav">
        <button type="button" className="secondary" onClick={() => setMonday(addDays(monday, -7))} disabled={monday <= thisMonday}>← {t("week.prev")}</button>
        <p className="week-range"><strong>{t("week.range", { from: shortDay(locale, monday), to: shortDay(locale, addDays(monday, 6)) })}</strong></p>
        <button type="button" className="secondary" onClick={() => setMonday(addDays(monday, 7))}>{t("week.next")} →</button>
      </div>
      <p role="status" className={hint ? "" : "visually-hidden"}>{hint}</p>
      {result.state === "loading" && <Loading />}
      {result.state === "error" && <ErrorBox error={result.error} onRetry={result.reload} />}
      {grid && (
        <div className="table-scroll" role="region" aria-labelledby="planner-title" tabIndex={0}>
          <table className="week-grid planner-grid" aria-describedby="planner-hint"
            onPointerMove={(e) => {
              if (!dragging.current || !anchor) return;
              const cell = cellAt(e);
              if (cell && (cell.day !== current?.day || cell.hour !== current?.hour)) setCurrent(cell);
            }}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("week.hour")}</th>
                {grid.days.map((d) => <th scope="col" key={d}>{shortDay(locale, d)}</th>)}
              </tr>
            </thead>
            <tbody>
              {grid.hours.map((h, hi) => (
                <tr key={h}>
                  <th scope="row">{clock(locale, minutesToTime(h * 60))}</th>
                  {grid.days.map((d, di) => {
                    const state = grid.cells[di]![hi]!;
                    const cell = { day: d, hour: h };
                    const selected = inSelection(cell, anchor, current);
                    return (
                      <td key={d} className={`cell-${state}${selected ? " cell-selected" : ""}`}>
                        <button type="button" className="planner-cell" data-day={d} data-hour={h} aria-pressed={selected}
                          aria-label={`${dayHour(cell)} : ${t(LABEL[state])}`}
                          onPointerDown={(e) => {
                            if (e.button !== 0) return;
                            e.preventDefault();
                            dragging.current = true;
                            setAnchor(cell);
                            setCurrent(cell);
                          }}
                          onClick={(e) => {
                            // Pointer clicks are handled by the drag; detail 0 is Enter or Space.
                            if (e.detail !== 0) return;
                            if (anchor && anchor.day === d) finish(anchor, cell);
                            else {
                              setAnchor(cell);
                              setCurrent(cell);
                              setHint(t("planner.started", { when: dayHour(cell) }));
                            }
                          }}>
                          <span aria-hidden="true">{selected ? "■" : MARK[state]}</span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
