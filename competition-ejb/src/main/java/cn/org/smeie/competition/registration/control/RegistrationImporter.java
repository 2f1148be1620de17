package cn.org.smeie.competition.registration.control;

import cn.org.smeie.competition.account.control.EmailTokens;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.mail.control.Mailer;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.persistence.Flush;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.platform.validation.PlainText;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one imported team, whole or not at all, in a transaction of its own: a refused team
 * leaves nothing behind and does not hold back the others. The team arrives submitted, checked by
 * the same rules as a submission from the portal. A contact without an account gets one with no
 * password and a mailed link to choose it; a contact who already registered in the track is
 * left as it is, so importing a file again adds nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RegistrationImporter {

    /** What became of a team. */
    public enum Outcome { IMPORTED, ALREADY_REGISTERED }

    /** The contact of an imported team as its fields are checked. */
    public record ImportContact(
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 64, message = "{validation.tooLong}") String contactEmail,
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @PlainText
            String contactName) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationChecks checks;

    @Inject
    InputValidator validator;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    /** Writes the team (whose rows could all be read: no {@link ImportedTeam#problems()}) or refuses it. */
    public Outcome importTeam(long trackId, ImportedTeam team) {
        Track track = em.find(Track.class, trackId);
        List<Violation> contactViolations = new ArrayList<>(validator.violationsOf(
                new ImportContact(team.contactEmail(), team.contactName())));
        Optional<Account> existing = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", team.contactEmail()).getResultStream().findFirst();
        if (existing.isPresent() && existing.get().getRole() != Role.TEAM) {
            contactViolations.add(new Violation("contactEmail", "import.contact.notTeam"));
        }
        if (existing.isPresent() && contactViolations.isEmpty() && checks.registeredIn(existing.get().getId(), trackId)) {
            return Outcome.ALREADY_REGISTERED;
        }
        RegistrationChecks.refuse(contactViolations);
        checks.requireSubmittable(team.form(), track, null);

        OffsetDateTime now = OffsetDateTime.now(AuditTrail.ZONE);
        Account contact = existing.orElseGet(() -> invite(team, track, now));
        Registration registration = new Registration(track, contact, now);
        registration.describe(team.form());
        registration.submit(now);
        em.persist(registration);
        // another team took one of these people at the same moment: the database's constraint decides
        Flush.orConflict(em, () -> new ConflictException("registration.person.takenConcurrently"));
        audit.record("IMPORT", "Registration", registration.getId(), trackId, null, registration.snapshot());
        mailer.send(contact.getEmail(), "registration.SUBMITTED", registration.getTeamName(), track.getCode(),
                track.getFieldZh(), "");
        return Outcome.IMPORTED;
    }

    /** Records the import of a file as a whole (name, checksum, counts), whatever became of its teams. */
    public void recordFile(long trackId, Object summary) {
        audit.record("IMPORT_FILE", "Track", trackId, trackId, null, summary);
    }

    private Account invite(ImportedTeam team, Track track, OffsetDateTime now) {
        Account contact = Account.invitedTeamContact(team.contactEmail(), team.contactName(), now);
        String token = EmailTokens.issue(contact, now);
        em.persist(contact);
        em.flush();
        audit.record("INVITE", "Account", contact.getId(), null, null, contact.snapshot());
        mailer.sendUrgent(contact.getEmail(), "import.invitation", contact.getDisplayName(), track.getCode(),
                track.getFieldZh(), team.form().teamName(), token);
        return contact;
    }
}
