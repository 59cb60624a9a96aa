package fr.coopconnect.space;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BlockService {

    static final Duration MAX_LENGTH = Duration.ofDays(366);

    @Inject
    Clock clock;

    @Inject
    SpaceService spaces;

    public List<BlockDto> list(UUID spaceId, Instant from, Instant to) {
        ZoneId zone = zoneOf(spaces.require(spaceId));
        List<Block> found = to == null
                ? Block.list("spaceId = ?1 and end > ?2", Sort.by("start"), spaceId, from)
                : Block.list("spaceId = ?1 and end > ?2 and start < ?3", Sort.by("start"), spaceId, from, to);
        return found.stream().map(b -> toDto(b, zone)).toList();
    }

    @Transactional
    public BlockDto create(UUID spaceId, BlockDto request, UUID memberId) {
        Space space = spaces.require(spaceId);
        Instant start = request.start().toInstant();
        Instant end = request.end().toInstant();
        if (!start.isBefore(end)) {
            throw ProblemException.badRequest("end", "field.end-before-start");
        }
        if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
            throw ProblemException.badRequest("end", "field.too-long", MAX_LENGTH.toDays());
        }
        Block block = new Block();
        block.id = UUID.randomUUID();
        block.spaceId = spaceId;
        block.start = start;
        block.end = end;
        block.reason = request.reason();
        block.createdBy = memberId;
        block.createdAt = clock.instant();
        block.persist();
        return toDto(block, zoneOf(space));
    }

    @Transactional
    public void delete(UUID spaceId, UUID blockId) {
        Block block = Block.findById(blockId);
        if (block == null || !block.spaceId.equals(spaceId)) {
            throw ProblemException.notFound("entity.block");
        }
        block.delete();
    }

    private static ZoneId zoneOf(Space space) {
        Venue venue = Venue.findById(space.venueId);
        return VenueService.zoneOf(venue);
    }

    static BlockDto toDto(Block b, ZoneId zone) {
        return new BlockDto(b.id, b.spaceId, b.start.atZone(zone).toOffsetDateTime(), b.end.atZone(zone).toOffsetDateTime(),
                b.reason, b.createdBy);
    }
}
