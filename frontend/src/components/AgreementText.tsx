import type { components } from "../api/schema";
import { useI18n } from "../i18n/I18nProvider";
import { Markdown } from "./Markdown";

type Text = components["schemas"]["AcceptedText"];

/** An agreement text (a template's current version, or the version a member accepted): terms, then the body. */
export function AcceptedText({ text, headingLevel }: { text: Text; headingLevel: number }) {
  const { t } = useI18n();
  return (
    <div className="agreement-body">
      <dl className="facts">
        {text.admissionCriteria && (
          <div>
            <dt>{t("agreement.criteria")}</dt>
            <dd className="prewrap">{text.admissionCriteria}</dd>
          </div>
        )}
        {text.validityDays != null && (
          <div>
            <dt>{t("agreement.validity")}</dt>
            <dd>{t("agreement.validityDays", { n: text.validityDays })}</dd>
          </div>
        )}
        {text.maxBookingsPerMonth != null && (
          <div>
            <dt>{t("agreement.monthly")}</dt>
            <dd>{t("agreement.monthlyN", { n: text.maxBookingsPerMonth })}</dd>
          </div>
        )}
      </dl>
      {text.body && <Markdown source={text.body} headingLevel={headingLevel} />}
    </div>
  );
}
