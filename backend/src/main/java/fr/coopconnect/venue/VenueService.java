package fr.coopconnect.venue;

import fr.coopconnect.common.GeoPoint;
import fr.coopconnect.common.Page;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.member.Member;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class VenueService {

    /** Parsed zones by id: a search asks for the zone of every candidate venue, and a network has a handful of them. */
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    public static final String DEFAULT_TIMEZONE = "Europe/Paris";

    @Inject
    Clock clock;

    @Inject
    VenueManagers managers;

    public record Filter(VenueKind kind, String commune, String text, GeoPoint near, double radiusKm) {
    }

    public Page<VenueDto> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.commune() != null && !filter.commune().isBlank()) {
            where.append(" and lower(commune) = :commune");
            params.put("commune", filter.commune().trim().toLowerCase(Locale.ROOT));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(name) like :text or lower(commune) like :text or lower(coalesce(description, '')) like :text)");
            params.put("text", "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.near() == null) {
            var query = Venue.<Venue>find(where.toString(), Sort.by("name").and("id"), params);
            List<VenueDto> items = query.page(page, size).list().stream().map(VenueService::toDto).toList();
            return new Page<>(items, page, size, query.count());
        }
        GeoPoint near = filter.near();
        double dLat = near.latitudeDelta(filter.radiusKm());
        double dLon = near.longitudeDelta(filter.radiusKm());
        where.append(" and latitude between :minLat and :maxLat and longitude between :minLon and :maxLon");
        params.put("minLat", near.latitude() - dLat);
        params.put("maxLat", near.latitude() + dLat);
        params.put("minLon", near.longitude() - dLon);
        params.put("maxLon", near.longitude() + dLon);
        List<Venue> inCircle = Venue.<Venue>find(where.toString(), params).stream()
                .filter(v -> near.distanceKm(v.latitude, v.longitude) <= filter.radiusKm())
                .sorted(Comparator.comparingDouble((Venue v) -> near.distanceKm(v.latitude, v.longitude)).thenComparing(v -> v.id))
                .toList();
        List<VenueDto> items = inCircle.stream().skip((long) page * size).limit(size).map(VenueService::toDto).toList();
        return new Page<>(items, page, size, inCircle.size());
    }

    public Venue require(UUID id) {
        Venue venue = Venue.findById(id);
        if (venue == null) {
            throw ProblemException.notFound("entity.venue");
        }
        return venue;
    }

    @Transactional
    public Venue create(VenueDto dto) {
        Venue venue = new Venue();
        venue.id = UUID.randomUUID();
        venue.createdAt = clock.instant();
        apply(dto, venue);
        venue.persist();
        return venue;
    }

    /** Updates a venue; {@code expectedVersion} (from If-Match) is optional: without it the last writer wins. */
    @Transactional
    public Venue update(UUID id, VenueDto dto, Integer expectedVersion) {
        Venue venue = require(id);
        if (expectedVersion != null && expectedVersion != venue.version) {
            throw new ProblemException(412, "precondition-failed");
        }
        apply(dto, venue);
        Venue.getEntityManager().flush();
        return venue;
    }

    @Transactional
    public void delete(UUID id) {
        require(id).delete();
    }

    @Transactional
    public void addManager(UUID venueId, UUID memberId) {
        require(venueId);
        if (Member.findById(memberId) == null) {
            throw ProblemException.notFound("entity.member");
        }
        managers.add(venueId, memberId);
    }

    public List<VenueManager> managersOf(UUID venueId) {
        return managers.of(venueId);
    }

    @Transactional
    public void removeManager(UUID venueId, UUID memberId) {
        require(venueId);
        managers.remove(venueId, memberId);
    }

    public static ZoneId zoneOf(Venue venue) {
        return ZONES.computeIfAbsent(venue.timezone, ZoneId::of);
    }

    private static void apply(VenueDto dto, Venue venue) {
        venue.name = dto.name().trim();
        venue.kind = dto.kind();
        venue.description = dto.description();
        venue.address = dto.address();
        venue.postalCode = dto.postalCode();
        venue.commune = dto.commune().trim();
        venue.inseeCode = dto.inseeCode();
        venue.latitude = dto.latitude();
        venue.longitude = dto.longitude();
        venue.timezone = validZone(dto.timezone());
        venue.contactEmail = dto.contactEmail();
        venue.phone = dto.phone();
        venue.website = dto.website();
        venue.amenities = dto.amenities() == null ? new String[0]
                : dto.amenities().stream().distinct().map(Enum::name).toArray(String[]::new);
        venue.accessRules = dto.accessRules();
        VenueDto.Connectivity connectivity = dto.connectivity();
        venue.connectivityType = connectivity == null ? null : connectivity.type();
        venue.downMbps = connectivity == null ? null : connectivity.downMbps();
        venue.upMbps = connectivity == null ? null : connectivity.upMbps();
        venue.pivot = dto.pivot();
        venue.summary = dto.summary();
        venue.mediationServices = dto.mediationServices() == null ? new String[0]
                : dto.mediationServices().stream().distinct().map(Enum::name).toArray(String[]::new);
    }

    private static String validZone(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return DEFAULT_TIMEZONE;
        }
        try {
            return ZoneId.of(timezone.trim()).getId();
        } catch (DateTimeException unknownZone) {
            throw ProblemException.badRequest("timezone", "field.timezone");
        }
    }

    public static VenueDto toDto(Venue v) {
        List<Amenity> amenities = new ArrayList<>(Arrays.stream(v.amenities).map(Amenity::valueOf).toList());
        VenueDto.Connectivity connectivity = v.connectivityType == null ? null
                : new VenueDto.Connectivity(v.connectivityType, v.downMbps, v.upMbps);
        return new VenueDto(v.id, v.name, v.kind, v.description, v.address, v.postalCode, v.commune, v.inseeCode,
                v.latitude, v.longitude, v.timezone, v.contactEmail, v.phone, v.website, amenities, v.accessRules,
                connectivity, v.pivot, v.summary, mediationServices(v), v.version);
    }

    public static List<MediationService> mediationServices(Venue venue) {
        return Arrays.stream(venue.mediationServices).map(MediationService::valueOf).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
