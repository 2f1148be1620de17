package cn.org.smeie.competition.registration.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.Caller;
import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.mail.control.Mailer;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.persistence.Flush;
import cn.org.smeie.competition.platform.persistence.Jpql;
import cn.org.smeie.competition.platform.validation.Reasons;
import cn.org.smeie.competition.problemboard.control.ProblemChoices;
import cn.org.smeie.competition.registration.control.MaterialStore;
import cn.org.smeie.competition.registration.control.RegistrationChecks;
import cn.org.smeie.competition.registration.entity.Material;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.registration.entity.RegistrationSnapshot;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Team registrations. A team contact drafts, edits and submits its team's registration for a
 * track while that track takes registrations; the host of the track (or the committee) reads the
 * track's registrations and approves, returns or rejects them. Nobody else reaches a registration:
 * not another team, not the host of another track. Every change is audited.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class Registrations {

    static final String AUDIT_TYPE = "Registration";
    static final int MAX_MATERIALS = 10;
    /** The most registrations one bulk approval takes (a few pages of the review list). */
    static final int MAX_BULK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProblemChoices problemChoices;

    @Inject
    CallerScope scope;

    @Inject
    RegistrationChecks checks;

    @Inject
    AuditTrail audit;

    @Inject
    MaterialStore store;

    @Inject
    Mailer mailer;

    /** A new draft of the caller's team for an active track, before its deadline. */
    @RolesAllowed(TEAM_ROLE)
    public Registration create(long trackId, RegistrationForm form) {
        Account contact = scope.account();
        if (!contact.isEmailConfirmed()) {
            throw new ConflictException("registration.emailUnconfirmed", contact.getEmail());
        }
        Track track = em.find(Track.class, trackId);
        if (track == null || !track.isActive()) {
            throw new NotFoundException("Track", trackId);
        }
        requireOpen(track);
        checks.requireSavable(form, track, null);
        if (checks.registeredIn(contact.getId(), trackId)) {
            throw new ConflictException("registration.alreadyRegistered", track.getCode());
        }
        Registration registration = new Registration(track, contact, now());
        registration.describe(form);
        em.persist(registration);
        return saved(registration, "CREATE", null);
    }

    /** Replaces the content of the caller's draft or returned registration, before the deadline. */
    @RolesAllowed(TEAM_ROLE)
    public Registration update(long registrationId, int expectedVersion, RegistrationForm form) {
        Registration registration = ownCurrent(registrationId, expectedVersion, "update");
        requireOpen(registration.getTrack());
        checks.requireSavable(form, registration.getTrack(), registration);
        RegistrationSnapshot before = registration.snapshot();
        registration.clearPeople();
        em.flush(); // the old members leave before the new ones arrive: no person is in the track twice
        registration.describe(form);
        return saved(registration, "UPDATE", before);
    }

    /** Submits the caller's registration: now it must be complete (team size, members, organizations, presenter). */
    @RolesAllowed(TEAM_ROLE)
    public Registration submit(long registrationId, int expectedVersion) {
        Registration registration = ownCurrent(registrationId, expectedVersion, "submit");
        requireOpen(registration.getTrack());
        List<Violation> violations = new ArrayList<>(RegistrationChecks.complete(registration.form(),
                registration.getTrack()));
        // a team registered against an enterprise's problem keeps an expert of that enterprise
        problemChoices.expertMissing(registration).ifPresent(violations::add);
        RegistrationChecks.refuse(violations);
        RegistrationSnapshot before = registration.snapshot();
        registration.submit(now());
        return notified(saved(registration, "SUBMIT", before));
    }

    /** The caller's own registrations. */
    @RolesAllowed(TEAM_ROLE)
    public List<Registration> mine() {
        return em.createNamedQuery(Registration.OF_CONTACT, Registration.class)
                .setParameter("contact", scope.caller().id()).getResultList();
    }

    /** One registration: for its team, the host of its track, or the committee. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, TEAM_ROLE})
    public Registration registration(long registrationId) {
        Caller caller = scope.caller();
        if (caller.role() == Role.TEAM) {
            return own(registrationId, caller.id(), "read");
        }
        return scoped(registrationId, "read");
    }

    /** A page of the track's registrations, for its host or the committee. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public List<Registration> ofTrack(long trackId, RegistrationQuery query, int first, int max) {
        scope.requireTrack(trackId, "listRegistrations");
        return select(Registration.class, "select r", trackId, query, " order by r.id")
                // the page's members and organizations in one query each, not two per registration
                .setHint("eclipselink.batch", "r.members")
                .setHint("eclipselink.batch", "r.organizations")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public long countOfTrack(long trackId, RegistrationQuery query) {
        scope.requireTrack(trackId, "listRegistrations");
        return select(Long.class, "select count(r)", trackId, query, "").getSingleResult();
    }

    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Registration approve(long registrationId, int expectedVersion) {
        Registration registration = scopedCurrent(registrationId, expectedVersion, "approve");
        RegistrationSnapshot before = registration.snapshot();
        registration.approve(now());
        return notified(saved(registration, "APPROVE", before));
    }

    /**
     * Approves many registrations at once (the review page's selection): each one the caller may act on and that
     * is submitted is approved, audited and its team mailed as by {@link #approve}; the others are named in the
     * answer with the reason and left as they are (another track's or an unknown one refused and audited alike).
     */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public BulkApproval approveMany(Collection<Long> registrationIds) {
        Set<Long> ids = new LinkedHashSet<>(registrationIds);
        if (ids.size() > MAX_BULK) {
            throw new InvalidInputException(new Violation("selection", "registration.bulk.tooMany", MAX_BULK));
        }
        Caller caller = scope.caller();
        List<String> approved = new ArrayList<>();
        List<BulkApproval.Refusal> refused = new ArrayList<>();
        for (long id : ids) {
            Registration registration = em.find(Registration.class, id);
            if (registration == null || !caller.reaches(registration.getTrack().getId())) {
                scope.deny(AUDIT_TYPE, id, "approve");
                refused.add(new BulkApproval.Refusal(id, null, BulkApproval.Reason.NOT_REACHABLE, null));
            } else if (!registration.getStatus().awaitsDecision()) {
                refused.add(new BulkApproval.Refusal(id, registration.getTeamName(),
                        BulkApproval.Reason.NOT_SUBMITTED, registration.getStatus()));
            } else {
                RegistrationSnapshot before = registration.snapshot();
                registration.approve(now());
                notified(saved(registration, "APPROVE", before));
                approved.add(registration.getTeamName());
            }
        }
        return new BulkApproval(approved, refused);
    }

    /** Back to the team, which may change and submit again until the deadline. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Registration returnToTeam(long registrationId, int expectedVersion, String reason) {
        Registration registration = scopedCurrent(registrationId, expectedVersion, "return");
        RegistrationSnapshot before = registration.snapshot();
        registration.returnToTeam(Reasons.require(reason), now());
        return notified(saved(registration, "RETURN", before));
    }

    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public Registration reject(long registrationId, int expectedVersion, String reason) {
        Registration registration = scopedCurrent(registrationId, expectedVersion, "reject");
        RegistrationSnapshot before = registration.snapshot();
        registration.reject(Reasons.require(reason), now());
        return notified(saved(registration, "REJECT", before));
    }

    /** Attaches a PDF (at most 20 MB, a PDF by its content) to the caller's registration, while it is editable. */
    @RolesAllowed(TEAM_ROLE)
    public Material addMaterial(long registrationId, String fileName, InputStream content) {
        Registration registration = own(registrationId, scope.caller().id(), "addMaterial");
        requireOpen(registration.getTrack());
        if (!registration.getStatus().editableByTeam()) {
            throw new ConflictException("registration.notEditable", registration.getStatus().name());
        }
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException(new Violation("fileName", name.isEmpty() ? "validation.required"
                    : "validation.tooLong"));
        }
        if (materials(registration).size() >= MAX_MATERIALS) {
            throw new InvalidInputException(new Violation("file", "material.tooMany", MAX_MATERIALS));
        }
        MaterialStore.Stored stored = store.store(registrationId, content);
        Material material = new Material(registration, name, stored.size(), stored.sha256(), stored.storedAs(), now(),
                audit.callerName());
        em.persist(material);
        em.flush();
        audit.record("ADD_MATERIAL", AUDIT_TYPE, registrationId, registration.getTrack().getId(), null,
                new MaterialRecord(name, stored.size(), stored.sha256()));
        return material;
    }

    /** The materials of a registration: for its team, the host of its track, or the committee. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, TEAM_ROLE})
    public List<Material> materials(long registrationId) {
        return materials(registration(registrationId));
    }

    /** A material's file, for those who may read its registration. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE, TEAM_ROLE})
    public MaterialFile materialFile(long materialId) {
        Material material = em.find(Material.class, materialId);
        if (material == null) {
            throw scope.deny("Material", materialId, "read");
        }
        registration(material.getRegistration().getId());
        return new MaterialFile(material.getFileName(), material.getSha256(), store.file(material.getStoredAs()));
    }

    /** Takes a material off the caller's editable registration (the file stays for the record). */
    @RolesAllowed(TEAM_ROLE)
    public void removeMaterial(long materialId) {
        Material material = em.find(Material.class, materialId);
        if (material == null) {
            throw scope.deny("Material", materialId, "remove");
        }
        Registration registration = own(material.getRegistration().getId(), scope.caller().id(), "removeMaterial");
        requireOpen(registration.getTrack());
        if (!registration.getStatus().editableByTeam()) {
            throw new ConflictException("registration.notEditable", registration.getStatus().name());
        }
        em.remove(material);
        audit.record("REMOVE_MATERIAL", AUDIT_TYPE, registration.getId(), registration.getTrack().getId(),
                new MaterialRecord(material.getFileName(), material.getSize(), material.getSha256()), null);
    }

    /** A material as the audit trail keeps it. */
    public record MaterialRecord(String fileName, long size, String sha256) {
    }

    /** A material's file to send, with the name it was uploaded under and its checksum. */
    public record MaterialFile(String fileName, String sha256, Path file) {
    }

    private List<Material> materials(Registration registration) {
        return em.createNamedQuery(Material.OF_REGISTRATION, Material.class)
                .setParameter("registration", registration.getId()).getResultList();
    }

    private <T> TypedQuery<T> select(Class<T> type, String select, long trackId, RegistrationQuery query,
                                     String order) {
        return new Jpql("from Registration r where 1 = 1")
                .and("r.track.id = :track", "track", trackId)
                .andIfPresent("r.status = :status", "status", query.status())
                .andIfPresent("exists (select o from TeamOrganization o where o.registration = r"
                        + " and o.kind = cn.org.smeie.competition.organization.entity.OrganizationKind.UNIVERSITY"
                        + " and lower(o.name) like :university)", "university", Jpql.containing(query.university()))
                .andIfPresent("exists (select o from TeamOrganization o where o.registration = r"
                        + " and o.kind = cn.org.smeie.competition.organization.entity.OrganizationKind.ENTERPRISE"
                        + " and lower(o.name) like :enterprise)", "enterprise", Jpql.containing(query.enterprise()))
                .query(em, select, type, order);
    }

    private void requireOpen(Track track) {
        if (!now().toInstant().isBefore(track.registrationClosesAt())) {
            throw new ConflictException("registration.closed", track.getCode(),
                    track.effectiveRegistrationDeadline().toString().replace('T', ' '));
        }
    }

    private Registration ownCurrent(long registrationId, int expectedVersion, String action) {
        Registration registration = own(registrationId, scope.caller().id(), action);
        return current(registration, expectedVersion);
    }

    private Registration own(long registrationId, long callerId, String action) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || registration.getContact().getId() != callerId) {
            throw scope.deny(AUDIT_TYPE, registrationId, action);
        }
        return registration;
    }

    private Registration scopedCurrent(long registrationId, int expectedVersion, String action) {
        return current(scoped(registrationId, action), expectedVersion);
    }

    /** A registration of a track the caller may act on; refused alike when it is another's or does not exist. */
    private Registration scoped(long registrationId, String action) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            throw scope.deny(AUDIT_TYPE, registrationId, action);
        }
        scope.requireTrack(registration.getTrack().getId(), action + " registration " + registrationId);
        return registration;
    }

    private static Registration current(Registration registration, int expectedVersion) {
        if (registration.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(registration.getTeamName());
        }
        return registration;
    }

    private Registration saved(Registration registration, String action, RegistrationSnapshot before) {
        // another team took one of these people at the same moment: the database's constraint decides
        Flush.orConflict(em, () -> new ConflictException("registration.person.takenConcurrently"));
        audit.record(action, AUDIT_TYPE, registration.getId(), registration.getTrack().getId(), before,
                registration.snapshot());
        return registration;
    }

    /** Tells the team contact by mail where the registration now stands (in the same transaction: no change without its mail). */
    private Registration notified(Registration registration) {
        mailer.send(registration.getContact().getEmail(), "registration." + registration.getStatus().name(),
                registration.getTeamName(), registration.getTrack().getCode(), registration.getTrack().getFieldZh(),
                registration.getStatusReason() == null ? "" : registration.getStatusReason());
        return registration;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(AuditTrail.ZONE);
    }
}
