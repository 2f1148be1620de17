package cn.org.smeie.competition.it;

import java.io.File;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive that integration tests deploy: the EAR exactly as built, with the test classes
 * added to its web module (which can see the EJB modules and the EAR's libraries). One deployment
 * per test class; tests are grouped in a few classes so the suite deploys a few times only.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear(Class<?>... testClasses) {
        File built = new File(System.getProperty("competition.ear", "target/competition.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
        ear.getAsType(WebArchive.class, "competition-web.war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, Caller.class, CurrentExchange.class, Teams.class);
        return ear;
    }

    /** A track code no earlier run has used, so tests stay independent of what a database holds. */
    public static String uniqueCode(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36).toUpperCase();
    }
}
