package cn.org.smeie.competition.it;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Frees the test SMTP port when the test archive is undeployed, so the next archive can take it. */
@WebListener
public class MailboxShutdown implements ServletContextListener {

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Mailbox.stop();
    }
}
