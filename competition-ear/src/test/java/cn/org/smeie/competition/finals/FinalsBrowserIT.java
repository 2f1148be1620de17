package cn.org.smeie.competition.finals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.Browser;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.FinalsFixture;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The live finals in real browsers: a big screen watches the stage, a judge submits on a phone, the
 * judge's total appears on the screen by push, and the committee reveals the final score.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinalsBrowserIT {

    private static final Logger LOG = Logger.getLogger(FinalsBrowserIT.class.getName());

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(FinalsFixture.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aJudgesScoreAppearsOnTheBigScreenAsItIsSubmittedAndTheCommitteeRevealsTheResult() throws Exception {
        String[] onStage = fixture();
        String team = onStage[1];
        try (Browser screen = new Browser(base, 1280, 800); Browser phone = new Browser(base, 390, 844);
             Browser committee = new Browser(base)) {
            screen.open("/finals/screen.xhtml?round=" + onStage[0]);
            screen.waitFor(team);
            assertTrue(screen.shows("评委亮分中：0 / 1"), screen.text());
            screen.until(Duration.ofSeconds(10), Duration.ofMillis(500), d -> d.findElement(By.id("connection"))
                    .getAttribute("class").contains("live"));
            screen.screenshot("finals-screen-waiting");

            phone.signedIn(onStage[2], Caller.CHOSEN_PASSWORD);
            phone.open("/judge/sheets.xhtml");
            phone.waitFor(team);
            phone.click("sheetForm:teams:0:open");
            String[] scores = {"90", "85", "80", "95.5"};
            for (int i = 0; i < scores.length; i++) {
                phone.retype("sheetForm:criteria:" + i + ":score_input", scores[i]);
            }
            phone.click("sheetForm:submit");
            phone.confirm();
            long submitted = System.nanoTime();
            phone.waitFor("已提交“" + team + "”的评分。");

            // (90 + 85 + 80 + 95.5) / 4 = 87.625, the judge's total to two decimals: 87.63
            screen.until(Duration.ofSeconds(5), Duration.ofMillis(20),
                    d -> d.findElement(By.id("judge-1")).getText().contains("87.63"));
            long millis = (System.nanoTime() - submitted) / 1_000_000;
            LOG.info("the judge's total reached the big screen " + millis + " ms after the submission returned");
            assertTrue(millis < 1000, "on the screen within a second: " + millis + " ms");
            assertTrue(screen.shows("评委亮分中：1 / 1"));
            assertFalse(screen.shows("最后得分"), "the final score waits for the reveal");
            screen.screenshot("finals-screen-scored");

            committee.signInAsCommittee();
            committee.open("/committee/finals.xhtml");
            committee.waitFor(team);
            committee.click("finalsForm:reveal");
            committee.waitFor("已揭晓“" + team + "”的最后得分。");
            committee.screenshot("finals-console");

            screen.until(Duration.ofSeconds(5), Duration.ofMillis(500),
                    d -> d.findElement(By.id("finalScore")).getText().equals("87.63"));
            assertTrue(screen.shows("最后得分"));
            screen.screenshot("finals-screen-revealed");
        }
    }

    /** The test server puts a team of the finals on stage with one judge of its own. */
    private String[] fixture() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/api/test-fixtures/finals"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().split("\n");
    }
}
