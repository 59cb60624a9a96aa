// The occupancy section of the venue and network consoles; the insight screen itself is
// loaded only when a console opens, keeping it out of the initial bundle.
import { lazy, Suspense } from "react";
import { useI18n } from "../i18n/I18nProvider";
import type { InsightScope } from "./OccupancyInsight";
import { Loading } from "./ui";

const OccupancyInsight = lazy(() => import("./OccupancyInsight"));

export function OccupancySection({ id, scope }: { id: string; scope: InsightScope }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={id} className="console-section">
      <h2 id={id}>{t("insight.title")}</h2>
      <Suspense fallback={<Loading />}>
        <OccupancyInsight scope={scope} />
      </Suspense>
    </section>
  );
}
