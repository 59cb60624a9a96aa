package fr.coopconnect.demo;

import fr.coopconnect.booking.Booking;
import fr.coopconnect.booking.BookingStatus;
import fr.coopconnect.common.StartupLock;
import fr.coopconnect.community.CommunityEvent;
import fr.coopconnect.community.EventStatus;
import fr.coopconnect.member.Member;
import fr.coopconnect.member.MemberService;
import fr.coopconnect.space.BookingMode;
import fr.coopconnect.space.Equipment;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceKind;
import fr.coopconnect.timeline.WeeklyInterval;
import fr.coopconnect.venue.Amenity;
import fr.coopconnect.venue.ConnectivityType;
import fr.coopconnect.venue.MediationService;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueKind;
import fr.coopconnect.venue.VenueManagers;
import fr.coopconnect.venue.VenueService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The demo territory loaded by {@code make run} (never in tests): the Laragne-Montéglin
 * public-service relay as the field study describes it, and three nearby venues whose details
 * are invented and marked as sample data. Ids are fixed, so a second start adds nothing.
 */
@ApplicationScoped
public class DemoTerritory {

    private static final Logger LOG = Logger.getLogger(DemoTerritory.class);
    static final String PASSWORD = "demo-coopconnect";
    static final String SAMPLE = " (exemple : données fictives)";

    @ConfigProperty(name = "coopconnect.demo.enabled")
    boolean enabled;

    @Inject
    MemberService members;

