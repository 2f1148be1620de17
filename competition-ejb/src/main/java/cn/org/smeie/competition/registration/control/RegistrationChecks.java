package cn.org.smeie.competition.registration.control;

import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every check of a registration form, for the boundary that saves one and the import that writes
 * many: its fields (Bean Validation), the notice's rules across fields, and the people already in
 * another team of the track. All violations are found at once and refused together.
 */
@Dependent
public class RegistrationChecks {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    /** Refuses a form that a team may not save (a draft may still be incomplete). */
    public void requireSavable(RegistrationForm form, Track track, Registration self) {
        validator.check(form, form == null ? List.of() : savable(form, track, self));
    }

    /** Refuses a form that may not be submitted: savable and complete. */
    public void requireSubmittable(RegistrationForm form, Track track, Registration self) {
        List<Violation> more = new ArrayList<>();
        if (form != null) {
            more.addAll(savable(form, track, self));
            more.addAll(complete(form, track));
        }
        validator.check(form, more);
    }

    /** What is missing for a submission (team size, kinds of members and organizations, a presenter). */
    public static List<Violation> complete(RegistrationForm form, Track track) {
        return CompositionRules.completeness(form, track.getEdition().getMinTeamSize(),
                track.getEdition().getMaxTeamSize());
    }

    private List<Violation> savable(RegistrationForm form, Track track, Registration self) {
        List<Violation> violations = new ArrayList<>(CompositionRules.consistency(form));
        violations.addAll(peopleInOtherTeams(form, track, self));
        return violations;
    }

    /** Members already in another team of the track, by e-mail or mobile. */
    private List<Violation> peopleInOtherTeams(RegistrationForm form, Track track, Registration self) {
        Set<String> emails = taken(Registration.EMAILS_TAKEN, form, MemberForm::email, track, self);
        Set<String> mobiles = taken(Registration.MOBILES_TAKEN, form, MemberForm::mobile, track, self);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < form.members().size(); i++) {
            MemberForm m = form.members().get(i);
            if (emails.contains(m.email())) {
                violations.add(new Violation("members[" + i + "].email", "registration.person.taken"));
            }
            if (mobiles.contains(m.mobile())) {
                violations.add(new Violation("members[" + i + "].mobile", "registration.person.taken"));
            }
        }
        return violations;
    }

    /** Which of the members' e-mails (or mobiles) another team of the track holds already. */
    private Set<String> taken(String query, RegistrationForm form, Function<MemberForm, String> value, Track track,
            Registration self) {
        Set<String> values = form.members().stream().map(value).filter(Objects::nonNull).collect(Collectors.toSet());
        if (values.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(query, String.class)
                .setParameter("track", track.getId())
                .setParameter("self", self == null ? -1L : self.getId())
                .setParameter("values", values)
                .getResultList());
    }

    /** Whether the team contact has a registration in the track already (one a track, whatever its state). */
    public boolean registeredIn(long contactId, long trackId) {
        return em.createNamedQuery(Registration.TRACKS_OF_CONTACT, Long.class).setParameter("contact", contactId)
                .getResultList().contains(trackId);
    }

    /** Throws the violations found, if any. */
    public static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
