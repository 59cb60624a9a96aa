package fr.coopconnect.occupancy;

import fr.coopconnect.common.CsvWriter;
import fr.coopconnect.common.Messages;
import fr.coopconnect.occupancy.OccupancyDtos.Bucket;
import fr.coopconnect.occupancy.OccupancyDtos.Figures;
import fr.coopconnect.occupancy.OccupancyDtos.Report;
import fr.coopconnect.occupancy.OccupancyDtos.SpaceOccupancy;
import fr.coopconnect.occupancy.OccupancyDtos.VenueOccupancy;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An occupancy report for a spreadsheet: one row per venue and per space for the whole period, then one per bucket.
 * French conventions whatever the language (';', decimal comma, dd/MM/yyyy): only the headers and labels follow
 * Accept-Language, so one spreadsheet set-up reads both. The heatmap stays in the JSON.
 */
final class OccupancyCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private OccupancyCsv() {
    }

    static String write(Report report, Locale locale) {
        CsvWriter csv = CsvWriter.spreadsheet();
        csv.row(Arrays.asList(Messages.text(locale, "occupancy.csv.columns").split("\\|")));
        String wholePeriod = Messages.text(locale, "occupancy.csv.whole-period",
                DATE.format(report.from()), DATE.format(report.to()));
        String allSpaces = Messages.text(locale, "occupancy.csv.all-spaces");
        for (VenueOccupancy venue : report.venues()) {
            csv.row(cells(venue.name(), allSpaces, "", wholePeriod, venue.totals()));
            for (Bucket bucket : venue.buckets()) {
                csv.row(cells(venue.name(), allSpaces, "", start(bucket.start(), report.granularity()), bucket.figures()));
            }
            for (SpaceOccupancy space : venue.spaces()) {
                String mode = Messages.text(locale, "occupancy.csv.mode." + space.bookingMode().name());
                csv.row(cells(venue.name(), space.name(), mode, wholePeriod, space.totals()));
                for (Bucket bucket : space.buckets()) {
                    csv.row(cells(venue.name(), space.name(), mode, start(bucket.start(), report.granularity()), bucket.figures()));
                }
            }
        }
        return csv.toString();
    }

    private static String start(LocalDateTime start, Granularity granularity) {
        return granularity == Granularity.HOUR ? DATE_TIME.format(start) : DATE.format(start);
    }

    private static List<String> cells(String venue, String space, String mode, String start, Figures f) {
        List<String> cells = new ArrayList<>(List.of(venue, space, mode, start));
        cells.addAll(Arrays.asList(number(f.openHours()), number(f.bookedHours()), number(f.blockedHours()),
                percent(f.utilisation()), number(f.bookedSeatHours()), number(f.offeredSeatHours()),
                Long.toString(f.noShows()), Long.toString(f.startedBookings()), percent(f.noShowRate()),
                Long.toString(f.distinctMembers())));
        return cells;
    }

    /** Decimal comma, two decimals; empty when the figure does not apply. */
    static String number(Double value) {
        return value == null ? "" : String.format(Locale.FRANCE, "%.2f", value);
    }

    /** A ratio as a percentage with a decimal comma, "37,50 %" being hard to sort: the number alone. */
    static String percent(Double ratio) {
        return ratio == null ? "" : String.format(Locale.FRANCE, "%.2f", ratio * 100);
    }
}
