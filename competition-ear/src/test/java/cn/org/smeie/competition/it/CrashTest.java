package cn.org.smeie.competition.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A test that crashes the server (its subclass orders its steps with {@code @Order}): its last step restarts the
 * server cleanly, so that the suite's next tests share a server that started and stopped as servers should.
 */
public abstract class CrashTest {

    /** After the test's checks (in the server): the crash left no transaction in doubt, holding its rows locked. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    public void noTransactionIsLeftInDoubt() throws Exception {
        assertEquals(List.of(), InDoubt.transactions(), "transactions prepared and never decided");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    @RunAsClient
    public void theServerIsRestartedCleanlyForTheTestsThatFollow() throws Exception {
        ServerProcess.restart();
    }

    /**
     * A crash test in three steps: in the server, work is left running (step 1); from outside, the server is
     * killed and started again (this step, 2); in the server again, the work is checked (step 3).
     */
    public abstract static class KilledMidway extends CrashTest {

        @Test
        @Order(2)
        @RunAsClient
        public void theServerIsKilledAndStartedAgain() throws Exception {
            ServerProcess.kill();
            ServerProcess.start();
        }
    }
}
