import type { FreeSlot } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { clock, localParts } from "../lib/time";
import { timelineLayout } from "../lib/timeline";

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/**
 * The day as a bar: free segments are hatched and labelled "libre", busy ones plain grey, so
 * they differ without colour. The bar is a picture for sighted users (aria-hidden); the slot
 * list next to it carries the same information as text.
 */
export function DayTimeline({ slots, date, zone }: { slots: FreeSlot[]; date: string; zone: string }) {
  const { t, locale } = useI18n();
  const layout = timelineLayout(
    slots
      .filter((s) => s.start && s.end)
      .map((s) => {
        const a = localParts(s.start!, zone);
        const b = localParts(s.end!, zone);
        return { startMin: a.date < date ? 0 : a.minutes, endMin: b.date > date ? 24 * 60 : b.minutes };
      }),
  );
  return (
    <div className="timeline" aria-hidden="true">
      <div className="timeline-bar">
        {layout.segments.map((s) => (
          <span
            key={`${s.kind}-${s.startMin}`}
            className={`seg seg-${s.kind}`}
            style={{ left: `${s.leftPct}%`, width: `${s.widthPct}%` }}
            title={`${clock(locale, hhmm(s.startMin))} – ${clock(locale, hhmm(s.endMin))}`}
          >
            {s.kind === "free" && s.widthPct >= 12 ? t("timeline.free") : ""}
          </span>
        ))}
      </div>
      <div className="timeline-ticks">
        {layout.ticks.map((tick) => (
          <span key={tick.minute} style={{ left: `${tick.leftPct}%` }}>
            {clock(locale, hhmm(tick.minute))}
          </span>
        ))}
      </div>
    </div>
  );
}
