package fr.coopconnect.opendata;

import fr.coopconnect.hours.HolidayOpening;
import fr.coopconnect.hours.OsmOpeningHours;
import fr.coopconnect.timeline.WeeklySchedule;
import fr.coopconnect.venue.MediationService;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueKind;
import fr.coopconnect.venue.VenueService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A venue as a row of the national schema of digital-inclusion places ("lieux de médiation numérique", La MedNum /
 * ANCT, table schema with '|' between the values of a list). Only the columns a venue can fill are written.
 */
public final class MediationPlace {

    /** The columns written, in the schema's order. */
    public static final List<String> COLUMNS = List.of("id", "pivot", "nom", "commune", "code_postal", "code_insee", "adresse",
            "latitude", "longitude", "typologie", "telephone", "courriels", "site_web", "horaires", "presentation_resume",
            "presentation_detail", "source", "itinerance", "date_maj", "services");

    /** Who collected the data, the schema's {@code source}. */
    static final String SOURCE = "Coop-connect";

    static final String LIST_SEPARATOR = "|";

    private MediationPlace() {
    }

    /**
     * The schema's typologie codes (data.inclusion's structure types): France Services relays are RFS, media libraries
     * BIB, third places TIERS_LIEUX. Tourist offices and private premises have no code of their own: left empty (the
     * column is optional) rather than guessed.
     */
    static String typologie(VenueKind kind) {
        return switch (kind) {
            case PUBLIC_SERVICE_RELAY -> "RFS";
            case MEDIA_LIBRARY -> "BIB";
            case THIRD_PLACE -> "TIERS_LIEUX";
            case TOURIST_OFFICE, PRIVATE_PREMISES -> null;
        };
    }

    /** Required columns the venue cannot fill yet; such a venue is not exported but reported. */
    public static List<String> missing(Venue venue) {
        List<String> missing = new ArrayList<>();
        if (blank(venue.pivot)) {
            missing.add("pivot");
        }
        if (blank(venue.postalCode)) {
            missing.add("code_postal");
        }
        if (blank(venue.address)) {
            missing.add("adresse");
        }
        if (venue.mediationServices.length == 0) {
            missing.add("services");
        }
        return missing;
    }

    /** The row; absent values are null. Numbers stay numbers, lists are joined with '|'. */
    public static Map<String, Object> of(Venue venue) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", venue.id.toString());
        row.put("pivot", venue.pivot);
        row.put("nom", venue.name);
        row.put("commune", venue.commune);
        row.put("code_postal", venue.postalCode);
        row.put("code_insee", venue.inseeCode);
        row.put("adresse", venue.address);
        row.put("latitude", venue.latitude);
        row.put("longitude", venue.longitude);
        row.put("typologie", typologie(venue.kind));
        row.put("telephone", internationalPhone(venue.phone));
        row.put("courriels", venue.contactEmail);
        row.put("site_web", venue.website);
        row.put("horaires", OsmOpeningHours.format(WeeklySchedule.of(venue.weeklyHours), HolidayOpening.of(venue.publicHolidaysOpen)));
        row.put("presentation_resume", venue.summary);
        row.put("presentation_detail", venue.description);
        row.put("source", SOURCE);
        row.put("itinerance", "Fixe");
        row.put("date_maj", LocalDate.ofInstant(venue.updatedAt, VenueService.zoneOf(venue)).toString());
        row.put("services", VenueService.mediationServices(venue).stream().map(service -> service.label)
                .collect(Collectors.joining(LIST_SEPARATOR)));
        return row;
    }

    /**
     * The schema wants +33 and nine digits, without spaces; a French national number (0 and nine digits, spaces, dots
     * or dashes allowed) is rewritten so, an international one is kept when it already fits, anything else is left out.
     */
    static String internationalPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s.\\-()]", "");
        if (digits.matches("0[1-9]\\d{8}")) {
            return "+33" + digits.substring(1);
        }
        return digits.matches("\\+(33|590|594|262|596|269|687|689|508|681)\\d{6,9}") ? digits : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
