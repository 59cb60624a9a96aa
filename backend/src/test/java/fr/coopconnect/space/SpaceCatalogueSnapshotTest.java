package fr.coopconnect.space;

import fr.coopconnect.venue.Venue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpaceCatalogueSnapshotTest {

    /** Latitudes on a coarse grid, so equal latitudes (venues in one building) and bounds on them are common. */
    @Property
    void latitudeBetweenHoldsExactlyTheSpacesWithinTheBounds(
            @ForAll @Size(max = 40) List<@IntRange(min = -20, max = 20) Integer> latitudes,
            @ForAll @IntRange(min = -22, max = 22) int low, @ForAll @IntRange(min = 0, max = 10) int span) {
        List<SpaceRows.Row> rows = new ArrayList<>();
        for (int latitude : latitudes) {
            rows.add(row(latitude / 4.0));
        }
        SpaceCatalogue.Snapshot snapshot = new SpaceCatalogue.Snapshot(7, rows, Map.of(), Map.of(), Map.of());
        double min = low / 4.0;
        double max = (low + span) / 4.0;

        List<SpaceRows.Row> expected = rows.stream().filter(r -> r.venue().latitude >= min && r.venue().latitude <= max)
                .sorted(Comparator.comparing(r -> r.space().id)).toList();
        List<SpaceRows.Row> found = snapshot.latitudeBetween(min, max).stream()
                .sorted(Comparator.comparing(r -> r.space().id)).toList();
        assertEquals(expected, found);
        assertEquals(rows.size(), snapshot.all().size());
        rows.forEach(r -> assertEquals(r, snapshot.space(r.space().id).orElseThrow()));
        assertEquals(7, snapshot.version());
    }

    private static SpaceRows.Row row(double latitude) {
        Venue venue = new Venue();
        venue.id = UUID.randomUUID();
        venue.latitude = latitude;
        Space space = new Space();
        space.id = UUID.randomUUID();
        space.venueId = venue.id;
        return new SpaceRows.Row(space, venue);
    }
}
