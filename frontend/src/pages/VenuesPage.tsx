import { useEffect, useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import { VENUE_KINDS, type Venue, type VenueKind } from "../api/types";
import { ErrorBox, Loading, PageTitle } from "../components/ui";
import { useI18n } from "../i18n/I18nProvider";
import { amenityLabel, formatConnectivity, kindLabel } from "../lib/format";
import { pageCount, parseVenueSearch, PAGE_SIZE, venueSearchToApi, venueSearchToQuery, type VenueSearch } from "../lib/venueQuery";
import { Link, navigate, paths, useLocation } from "../router";
import { useApi } from "../useApi";

export function VenuesPage() {
  const { t } = useI18n();
  const { search: query } = useLocation();
  const search = parseVenueSearch(query);
  const key = venueSearchToQuery(search);
  const result = useApi(key, (signal) =>
    call(() => api.GET("/api/v1/venues", { params: { query: venueSearchToApi(search) }, signal })),
  );

  // The form edits a draft; submitting writes it into the URL, which drives the request.
  const [draft, setDraft] = useState<VenueSearch>(search);
  useEffect(() => setDraft(parseVenueSearch(query)), [query]);

  const go = (next: VenueSearch) => navigate(paths.venues(venueSearchToQuery(next)), { focus: false });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ ...draft, page: 0 });
  };

  return (
    <>
      <PageTitle title={t("venues.title")}>{t("venues.title")}</PageTitle>
      <form className="filters" role="search" aria-label={t("venues.filters")} onSubmit={submit}>
        <div className="field">
          <label htmlFor="filter-kind">{t("venues.kind")}</label>
          <select
            id="filter-kind"
            value={draft.kind ?? ""}
            onChange={(e) => setDraft({ ...draft, kind: (e.target.value || undefined) as VenueKind | undefined })}
          >
            <option value="">{t("venues.kindAll")}</option>
            {VENUE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-commune">{t("venues.commune")}</label>
          <input
            id="filter-commune"
            maxLength={120}
            value={draft.commune ?? ""}
            onChange={(e) => setDraft({ ...draft, commune: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-q">{t("venues.q")}</label>
          <p className="hint" id="filter-q-hint">
            {t("venues.qHint")}
          </p>
          <input
            id="filter-q"
            type="search"
            maxLength={200}
            aria-describedby="filter-q-hint"
            value={draft.q ?? ""}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
        </div>
        <div className="filter-actions">
          <button type="submit">{t("venues.search")}</button>
          {key && (
            <button type="button" className="secondary" onClick={() => go({ page: 0 })}>
              {t("venues.reset")}
            </button>
          )}
        </div>
      </form>

      <section aria-labelledby="results-title" aria-busy={result.state === "loading"}>
        <h2 id="results-title">{t("venues.results")}</h2>
        {result.state === "loading" && <Loading />}
        {result.state === "error" && <ErrorBox error={result.error} onRetry={result.reload} />}
        {result.state === "ok" && (
          <>
            <p role="status">{t("venues.count", { total: result.data.total ?? 0 })}</p>
            {(result.data.items ?? []).length === 0 ? (
              <p>{t("venues.empty")}</p>
            ) : (
              <ul className="venue-list">
                {(result.data.items ?? []).map((v) => (
                  <li key={v.id}>
                    <VenueCard venue={v} />
                  </li>
                ))}
              </ul>
            )}
            <Pager
              page={search.page}
              pages={pageCount(result.data.total ?? 0, PAGE_SIZE)}
              onPage={(page) => go({ ...search, page })}
            />
          </>
        )}
      </section>
    </>
  );
}

function VenueCard({ venue }: { venue: Venue }) {
  const { t, locale } = useI18n();
  const connectivity = formatConnectivity(t, locale, venue.connectivity);
  const amenities = venue.amenities ?? [];
  return (
    <article className="venue-card">
      <h3>
        <Link href={paths.venue(venue.id ?? "")}>{venue.name}</Link>
      </h3>
      <p className="venue-meta">
        <span className="kind-badge">{kindLabel(t, venue.kind)}</span> · {venue.commune}
      </p>
      <dl className="facts">
        {connectivity && (
          <div>
            <dt>{t("venues.connectivity")}</dt>
            <dd>{connectivity}</dd>
          </div>
        )}
        {amenities.length > 0 && (
          <div>
            <dt>{t("venues.amenities")}</dt>
            <dd>
              <ul className="tags">
                {amenities.map((a) => (
                  <li key={a}>{amenityLabel(t, a)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}

export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  const { t } = useI18n();
  if (pages <= 1 && page === 0) return null;
  return (
    <nav className="pager" aria-label={t("venues.pager")}>
      <button type="button" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t("venues.prev")}
      </button>
      <span aria-current="page">{t("venues.pageOf", { page: page + 1, pages })}</span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t("venues.next")}
      </button>
    </nav>
  );
}
