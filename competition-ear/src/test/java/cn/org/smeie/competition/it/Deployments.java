package cn.org.smeie.competition.it;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.net.URISyntaxException;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.slf4j.LoggerFactory;

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
                .addClasses(Deployments.class, Caller.class, CurrentExchange.class, Teams.class, Mailbox.class,
                        MailboxShutdown.class, FinalsTeams.class, FinalsTeams.FinalsTeam.class, StageStream.class,
                        StageStream.Received.class, Jobs.class, Honours.class, AfterFinals.class,
                        AfterFinals.Fixture.class, ServerProcess.class, Api.class, CrashTest.class,
                        CrashTest.KilledMidway.class, InDoubt.class, ServerLog.class)
                // the test SMTP server and the logging API it needs (Payara carries Jakarta Mail itself)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(LoggerFactory.class));
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A track code no earlier run has used, so tests stay independent of what a database holds. */
    public static String uniqueCode(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36).toUpperCase();
    }
}
