// Layout of a day's free slots as a horizontal bar: free and busy segments with their
// position in percent, and the hour ticks. Pure, so it is unit-tested.
export interface Interval {
  startMin: number;
  endMin: number;
}
export interface Segment extends Interval {
  kind: "free" | "busy";
  leftPct: number;
  widthPct: number;
}
export interface TimelineLayout {
  startMin: number;
  endMin: number;
  segments: Segment[];
  ticks: { minute: number; leftPct: number }[];
}

/**
 * Free intervals (minutes since local midnight, possibly unsorted or overlapping) laid out on
 * a bar from `dayStart` to `dayEnd`, widened to whole hours around the free time. Everything
 * between free intervals is busy (closed, booked or blocked).
 */
export function timelineLayout(free: Interval[], dayStart = 8 * 60, dayEnd = 18 * 60): TimelineLayout {
  const clean = free
    .map((f) => ({ startMin: Math.max(0, f.startMin), endMin: Math.min(24 * 60, f.endMin) }))
    .filter((f) => f.endMin > f.startMin)
    .sort((a, b) => a.startMin - b.startMin);
  let start = dayStart;
  let end = dayEnd;
  for (const f of clean) {
    start = Math.min(start, Math.floor(f.startMin / 60) * 60);
    end = Math.max(end, Math.ceil(f.endMin / 60) * 60);
  }
  const merged: Interval[] = [];
  for (const f of clean) {
    const last = merged[merged.length - 1];
    if (last && f.startMin <= last.endMin) last.endMin = Math.max(last.endMin, f.endMin);
    else merged.push({ ...f });
  }
  const span = end - start;
  const pct = (m: number) => Math.round(((m - start) / span) * 10000) / 100;
  const segments: Segment[] = [];
  const push = (kind: Segment["kind"], s: number, e: number) => {
    if (e > s) segments.push({ kind, startMin: s, endMin: e, leftPct: pct(s), widthPct: Math.round((pct(e) - pct(s)) * 100) / 100 });
  };
  let cursor = start;
  for (const f of merged) {
    push("busy", cursor, f.startMin);
    push("free", f.startMin, f.endMin);
    cursor = f.endMin;
  }
  push("busy", cursor, end);
  const ticks = [];
  const step = span > 12 * 60 ? 240 : 120;
  for (let m = start; m <= end; m += step) ticks.push({ minute: m, leftPct: pct(m) });
  return { startMin: start, endMin: end, segments, ticks };
}
