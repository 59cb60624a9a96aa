package fr.coopconnect.agreement;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.member.CurrentMember;
import fr.coopconnect.member.Member;
import fr.coopconnect.member.MemberEvents;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueAccess;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Usage agreement templates, requests, decisions and terminations. */
@ApplicationScoped
public class AgreementService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VenueAccess access;

    @Inject
    CurrentMember current;

    // --- Templates ---

    @Transactional
    public TemplateVersionPair createTemplate(UUID venueId, AgreementDtos.TemplateInput input) {
        access.requireManager(venueId);
        validate(input);
        AgreementTemplate template = new AgreementTemplate();
        template.id = UUID.randomUUID();
        template.venueId = venueId;
        template.createdAt = clock.instant();
        template.persist();
        TemplateVersion version = newVersion(template, 1, input);
        return new TemplateVersionPair(template, version);
    }

    /** Adds a version; agreements keep pointing at the version their member asked for. */
    @Transactional
    public TemplateVersionPair updateTemplate(UUID templateId, AgreementDtos.TemplateInput input) {
        AgreementTemplate template = requireTemplate(templateId);
        access.requireManager(template.venueId);
        validate(input);
        TemplateVersion previous = TemplateVersion.findById(template.currentVersionId);
        TemplateVersion version = newVersion(template, previous.version + 1, input);
        return new TemplateVersionPair(template, version);
    }

    public TemplateVersionPair template(UUID templateId) {
        AgreementTemplate template = requireTemplate(templateId);
        return new TemplateVersionPair(template, TemplateVersion.findById(template.currentVersionId));
    }

    public List<TemplateVersionPair> templatesOf(UUID venueId) {
        if (Venue.findById(venueId) == null) {
            throw ProblemException.notFound("entity.venue");
        }
        List<AgreementTemplate> templates = AgreementTemplate.list("venueId", Sort.by("createdAt").and("id"), venueId);
        Map<UUID, TemplateVersion> versions = byId(templates.stream().map(t -> t.currentVersionId).toList());
        return templates.stream().map(t -> new TemplateVersionPair(t, versions.get(t.currentVersionId))).toList();
    }

    public record TemplateVersionPair(AgreementTemplate template, TemplateVersion version) {
        public AgreementDtos.TemplateView view() {
            return new AgreementDtos.TemplateView(template.id, template.venueId, version.version, version.title, version.body,
                    version.accessType, version.admissionCriteria, version.validityDays, version.requiredForBooking,
                    version.maxBookingsPerMonth, version.active, template.createdAt, version.createdAt);
        }
    }

    private TemplateVersion newVersion(AgreementTemplate template, int number, AgreementDtos.TemplateInput input) {
        TemplateVersion version = new TemplateVersion();
        version.id = UUID.randomUUID();
        version.templateId = template.id;
        version.version = number;
        version.title = input.title().trim();
        version.body = input.body();
        version.accessType = input.accessType();
        version.admissionCriteria = input.admissionCriteria();
        version.validityDays = input.validityDays();
        version.requiredForBooking = input.requiredForBooking();
        version.maxBookingsPerMonth = input.maxBookingsPerMonth();
        version.active = input.active() == null || input.active();
        version.createdAt = clock.instant();
        version.persist();
        template.currentVersionId = version.id;
        return version;
    }

    private static void validate(AgreementDtos.TemplateInput input) {
        if (input.accessType() == AccessType.OCCASIONAL && input.maxBookingsPerMonth() == null) {
            throw ProblemException.badRequest("maxBookingsPerMonth", "field.occasional-needs-limit");
        }
        if (input.accessType() == AccessType.REGULAR && input.maxBookingsPerMonth() != null) {
            throw ProblemException.badRequest("maxBookingsPerMonth", "field.regular-has-no-limit");
        }
    }

    // --- Agreements ---

    /** Any member asks for an agreement on a template of the venue: PENDING until a manager decides. */
    @Transactional
    public AgreementDtos.View request(UUID venueId, AgreementDtos.Request request) {
        UUID memberId = current.id();
        if (Venue.findById(venueId) == null) {
            throw ProblemException.notFound("entity.venue");
        }
        AgreementTemplate template = AgreementTemplate.findById(request.templateId());
        if (template == null || !template.venueId.equals(venueId)) {
            throw ProblemException.notFound("entity.agreement-template");
        }
        TemplateVersion version = TemplateVersion.findById(template.currentVersionId);
        if (!version.active) {
            throw new ProblemException(422, "template-inactive");
        }
        Instant now = clock.instant();
        boolean open = Agreement.<Agreement>list("memberId = ?1 and templateId = ?2 and status in ?3", memberId, template.id,
                        List.of(AgreementStatus.PENDING, AgreementStatus.ACTIVE)).stream()
                .anyMatch(a -> AgreementRules.statusOf(a.status, a.validUntil, now) != AgreementStatus.EXPIRED);
        if (open) {
            throw new ProblemException(409, "agreement-open");
        }
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.templateId = template.id;
        agreement.templateVersionId = version.id;
        agreement.venueId = venueId;
        agreement.memberId = memberId;
        agreement.accessType = version.accessType;
        agreement.status = AgreementStatus.PENDING;
        agreement.motivation = request.motivation();
        agreement.requestedAt = now;
        agreement.persist();
        em.flush();
        return view(agreement, version, false);
    }

    @Transactional
    public AgreementDtos.View approve(UUID agreementId) {
        Agreement agreement = requireExisting(agreementId);
        access.requireManager(agreement.venueId);
        requirePending(agreement);
        TemplateVersion version = TemplateVersion.findById(agreement.templateVersionId);
        Instant now = clock.instant();
        agreement.status = AgreementStatus.ACTIVE;
        agreement.decidedAt = now;
        agreement.decidedBy = current.id();
        agreement.validFrom = now;
        agreement.validUntil = now.plus(Duration.ofDays(version.validityDays));
        return view(agreement, version, true);
    }

    @Transactional
    public AgreementDtos.View reject(UUID agreementId, String reason) {
        Agreement agreement = requireExisting(agreementId);
        access.requireManager(agreement.venueId);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("reason", "field.reason-required");
        }
        requirePending(agreement);
        agreement.status = AgreementStatus.REJECTED;
        agreement.decidedAt = clock.instant();
        agreement.decidedBy = current.id();
        agreement.decisionReason = reason.trim();
        return view(agreement, TemplateVersion.findById(agreement.templateVersionId), true);
    }

    /** Its member or the venue's managers end a pending or running agreement. */
    @Transactional
    public AgreementDtos.View terminate(UUID agreementId, String reason) {
        Agreement agreement = requireVisible(agreementId);
        boolean manager = access.canManage(agreement.venueId);
        if (!manager && !current.id().equals(agreement.memberId)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        Instant now = clock.instant();
        AgreementStatus status = AgreementRules.statusOf(agreement.status, agreement.validUntil, now);
        if (status != AgreementStatus.PENDING && status != AgreementStatus.ACTIVE) {
            throw new ProblemException(409, "agreement-closed");
        }
        agreement.status = AgreementStatus.TERMINATED;
        agreement.terminatedAt = now;
        agreement.terminatedBy = current.id();
        agreement.terminationReason = reason == null || reason.isBlank() ? null : reason.trim();
        return view(agreement, TemplateVersion.findById(agreement.templateVersionId), manager);
    }

    public AgreementDtos.View get(UUID agreementId) {
        Agreement agreement = requireVisible(agreementId);
        return view(agreement, TemplateVersion.findById(agreement.templateVersionId), access.canManage(agreement.venueId));
    }

    public List<AgreementDtos.View> listMine() {
        return views(Agreement.list("memberId", Sort.by("requestedAt").and("id"), current.id()), false);
    }

    /** The venue's agreements for its managers; {@code status} filters on the computed status. */
    public List<AgreementDtos.View> listForVenue(UUID venueId, AgreementStatus status) {
        access.requireManager(venueId);
        StringBuilder where = new StringBuilder("venueId = :venue");
        Map<String, Object> params = new HashMap<>(Map.of("venue", venueId));
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status == AgreementStatus.EXPIRED ? AgreementStatus.ACTIVE : status);
            if (status == AgreementStatus.ACTIVE || status == AgreementStatus.EXPIRED) {
                where.append(status == AgreementStatus.ACTIVE ? " and validUntil > :now" : " and validUntil <= :now");
                params.put("now", clock.instant());
            }
        }
        return views(Agreement.list(where.toString(), Sort.by("requestedAt").and("id"), params), true);
    }

    /** Erasure: the agreements stay for the venue's records, without member or free text. */
    void onErasing(@Observes MemberEvents.Erasing erasing) {
        em.createNativeQuery("""
                UPDATE agreement SET status = CASE WHEN status IN ('PENDING', 'ACTIVE') THEN 'TERMINATED' ELSE status END,
                       terminated_at = CASE WHEN status IN ('PENDING', 'ACTIVE') THEN ?2 ELSE terminated_at END,
                       member_id = NULL, motivation = NULL, decision_reason = NULL, termination_reason = NULL
                WHERE member_id = ?1""")
                .setParameter(1, erasing.memberId()).setParameter(2, erasing.at()).executeUpdate();
    }

    /** For managers' decisions: a stranger learns nothing more than 403 from a random id. */
    private static Agreement requireExisting(UUID agreementId) {
        Agreement agreement = Agreement.findById(agreementId);
        if (agreement == null) {
            throw ProblemException.notFound("entity.agreement");
        }
        return agreement;
    }

    private Agreement requireVisible(UUID agreementId) {
        Agreement agreement = Agreement.findById(agreementId);
        if (agreement == null || !(current.id().equals(agreement.memberId) || access.canManage(agreement.venueId))) {
            throw ProblemException.notFound("entity.agreement");
        }
        return agreement;
    }

    private static void requirePending(Agreement agreement) {
        if (agreement.status != AgreementStatus.PENDING) {
            throw new ProblemException(409, "agreement-not-pending");
        }
    }

    private AgreementTemplate requireTemplate(UUID templateId) {
        AgreementTemplate template = AgreementTemplate.findById(templateId);
        if (template == null) {
            throw ProblemException.notFound("entity.agreement-template");
        }
        return template;
    }

    private List<AgreementDtos.View> views(List<Agreement> agreements, boolean forManagers) {
        Map<UUID, TemplateVersion> versions = byId(agreements.stream().map(a -> a.templateVersionId).distinct().toList());
        Map<UUID, Member> members = forManagers ? membersOf(agreements) : Map.of();
        return agreements.stream().map(a -> view(a, versions.get(a.templateVersionId), members.get(a.memberId))).toList();
    }

    private AgreementDtos.View view(Agreement a, TemplateVersion version, boolean forManager) {
        Member member = forManager && a.memberId != null ? Member.findById(a.memberId) : null;
        return view(a, version, member);
    }

    private AgreementDtos.View view(Agreement a, TemplateVersion v, Member member) {
        AgreementDtos.AcceptedText accepted = new AgreementDtos.AcceptedText(v.version, v.title, v.body,
                v.admissionCriteria, v.validityDays, v.maxBookingsPerMonth);
        return new AgreementDtos.View(a.id, a.venueId, a.templateId, a.memberId,
                member == null ? null : member.displayName, member == null ? null : member.email,
                a.accessType, AgreementRules.statusOf(a.status, a.validUntil, clock.instant()), a.motivation,
                a.requestedAt, a.decidedAt, a.decisionReason, a.validFrom, a.validUntil, a.terminatedAt,
                a.terminationReason, accepted);
    }

    private static Map<UUID, TemplateVersion> byId(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return TemplateVersion.<TemplateVersion>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
    }

    private static Map<UUID, Member> membersOf(List<Agreement> agreements) {
        List<UUID> ids = agreements.stream().map(a -> a.memberId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Member.<Member>list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
    }
}
