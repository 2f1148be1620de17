package cn.org.smeie.competition.account.control;

import cn.org.smeie.competition.account.entity.Account;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The callers read in this request, by user name: a console page calls several boundary methods, and
 * each asks {@link CallerScope} who is calling; the account and its tracks are read for the first only
 * (bench/load: 12 of a team list's 15 statements were that re-read). Outside a request (a batch job's
 * thread) nothing is kept and every question reads the database.
 *
 * <p>An update of any account forgets the request's callers ({@link Changes}, registered for
 * {@link Account} in {@code META-INF/orm.xml}), so a disabled account or a changed password counts from
 * the next boundary call on, as before.</p>
 */
@RequestScoped
public class CallerCache {

    private final Map<String, Caller> callers = new HashMap<>();

    /** The caller of that name, read by {@code read} unless this request read it already; null when none. */
    public Caller get(String username, Function<String, Optional<Caller>> read) {
        Caller known = callers.get(username);
        if (known != null) {
            return known;
        }
        Optional<Caller> found = read.apply(username);
        found.ifPresent(caller -> callers.put(username, caller));
        return found.orElse(null);
    }

    void forget() {
        callers.clear();
    }

    /** Whether this thread serves a request (else the cache must not be asked). */
    public static boolean active(BeanManager beans) {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    /** JPA entity listener of {@link Account} (post-update, post-remove in orm.xml): the request's callers are forgotten. */
    public static class Changes {

        public void changed(Account account) {
            BeanManager beans = CDI.current().getBeanManager();
            if (active(beans)) {
                CDI.current().select(CallerCache.class).get().forget();
            }
        }
    }
}
