package cn.org.smeie.competition.registration.control;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.registration.entity.Registration;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A team contact's own registration, for the boundaries that let a team act on it: another contact's
 * registration and one that does not exist are refused alike, and the refusal is audited.
 */
@Dependent
public class OwnRegistrations {

    static final String REGISTRATION = "Registration";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    public Registration own(long registrationId, String action) {
        long me = scope.caller().id();
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || registration.getContact().getId() != me) {
            throw scope.deny(REGISTRATION, registrationId, action);
        }
        return registration;
    }
}
