package fr.coopconnect.occupancy;

import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueAccess;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the occupancy resources share: rights first (so that a refused caller learns nothing), then the window. */
@RequestScoped
public class OccupancyReports {

    static final String DESCRIPTION_TAIL = " Figures per venue and per space over the period and per bucket, with a "
            + "weekday × hour heatmap of utilisation per venue (see the OccupancyFigures schema for what counts as open, "
            + "booked and blocked). No-show rate: bookings of status NO_SHOW ÷ bookings of status CONFIRMED or NO_SHOW, "
            + "among those that started in the period and before now. As CSV (`Accept: text/csv` or the `.csv` path): "
            + "UTF-8 with BOM, ';' separated, decimal comma, dd/MM/yyyy dates, French headers (English with "
            + "Accept-Language: en; numbers and dates keep the French form), one row per venue and per space for the "
            + "whole period then one per bucket; the heatmap is in the JSON only.";

    @Inject
    VenueAccess access;

    @Inject
    OccupancyService occupancy;

    Response venue(UUID venueId, OccupancyParams params, HttpHeaders headers, boolean csv) {
        access.requireManager(venueId);
        OccupancyParams.Window window = params.window();
        Venue venue = Venue.findById(venueId);
        return OccupancyResponses.of(occupancy.report(List.of(venue), window.from(), window.to(), window.granularity()),
                csv, headers, "occupation-" + venueId);
    }

    /** Network-admin only (checked by the resource's role). */
    Response network(List<UUID> venueIds, String commune, OccupancyParams params, HttpHeaders headers, boolean csv) {
        OccupancyParams.Window window = params.window();
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (venueIds != null && !venueIds.isEmpty()) {
            args.add(venueIds);
            where.append(" and id in ?").append(args.size());
        }
        if (commune != null && !commune.isBlank()) {
            args.add(commune.trim().toLowerCase(Locale.ROOT));
            where.append(" and lower(commune) = ?").append(args.size());
        }
        List<Venue> venues = Venue.list(where.toString(), Sort.by("name").and("id"), args.toArray());
        return OccupancyResponses.of(occupancy.report(venues, window.from(), window.to(), window.granularity()),
                csv, headers, "occupation-reseau");
    }
}
