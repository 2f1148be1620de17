package cn.org.smeie.competition.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.Browser;
import cn.org.smeie.competition.it.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The committee console in a real browser: the track table, the editor dialog, the language switch, the job page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theTrackTableShowsTheNoticesTracksInChinese() {
        try (Browser b = new Browser(base)) {
            b.open("/");
            b.waitFor("赛项管理");
            for (String code : new String[] {"SME202301", "SME202302", "SME202303", "SME202304", "SME202305", "SME202306"}) {
                assertTrue(b.shows(code), code);
            }
            assertTrue(b.shows("长扬科技（北京）股份有限公司"));
            assertTrue(b.shows("中小企通〔2023〕49号"));
            b.screenshot("tracks-zh");
        }
    }

    @Test
    void aNewTrackIsRefusedWithTheFieldToCorrectThenSaved() {
        String code = Deployments.uniqueCode("UI");
        try (Browser b = new Browser(base)) {
            b.open("/committee/tracks.xhtml");
            b.click("tracksForm:newTrack");
            b.type("trackForm:code", code);
            b.type("trackForm:fieldZh", "低空经济");
            b.type("trackForm:fieldEn", "Low-altitude economy");
            b.type("trackForm:focusZh", "聚焦无人机物流场景");
            b.type("trackForm:abilitiesZh", "考察飞控与调度能力");
            b.type("trackForm:objectiveZh", "培养低空经济人才");
            b.type("trackForm:hostOrganization", "低空经济测试承办单位");
            b.type("trackForm:contactName", "赵老师");
            b.type("trackForm:contactPhone", "12345");
            b.click("trackForm:save");

            b.waitFor("应为以 1 开头的 11 位手机号码");
            assertTrue(b.find("trackForm:contactPhone").isDisplayed(), "the dialog stays open");
            b.screenshot("track-dialog-refused");

            b.type("trackForm:contactPhone", "13800138000");
            b.click("trackForm:save");
            b.waitFor("赛项 " + code + " 已保存。");
            assertTrue(b.shows("低空经济测试承办单位"));

            WebElement retire = b.driver().findElement(
                    By.xpath("//tr[td[contains(normalize-space(.), '" + code + "')]]//button[contains(@id, ':retire')]"));
            retire.click();
            b.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            b.settle();
            b.waitFor("赛项 " + code + " 已停办。");
            WebElement row = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + code + "')]]"));
            assertTrue(row.getText().contains("已停办"), row.getText());
        }
    }

    @Test
    void theConsoleSpeaksEnglishOnRequest() {
        try (Browser b = new Browser(base)) {
            b.open("/committee/tracks.xhtml");
            b.click("languageForm:switchLanguage");
            b.waitFor("Host organization");
            assertTrue(b.shows("Robotics+"));
            assertTrue(b.shows("New track"));
            assertFalse(b.shows("赛项管理"));
            b.screenshot("tracks-en");
        }
    }

    @Test
    void theTrackDirectoryExportRunsFromTheJobPage() {
        try (Browser b = new Browser(base)) {
            b.open("/committee/jobs.xhtml");
            b.click("jobsForm:runExport");
            b.waitFor("作业已启动");
            b.waitFor("已完成");
            assertFalse(b.driver().findElements(By.cssSelector("[id$=':download']")).isEmpty(),
                    "a finished export offers its file");
            b.screenshot("jobs");
        }
    }

    @Test
    void theTrackTableWorksOnAPhone() {
        try (Browser b = new Browser(base, 390, 844)) {
            b.open("/committee/tracks.xhtml");
            b.waitFor("SME202306");
            Object overflow = b.driver().executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth + 1;");
            b.screenshot("tracks-phone");
            assertFalse(Boolean.TRUE.equals(overflow), "no sideways scrolling on a phone");
        }
    }
}
