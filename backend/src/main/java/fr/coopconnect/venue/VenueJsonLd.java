package fr.coopconnect.venue;

import fr.coopconnect.timeline.WeeklyInterval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A venue as schema.org JSON-LD: a {@code Place} with its address, position, weekly hours and amenities. */
public final class VenueJsonLd {

    public static final String MEDIA_TYPE = "application/ld+json";

    private VenueJsonLd() {
    }

    public static Map<String, Object> of(Venue venue, String url) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@context", "https://schema.org");
        place.put("@type", "Place");
        place.put("@id", url);
        place.put("identifier", venue.id.toString());
        place.put("name", venue.name);
        putIfPresent(place, "description", venue.description);
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        putIfPresent(address, "streetAddress", venue.address);
        putIfPresent(address, "postalCode", venue.postalCode);
        address.put("addressLocality", venue.commune);
        address.put("addressCountry", "FR");
        place.put("address", address);
        place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", venue.latitude, "longitude", venue.longitude));
        putIfPresent(place, "telephone", venue.phone);
        putIfPresent(place, "email", venue.contactEmail);
        putIfPresent(place, "url", venue.website);
        place.put("openingHoursSpecification", venue.weeklyHours.stream().map(VenueJsonLd::openingHours).toList());
        place.put("amenityFeature", Arrays.stream(venue.amenities).map(VenueJsonLd::feature).toList());
        if (venue.pivot != null) {
            place.put("taxID", venue.pivot);
        }
        return place;
    }

    private static Map<String, Object> openingHours(WeeklyInterval interval) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("@type", "OpeningHoursSpecification");
        String day = interval.day().name();
        spec.put("dayOfWeek", "https://schema.org/" + day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT));
        spec.put("opens", interval.opens().toString());
        spec.put("closes", interval.closes().toString());
        return spec;
    }

    private static Map<String, Object> feature(String amenity) {
        return Map.of("@type", "LocationFeatureSpecification", "name", amenity, "value", true);
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
