package cn.org.smeie.competition.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.AfterFinalsFixture;
import cn.org.smeie.competition.it.Browser;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * After the finals, in real browsers (the walk-through): the committee recommends a student of
 * a prize-winning finals team and follows the recommendation to accepted; the team sees it and asks
 * for support; the committee assigns a mentor of its register, notes the progress and closes the
 * case; a media report on the first prize goes on the public results page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AfterFinalsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(AfterFinalsFixture.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aRecommendationIsFollowedToAcceptedASupportCaseIsClosedAndTheFirstPrizeIsInTheNews() throws Exception {
        String[] fixture = fixture();
        String edition = fixture[0];
        String team = fixture[1];
        String contact = fixture[2];
        String student = fixture[3];
        String position = "视觉算法实习生 " + Deployments.uniqueCode("").toLowerCase();
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/committee/careers.xhtml?edition=" + edition);
            b.waitFor(team);
            b.type("positionForm:enterprise", "华为技术有限公司");
            b.type("positionForm:title", position);
            b.type("positionForm:city", "深圳");
            b.type("positionForm:period", "2024-03 至 2024-08");
            b.click("positionForm:addPosition");
            b.waitFor("已登记岗位“" + position + "”。");
            row(b, "candidates", team, ":recommend");
            b.click("recommendForm:send");
            b.waitFor("不能为空");
            b.type("recommendForm:consent", "学生本人 12 月 20 日书面同意");
            b.click("recommendForm:send");
            b.waitFor("已推荐 " + student + " 至“" + position + "”。");
            for (String next : new String[] {"已面试", "已录用", "已接受"}) {
                row(b, "recommendations", position, ":advance");
                b.click("advanceForm:save");
                b.waitFor(student + " 的推荐已更新为“" + next + "”。");
            }
            assertTrue(b.find("positionForm:recommendations").getText().contains("已接受"));
            b.screenshot("careers-console");
        }
        try (Browser b = new Browser(base, 390, 844)) {
            b.signIn(contact, Caller.CHOSEN_PASSWORD);
            b.waitFor("团队报名");
            b.open("/team/aftercare.xhtml");
            b.waitFor(position);
            assertTrue(b.find("supportForm:recommendations").getText().contains("已接受"));
            b.driver().findElement(By.xpath("//*[@id='supportForm:kinds']//label[normalize-space(.)='技术导师']")).click();
            b.type("supportForm:description", "产线试点需要技术导师指导");
            b.click("supportForm:request");
            b.waitFor("组委会将分派专家。");
            b.screenshot("team-aftercare-phone");
        }
        String mentor = "周导师";
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/committee/support.xhtml?edition=" + edition);
            b.waitFor(team);
            b.type("expertForm:name", mentor);
            b.type("expertForm:organization", "导师单位 " + edition);
            b.driver().findElement(By.xpath("//*[@id='expertForm:kinds']//label[normalize-space(.)='技术导师']")).click();
            b.click("expertForm:registerExpert");
            b.waitFor("已登记专家 " + mentor + "。");
            row(b, "cases", team, ":work");
            b.choose("caseForm:expert", mentor + " · 导师单位 " + edition);
            b.click("caseForm:assign");
            b.waitFor("已分派专家。");
            b.type("caseForm:text", "已与企业对接试点产线");
            b.click("caseForm:note");
            b.waitFor("已记录进展。");
            b.type("caseForm:text", "试点完成，提交发明专利 2 件");
            b.click("caseForm:close");
            b.confirm();
            b.waitFor("已办结。");
            assertTrue(b.find("expertForm:cases").getText().contains("试点完成"), b.text());
            assertTrue(b.find("expertForm:report").getText().contains("技术导师"));

            b.open("/committee/publicity.xhtml?edition=" + edition);
            b.waitFor("登记报道");
            b.type("publicityForm:outlet", "人民网");
            b.type("publicityForm:title", "企校协同破解产线难题");
            // set the date picker's text directly: typing opens its calendar over the buttons
            b.driver().executeScript("document.getElementById('publicityForm:publishedOn_input').value = '2024-01-08';");
            b.type("publicityForm:link", "https://example.cn/news/1");
            b.click("publicityForm:addRecord");
            b.waitFor("已登记报道“企校协同破解产线难题”。");
            row(b, "records", "企校协同破解产线难题", ":toggle");
            b.waitFor("已在获奖名单页公开。");
            b.screenshot("publicity-console");
        }
        try (Browser b = new Browser(base, 390, 844)) {
            b.open("/results.xhtml?edition=" + edition);
            b.waitFor("媒体报道");
            assertTrue(b.shows("企校协同破解产线难题"), b.text());
            assertEquals("https://example.cn/news/1", b.driver().findElement(By.linkText("企校协同破解产线难题"))
                    .getAttribute("href"));
            b.signIn(contact, Caller.CHOSEN_PASSWORD);
            b.waitFor("团队报名");
            b.open("/team/aftercare.xhtml");
            b.waitFor("已办结");
            assertTrue(b.find("supportForm:cases").getText().contains(mentor), b.text());
        }
    }

    /** Clicks the button {@code button} of the row of table {@code table} that holds {@code text}. */
    private static void row(Browser b, String table, String text, String button) {
        b.driver().findElement(By.xpath("//*[contains(@id, ':" + table + "')]//tr[td[contains(normalize-space(.), '"
                + text + "')]]//button[contains(@id, '" + button + "')]")).click();
        b.settle();
    }

    /** The test server makes an edition with confirmed finals and names who to be. */
    private String[] fixture() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/api/test-fixtures/after-finals"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(3)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().split("\n");
    }
}
