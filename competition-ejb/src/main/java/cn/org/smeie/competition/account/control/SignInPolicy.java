package cn.org.smeie.competition.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When repeated failures lock sign-in out: {@code competition.signin.max-failures-per-account}
 * failures for one user name, or {@code ...-per-address} from one network address, within
 * {@code competition.signin.window-minutes}. The address limit is higher because a whole
 * university often reaches the site through one address.
 */
@ApplicationScoped
public class SignInPolicy {

    @Inject
    @ConfigProperty(name = "competition.signin.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "competition.signin.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "competition.signin.window-minutes", defaultValue = "15")
    int windowMinutes;

    public int maxFailuresPerAccount() {
        return maxFailuresPerAccount;
    }

    public int maxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    public Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }
}