    @Inject
    VenueManagers managers;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        // Replicas starting together load it once: the first holds this lock, the others then find it.
        StartupLock.hold(Venue.getEntityManager());
        if (Venue.findById(id("venue:laragne-relay")) == null) {
            load();
        }
        if (CommunityEvent.findById(id("event:teleworkers-meetup")) == null) {
            loadEvents();
        }
        LOG.info("""

                Demo territory loaded (Laragne-Montéglin and around). Demo accounts, password "%s":
                  network-admin  admin@demo.coopconnect.fr
                  venue-manager  accueil.laragne@demo.coopconnect.fr  (manages the Laragne relay)
                  member         camille@demo.coopconnect.fr
                """.formatted(PASSWORD));
    }

    private void load() {
        Member admin = account("admin@demo.coopconnect.fr", "Administration du réseau (démo)", true);
        Member manager = account("accueil.laragne@demo.coopconnect.fr", "Accueil du relais de Laragne (démo)", false);
        account("camille@demo.coopconnect.fr", "Camille, graphiste indépendante (démo)", false);

        List<WeeklyInterval> relayHours = hours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), "08:00-12:00", "12:30-16:30");
        Venue relay = venue("venue:laragne-relay", "Relais de services publics de Laragne-Montéglin",
                VenueKind.PUBLIC_SERVICE_RELAY, "Laragne-Montéglin", "05300", "05070", "Au cœur du village, à côté de l'église",
                44.3166, 5.8208, relayHours, ConnectivityType.ADSL, 18, 1,
                List.of(Amenity.COPIER, Amenity.KITCHEN, Amenity.WIFI, Amenity.ACCESSIBLE),
                "Bâtiment récemment rénové de la communauté de communes, habilité à accueillir du public. "
                        + "Accès aux horaires d'ouverture uniquement.",
                "Accès sur demande auprès de l'accueil, aux horaires d'ouverture du relais.");
        space(relay, "desk", "Hall d'accueil – poste connecté", SpaceKind.DESK, 1, BookingMode.EXCLUSIVE,
                List.of(Equipment.COMPUTER), 30, null, null);
        for (int office = 1; office <= 3; office++) {
            space(relay, "office-" + office, "Bureau " + office + " (1 à 3 personnes)", SpaceKind.OFFICE, 3,
                    BookingMode.EXCLUSIVE, List.of(Equipment.COMPUTER, Equipment.SCREEN), 30, null, null);
        }
        space(relay, "meeting", "Salle de réunion 20 places (visioconférence)", SpaceKind.MEETING_ROOM, 20,
                BookingMode.EXCLUSIVE, List.of(Equipment.VIDEOCONFERENCE, Equipment.SCREEN, Equipment.WHITEBOARD), 60, null, null);
        space(relay, "computer-room", "Salle informatique 8 postes", SpaceKind.COMPUTER_ROOM, 8, BookingMode.SHARED,
                List.of(Equipment.COMPUTER), 30, null, null);
        space(relay, "visio-booth", "Point visio-rendez-vous", SpaceKind.VISIO_BOOTH, 1, BookingMode.EXCLUSIVE,
                List.of(Equipment.VIDEOCONFERENCE, Equipment.COMPUTER), 30,
                hours(List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), "08:00-12:00", "12:30-16:30"), null);
        // Sample data: SIRETs shaped like those of a communauté de communes and a commune, with a valid check digit.
        openData(relay, "20050004200011", "Accueil, démarches en ligne accompagnées, postes connectés et salles à réserver." + SAMPLE,
                MediationService.ADMINISTRATIVE_PROCEDURES, MediationService.INTERNET_AND_EQUIPMENT_ACCESS,
                MediationService.EVERYDAY_DIGITAL_TOOLS);
        managers.add(relay.id, manager.id);

        Venue library = venue("venue:laragne-library", "Médiathèque municipale de Laragne", VenueKind.MEDIA_LIBRARY,
                "Laragne-Montéglin", "05300", "05070", "Rue de la médiathèque" + SAMPLE, 44.3152, 5.8221,
                concat(hours(List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), "14:00-18:00"),
                        hours(List.of(DayOfWeek.WEDNESDAY), "10:00-12:00", "14:00-18:00"),
                        hours(List.of(DayOfWeek.SATURDAY), "10:00-12:30")),
                ConnectivityType.FIBER, 300, 100, List.of(Amenity.WIFI, Amenity.PRINTER, Amenity.ACCESSIBLE),
                "Tables de travail en silence et salle d'animation." + SAMPLE, "Ouvert à tous, inscription gratuite." + SAMPLE);
        openData(library, "21050070000021", "Médiathèque avec accès internet, ateliers numériques et tables de travail." + SAMPLE,
                MediationService.INTERNET_AND_EQUIPMENT_ACCESS, MediationService.LEISURE_AND_CREATION);
        space(library, "tables", "Tables de travail", SpaceKind.DESK, 6, BookingMode.SHARED, List.of(), 30, null, null);
        space(library, "workshop", "Salle d'animation", SpaceKind.MEETING_ROOM, 12, BookingMode.EXCLUSIVE,
                List.of(Equipment.PROJECTOR, Equipment.SCREEN), 60, null, null);

        Venue tourism = venue("venue:laragne-tourism", "Office de tourisme du Sisteronais-Buëch, bureau de Laragne",
                VenueKind.TOURIST_OFFICE, "Laragne-Montéglin", "05300", "05070", "Place des Aires" + SAMPLE, 44.3171, 5.8189,
                hours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), "09:30-12:30", "14:00-17:30"),
                ConnectivityType.VDSL, 40, 8, List.of(Amenity.WIFI, Amenity.ACCESSIBLE),
                "Un bureau calme à l'étage, prêté entre deux accueils." + SAMPLE, null);
        space(tourism, "upstairs-office", "Bureau de l'étage", SpaceKind.OFFICE, 2, BookingMode.EXCLUSIVE,
                List.of(Equipment.SCREEN), 30, null, null);

        Venue premises = venue("venue:serres-workshop", "Atelier partagé du Buëch", VenueKind.PRIVATE_PREMISES, "Serres",
                "05700", "05166", "Avenue de Grenoble" + SAMPLE, 44.4286, 5.7164,
                hours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY), "08:30-18:30"),
                ConnectivityType.FIBER, 500, 200, List.of(Amenity.WIFI, Amenity.KITCHEN, Amenity.PARKING, Amenity.COFFEE),
                "Locaux privés : postes en open space et une salle de réunion." + SAMPLE, "Paiement sur place." + SAMPLE);
        space(premises, "open-space", "Open space", SpaceKind.DESK, 10, BookingMode.SHARED, List.of(Equipment.SCREEN), 60,
                null, new BigDecimal("4.00"));
        space(premises, "meeting", "Salle de réunion", SpaceKind.MEETING_ROOM, 8, BookingMode.EXCLUSIVE,
                List.of(Equipment.VIDEOCONFERENCE, Equipment.SCREEN), 60, null, new BigDecimal("15.00"));
        managers.add(premises.id, admin.id);
    }

    private Member account(String email, String name, boolean networkAdmin) {
        return Member.findByEmail(email).orElseGet(() -> members.create(email, PASSWORD, name, networkAdmin));
    }

    private Venue venue(String key, String name, VenueKind kind, String commune, String postalCode, String insee, String address,
                        double lat, double lon, List<WeeklyInterval> weekly, ConnectivityType connectivity, int down, int up,
                        List<Amenity> amenities, String description, String accessRules) {
        Venue venue = new Venue();
        venue.id = id(key);
        venue.name = name;
        venue.kind = kind;
        venue.commune = commune;
        venue.postalCode = postalCode;
        venue.inseeCode = insee;
        venue.address = address;
        venue.latitude = lat;
        venue.longitude = lon;
        venue.timezone = "Europe/Paris";
        venue.weeklyHours = weekly;
        venue.connectivityType = connectivity;
        venue.downMbps = down;
        venue.upMbps = up;
        venue.amenities = amenities.stream().map(Enum::name).toArray(String[]::new);
        venue.description = description;
        venue.accessRules = accessRules;
        venue.createdAt = clock.instant();
        venue.persist();
        return venue;
    }

    /** The fields the open-data export needs; the tourist office and the private premises stay without (not exported). */
    private static void openData(Venue venue, String siret, String summary, MediationService... services) {
        venue.pivot = siret;
        venue.summary = summary;
        venue.mediationServices = Arrays.stream(services).map(Enum::name).toArray(String[]::new);
    }

    private void space(Venue venue, String key, String name, SpaceKind kind, int capacity, BookingMode mode,
                       List<Equipment> equipment, int slotMinutes, List<WeeklyInterval> ownHours, BigDecimal hourlyRate) {
        Space space = new Space();
        space.id = id(venue.id + ":" + key);
        space.venueId = venue.id;
        space.name = name;
        space.kind = kind;
        space.capacity = capacity;
        space.bookingMode = mode;
        space.equipment = equipment.stream().map(Enum::name).toArray(String[]::new);
        space.slotMinutes = slotMinutes;
        space.minMinutes = slotMinutes;
        space.maxMinutes = 480;
        space.maxAdvanceDays = 90;
        space.ownSchedule = ownHours;
        space.hourlyRate = hourlyRate;
        space.createdAt = clock.instant();
        space.persist();
    }

    /** Two upcoming meetups at the relay's meeting room, each holding its booking as an event made through the API would. */
    private void loadEvents() {
        Member manager = Member.find("email", "accueil.laragne@demo.coopconnect.fr").firstResult();
        Venue relay = Venue.findById(id("venue:laragne-relay"));
        LocalDate thursday = LocalDate.now(clock.withZone(VenueService.zoneOf(relay))).plusDays(7)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        event(relay, manager, "event:teleworkers-meetup", "Rencontre des télétravailleurs du Laragnais",
                "Café d'accueil, tour de table et échanges sur le travail à distance en milieu rural." + SAMPLE, thursday, 20);
        event(relay, manager, "event:visio-workshop", "Atelier : réussir ses visioconférences",
                "Prise en main de la salle visio, bonnes pratiques et outils collaboratifs." + SAMPLE, thursday.plusWeeks(2), 12);
    }

    private void event(Venue venue, Member manager, String key, String title, String description, LocalDate date, int capacity) {
        ZoneId zone = VenueService.zoneOf(venue);
        Instant now = clock.instant();
        Booking booking = new Booking();
        booking.id = id(key + ":booking");
        booking.spaceId = id(venue.id + ":meeting");
        booking.venueId = venue.id;
        booking.memberId = manager.id;
        booking.start = date.atTime(14, 0).atZone(zone).toInstant();
        booking.end = date.atTime(16, 0).atZone(zone).toInstant();
        if (Booking.count("spaceId = ?1 and status in ?2 and start < ?3 and occupiedUntil > ?4", booking.spaceId,
                BookingStatus.LIVE, booking.end, booking.start) > 0) {
            // A demo database already in use: someone booked the room then, and the event is simply left out.
            return;
        }
        booking.occupiedUntil = booking.end;
        booking.seats = 1;
        booking.exclusive = true;
        booking.status = BookingStatus.CONFIRMED;
        booking.note = title;
        booking.createdAt = now;
        booking.updatedAt = now;
        booking.persist();
        CommunityEvent event = new CommunityEvent();
        event.id = id(key);
        event.venueId = venue.id;
        event.spaceId = booking.spaceId;
        event.bookingId = booking.id;
        event.title = title;
        event.description = description;
        event.start = booking.start;
        event.end = booking.end;
        event.capacity = capacity;
        event.status = EventStatus.SCHEDULED;
        event.nextPosition = 1;
        event.createdBy = manager.id;
        event.createdAt = now;
        event.updatedAt = now;
        event.persist();
    }

    /** "Mo–Fr 08:00–12:00 and 12:30–16:30" as intervals, from "HH:mm-HH:mm" ranges. */
    private static List<WeeklyInterval> hours(List<DayOfWeek> days, String... ranges) {
        List<WeeklyInterval> intervals = new ArrayList<>();
        for (DayOfWeek day : days) {
            Arrays.stream(ranges).forEach(range -> intervals.add(new WeeklyInterval(day,
                    LocalTime.parse(range.substring(0, 5)), LocalTime.parse(range.substring(6)))));
        }
        return intervals;
    }

    @SafeVarargs
    private static List<WeeklyInterval> concat(List<WeeklyInterval>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("coopconnect-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
