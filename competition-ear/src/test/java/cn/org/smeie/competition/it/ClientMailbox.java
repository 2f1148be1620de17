package cn.org.smeie.competition.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** For tests that run as clients of the server: the {@link Mailbox} in the test's own JVM, for the whole class. */
public class ClientMailbox implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Mailbox.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Mailbox.stop();
    }
}
