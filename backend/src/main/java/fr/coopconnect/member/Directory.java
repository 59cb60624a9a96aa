package fr.coopconnect.member;

import fr.coopconnect.common.CsvWriter;
import fr.coopconnect.common.Messages;
import fr.coopconnect.common.Page;
import fr.coopconnect.venue.VenueAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The contact directory: members who consented, contact fields only, for network-admins and venue managers. */
@ApplicationScoped
public class Directory {

    /** The CSV export stops there; narrow the search for more. */
    static final int CSV_MAX_ROWS = 20_000;

    @Inject
    EntityManager em;

    @Inject
    VenueAccess access;

    /** memberId lets a network-admin act on the member (appoint as manager, disable) without typing an id. */
    @Schema(name = "DirectoryEntry", description = "A member who agreed to appear in the directory: contact fields only")
    public record Entry(UUID memberId, String displayName, String email, String phone, String commune, String activity, MemberStatus status) {
    }

    public static class Filter {
        @QueryParam("q")
        @Parameter(description = "Words in the name, email, commune or activity")
        public String q;

        @QueryParam("commune")
        @Parameter(description = "Exact commune, case-insensitive")
        public String commune;

        @QueryParam("status")
        public MemberStatus status;
    }

    public Page<Entry> search(Filter filter, int page, int size) {
        access.requireAnyVenueManager();
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Query count = em.createNativeQuery("SELECT count(*) FROM member WHERE " + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(rows(where, params, page * size, size), page, size, total);
    }

    public List<Entry> all(Filter filter) {
        access.requireAnyVenueManager();
        Map<String, Object> params = new HashMap<>();
        return rows(where(filter, params), params, 0, CSV_MAX_ROWS);
    }

    @SuppressWarnings("unchecked")
    private List<Entry> rows(String where, Map<String, Object> params, int offset, int limit) {
        Query query = em.createNativeQuery("SELECT id, display_name, email, phone, commune, activity, status FROM member WHERE "
                + where + " ORDER BY lower(display_name), id");
        params.forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Entry((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], MemberStatus.valueOf((String) r[6]))).toList();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>(List.of("directory_consent_at IS NOT NULL", "disabled_at IS NULL"));
        if (filter.q != null && !filter.q.isBlank()) {
            int i = 0;
            for (String word : filter.q.trim().split("\\s+")) {
                String name = "q" + i++;
                clauses.add("(display_name ILIKE :" + name + " ESCAPE '\\' OR email ILIKE :" + name + " ESCAPE '\\'"
                        + " OR commune ILIKE :" + name + " ESCAPE '\\' OR activity ILIKE :" + name + " ESCAPE '\\')");
                params.put(name, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                if (i == 10) {
                    break;
                }
            }
        }
        if (filter.commune != null && !filter.commune.isBlank()) {
            clauses.add("lower(commune) = lower(:commune)");
            params.put("commune", filter.commune.trim());
        }
        if (filter.status != null) {
            clauses.add("status = :status");
            params.put("status", filter.status.name());
        }
        return String.join(" AND ", clauses);
    }

    /** For spreadsheets (see {@link CsvWriter#spreadsheet()}), French headers. */
    public static String csv(List<Entry> entries) {
        CsvWriter csv = CsvWriter.spreadsheet().row("Nom", "E-mail", "Téléphone", "Commune", "Activité", "Statut");
        for (Entry e : entries) {
            csv.row(e.displayName(), e.email(), e.phone(), e.commune(), e.activity(),
                    Messages.text(Messages.FRENCH, "member.status." + e.status().name()));
        }
        return csv.toString();
    }
}
