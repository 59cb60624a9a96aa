package fr.coopconnect.common;

/** A WGS84 position, as given by {@code near=lat,lon}. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Parses {@code "44.31,5.82"}; anything else is a 400 on {@code field}. */
    public static GeoPoint parse(String value, String field) {
        String[] parts = value == null ? new String[0] : value.split(",");
        if (parts.length == 2) {
            try {
                double lat = Double.parseDouble(parts[0].trim());
                double lon = Double.parseDouble(parts[1].trim());
                if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                    return new GeoPoint(lat, lon);
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        throw ProblemException.badRequest(field, "field.near");
    }

    /** Great-circle distance (haversine). */
    public double distanceKm(double lat, double lon) {
        double dLat = Math.toRadians(lat - latitude);
        double dLon = Math.toRadians(lon - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Latitude span of a circle of {@code radiusKm}, for an index-friendly prefilter. */
    public double latitudeDelta(double radiusKm) {
        return Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
    }

    /** Longitude span of a circle of {@code radiusKm}; the whole globe near the poles. */
    public double longitudeDelta(double radiusKm) {
        double cos = Math.cos(Math.toRadians(latitude));
        return cos < 1e-6 ? 180 : Math.min(180, Math.toDegrees(radiusKm / (EARTH_RADIUS_KM * cos)));
    }
}
