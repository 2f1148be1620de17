package cn.org.smeie.competition.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.it.Browser;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.ClientMailbox;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Mailbox;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.registration.control.ImportColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The committee console in a real browser: the track table, the editor dialog, the language switch, the job page. */
@ExtendWith({ArquillianExtension.class, ClientMailbox.class}) // mails reach this JVM: the test runs outside the server
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
            b.signInAsCommittee();
            assertTrue(b.reaches("/console/dashboard.xhtml"), "the committee starts on its overview: " + b.path());
            b.click("navTracks");
            b.waitFor("赛项管理");
            for (String code : new String[] {"SME202301", "SME202302", "SME202303", "SME202304", "SME202305", "SME202306"}) {
                assertTrue(b.shows(code), code);
            }
            assertTrue(b.shows("长扬科技（北京）股份有限公司"));
            assertTrue(b.shows("中小企通〔2023〕49号"));
            b.screenshot("tracks-zh");
        }
    }

    /**
     * The pages no other browser test opens, as the public and as the committee: each is served as itself (not the
     * sign-in or an error page) and runs no script the Content-Security-Policy refuses ({@link Browser#close()}
     * reads the browser's console).
     */
    @Test
    void theRemainingPagesOpenWithinTheContentSecurityPolicy() {
        try (Browser b = new Browser(base)) {
            for (String page : List.of("/results.xhtml", "/verify.xhtml", "/problem.xhtml?code=unknown",
                    "/confirm.xhtml?token=unknown", "/login.xhtml")) {
                b.open(page);
                assertEquals(page.replaceAll("\\?.*", ""), b.path());
            }
            b.signInAsCommittee();
            for (String page : List.of("/console/honors.xhtml", "/console/search.xhtml?q=SME", "/console/results.xhtml",
                    "/console/results-print.xhtml", "/committee/mail.xhtml", "/account/password.xhtml")) {
                b.open(page);
                assertEquals(page.replaceAll("\\?.*", ""), b.path());
            }
        }
    }

    @Test
    void aNewTrackIsRefusedWithTheFieldToCorrectThenSaved() {
        String code = Deployments.uniqueCode("UI");
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            fillNewTrack(b, code, "低空经济", "低空经济测试承办单位", "12345");
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
            b.confirm();
            b.waitFor("赛项 " + code + " 已停办。");
            WebElement row = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + code + "')]]"));
            assertTrue(row.getText().contains("已停办"), row.getText());
        }
    }

    @Test
    void theConsoleSpeaksEnglishOnRequest() {
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/console/tracks.xhtml");
            b.click("languageForm:switchLanguage");
            b.waitFor("Host organization");
            assertTrue(b.shows("Robotics+"));
            assertTrue(b.shows("New track"));
            assertFalse(b.shows("赛项管理"));
            b.screenshot("tracks-en");
        }
    }

    /**
     * The committee prepares the next edition at 1280×800: the dialog comes filled with the newest
     * edition's calendar a year on, a blank name is refused next to its field, and the saved edition
     * is listed, not yet current. The keyboard's first stop is the link that skips the navigation.
     */
    @Test
    void theCommitteePreparesTheNextEditionAt1280x800() {
        try (Browser b = new Browser(base, 1280, 800)) {
            b.signInAsCommittee();
            b.open("/committee/editions.xhtml");
            b.waitFor("当前届次");
            b.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = b.driver().switchTo().activeElement();
            assertEquals("跳到正文", focused.getText(), "the first tab stop skips the navigation");
            b.click("editionsForm:newEdition");
            assertFalse(b.find("editionForm:registrationDeadline_input").getAttribute("value").isBlank(),
                    "the calendar is offered from the newest edition");
            String ordinal = b.find("editionForm:ordinal_input").getAttribute("value");
            b.type("editionForm:nameEn", "Next edition " + ordinal);
            b.click("editionForm:save");
            b.waitFor("不能为空");
            WebElement beside = b.driver().findElement(By.xpath("//input[@id='editionForm:nameZh']"
                    + "/following-sibling::*[contains(@class, 'ui-message')][1]"));
            assertTrue(beside.getText().contains("不能为空"), "the refusal stands beside its field: " + beside.getText());
            b.screenshot("edition-refused");
            b.type("editionForm:nameZh", "第" + ordinal + "届企校协同创新大赛（筹备）");
            b.click("editionForm:save");
            b.waitFor("已保存“第" + ordinal + "届企校协同创新大赛（筹备）”。");
            WebElement row = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '第" + ordinal
                    + "届企校协同创新大赛（筹备）')]]"));
            assertTrue(row.findElements(By.cssSelector("[id$=':current']")).isEmpty(), "prepared, not current");
            assertFalse(row.findElements(By.cssSelector("button[id$=':makeCurrent']")).isEmpty(),
                    "it can be made current");
            b.screenshot("editions");
        }
    }

    @Test
    void theTrackDirectoryExportRunsFromTheJobPage() {
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/committee/jobs.xhtml");
            b.click("jobsForm:job:0:run");
            b.waitFor("作业已启动");
            // the new run is the export panel's first row (earlier runs of any job may show 已完成 already): the
            // page refreshes itself until it has completed and offers its file
            b.find("jobsForm:job:0:runs:0:files:0:download");
            b.until(Duration.ofSeconds(20), Duration.ofMillis(500),
                    d -> "已完成".equals(d.findElement(By.id("jobsForm:job:0:runs:0:status")).getText()));
            b.screenshot("jobs");
        }
    }

    @Test
    void theCommitteeCreatesAHostWhoThenSeesAndEditsOnlyItsTrack() {
        String host = Deployments.uniqueCode("web").toLowerCase();
        String oneTime;
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/console/accounts.xhtml");
            b.click("accountsForm:newAccount");
            b.type("accountForm:username", host);
            b.type("accountForm:displayName", "网络安全承办单位联系人");
            b.tick("accountForm:trackIds", "SME202305", "accountForm:displayName");
            b.click("accountForm:create");
            oneTime = b.find("issuedPassword").getText().strip();
            assertTrue(oneTime.matches("[A-Za-z0-9]{16}"), oneTime);
            b.screenshot("account-issued");

            b.open("/console/accounts.xhtml");
            b.type("accountsForm:filterText", host);
            b.waitFor("1-1 / 1");
            WebElement row = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + host + "')]]"));
            assertTrue(row.getText().contains("SME202305") && row.getText().contains("待改密"), row.getText());
        }
        try (Browser b = new Browser(base)) {
            b.signIn(host, oneTime);
            assertTrue(b.reaches("/account/password.xhtml"), "a one-time password is changed first: " + b.path());
            b.open("/console/tracks.xhtml");
            assertTrue(b.reaches("/account/password.xhtml"), "no page before the password is changed");
            b.type("passwordForm:currentPassword", oneTime);
            b.type("passwordForm:newPassword", Caller.CHOSEN_PASSWORD);
            b.type("passwordForm:repeated", Caller.CHOSEN_PASSWORD);
            b.click("passwordForm:change");
            assertTrue(b.reaches("/console/dashboard.xhtml"), "a host starts on its track's overview: " + b.path());
            b.click("navTracks");
            b.waitFor("SME202305");
            assertFalse(b.shows("SME202301"), "another host's track is not shown");
            assertFalse(b.shows("SME202306"));
            assertTrue(b.driver().findElements(By.id("tracksForm:newTrack")).isEmpty(), "a host creates no track");
            b.screenshot("host-tracks");

            b.click("tracksForm:tracks:0:edit");
            b.type("trackForm:contactName", "李昊为");
            b.click("trackForm:save");
            b.waitFor("赛项 SME202305 已保存。");

            b.open("/committee/audit.xhtml");
            assertFalse(b.shows("审计日志"), "the committee's pages are closed to a host");
        }
    }

    @Test
    void aWrongPasswordIsToldWithoutSayingWhichPartWasWrong() {
        try (Browser b = new Browser(base)) {
            // an unknown user: the committee's own failures must not add up towards its lockout
            b.signIn("nobody-" + Deployments.uniqueCode("x").toLowerCase(), "not-the-password");
            b.waitFor("用户名或密码错误。");
            assertTrue(b.reaches("/login.xhtml"), b.path());
            b.open("/console/tracks.xhtml");
            assertTrue(b.reaches("/login.xhtml"), "still asked to sign in after a failure: " + b.path());
            b.type("loginForm:username", Caller.COMMITTEE);
            b.type("loginForm:password", Caller.COMMITTEE_PASSWORD);
            b.click("loginForm:signIn");
            b.waitFor("赛项管理");
        }
    }

    @Test
    void aTeamContactSignsUpAndReachesTheRegistrationPage() {
        String email = Deployments.uniqueCode("b").toLowerCase() + "@team.example.cn";
        try (Browser b = new Browser(base)) {
            b.open("/");
            b.click("languageForm:signUp");
            b.type("signupForm:email", email);
            b.type("signupForm:displayName", "浏览器测试联系人");
            b.type("signupForm:password", "short");
            b.type("signupForm:repeated", "short");
            b.click("signupForm:signUp");
            b.waitFor("至少需要 10 个字符。");

            b.type("signupForm:password", Caller.CHOSEN_PASSWORD);
            b.type("signupForm:repeated", Caller.CHOSEN_PASSWORD);
            b.click("signupForm:signUp");
            b.waitFor("账号 " + email + " 已创建。请打开发往该邮箱的确认邮件中的链接");
            b.signIn(email, Caller.CHOSEN_PASSWORD);
            b.waitFor("团队报名");
            assertTrue(b.reaches("/team/registration.xhtml"), b.path());
            b.waitFor("请先确认电子邮箱 " + email);
            b.screenshot("team-unconfirmed");
            b.open("/confirm.xhtml?token=" + Mailbox.confirmationToken(email));
            b.waitFor("电子邮箱已确认");
            b.open("/team/registration.xhtml");
            b.waitFor("团队报名");
            assertFalse(b.shows("请先确认电子邮箱"), "confirmed: no more warning");
            // the notice's tracks closed on 2023-09-30; other tests may have opened tracks of their own
            assertTrue(b.shows("目前没有正在接受报名的赛项") || b.find("registrationForm:teamName").isDisplayed(),
                    "either the form or why there is none");
            b.screenshot("team-registration");

            b.open("/console/tracks.xhtml");
            assertFalse(b.shows("SME202301"), "a team sees no console");
        }
    }

    @Test
    void aTeamRegistersThroughThePortalAndTheHostOfTheTrackApprovesIt() throws IOException {
        String code = Deployments.uniqueCode("WR");
        String host = Deployments.uniqueCode("wh").toLowerCase();
        String team = Deployments.uniqueCode("wt").toLowerCase() + "@team.example.cn";
        String tag = Deployments.uniqueCode("").toLowerCase();
        String hostPassword;
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            openTrack(b, code, "工业软件");

            hostPassword = newAccount(b, host, "工业软件承办单位联系人", null, null, code);
        }
        try (Browser b = new Browser(base)) {
            signedUpTeam(b, team, "星火队联系人");
            draftRegistration(b, code, tag);
            b.present("registrationForm:upload_input").sendKeys(pdf("项目计划书").toString());
            b.waitFor("已上传");
            b.click("registrationForm:submit");
            b.waitFor("已提交，等待承办单位审核。");
            assertTrue(b.find("registrationForm:statusText").getText().contains("已提交"));
            b.screenshot("team-submitted");
        }
        try (Browser b = new Browser(base)) {
            firstSignIn(b, host, hostPassword);
            b.open("/console/registrations.xhtml");
            b.waitFor("星火队 " + tag);
            b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '星火队 " + tag + "')]]"
                    + "//button[contains(@id, ':show')]")).click();
            b.settle();
            b.waitFor("张喆");
            assertTrue(b.shows("项目计划书.pdf"), "the host sees the team's materials");
            b.screenshot("review-detail");
            b.click("detailForm:approve");
            b.waitFor("“星火队 " + tag + "”已通过。");
        }
        judgeScoresTheApprovedTeamOnAPhone(code, "星火队 " + tag);
        theAwardIsConfirmedAndTheFirstPrizeAdvancesToTheFinals(code, "星火队 " + tag, host);
        theTeamDownloadsItsCertificateAndThePublicVerifiesIt(code, "星火队 " + tag, team);
        theDashboardCountsWhatTheTrackHolds(code);
    }

    /** The track's dashboard, counted from what this walk-through made: one team, approved, of 3 members from 1 × 1, its round published. */
    /**
     * What follows the finals, page by page: an enterprise posts a problem without an account and
     * follows it by its link, the committee publishes it on the board, records a position and an
     * expert, and opens the publicity page; a team contact finds its pages of the problem board and of
     * the support after the finals.
     */
    @Test
    void anEnterprisePostsAProblemTheCommitteePublishesItAndTheAfterFinalsPagesServeEachRole() {
        String code = Deployments.uniqueCode("PB");
        String title = "产线缺陷检测 " + Deployments.uniqueCode("").toLowerCase();
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            openTrack(b, code, "揭榜测试");
        }
        String manage;
        try (Browser b = new Browser(base, 390, 844)) {
            b.open("/problems.xhtml");
            b.waitFor("企业难题揭榜");
            b.choose("postForm:trackId", code);
            b.type("postForm:enterprise", "华为技术有限公司");
            b.type("postForm:title", title);
            b.type("postForm:field", "工业视觉");
            b.type("postForm:description", "<script>alert(1)</script> 产线缺陷难以实时发现");
            b.type("postForm:expectedResult", "可部署的检测原型");
            b.type("postForm:contactName", "吴经理");
            b.type("postForm:contactEmail", "wu." + code.toLowerCase() + "@enterprise.example.cn");
            b.type("postForm:contactMobile", "12345");
            b.click("postForm:post");
            b.waitFor("应为以 1 开头的 11 位手机号码。");
            assertFalse(b.shows("等待组委会审核"), "nothing is posted");
            b.retype("postForm:contactMobile", Teams.mobile());
            b.click("postForm:post");
            b.waitFor("等待组委会审核");
            manage = b.find("postForm:manageLink").getAttribute("href");
            assertTrue(Mailbox.body(Mailbox.await("wu." + code.toLowerCase() + "@enterprise.example.cn", 1).get(0))
                    .contains(manage.substring(manage.indexOf("/problem.xhtml"))), "the same link is mailed");
            b.screenshot("problem-posted-phone");
            b.click("postForm:manageLink");
            b.waitFor("我发布的难题");
            assertTrue(b.find("manageForm:status").getText().contains("待审核"), b.text());
        }
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/console/problems.xhtml");
            b.waitFor(title);
            b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + title + "')]]"
                    + "//button[contains(@id, ':moderate')]")).click();
            b.settle();
            b.click("moderationForm:publish");
            b.waitFor("难题“" + title + "”已发布。");
            b.screenshot("problems-console");

            b.open("/committee/careers.xhtml");
            b.waitFor("实习就业推荐");
            String position = "视觉算法实习生 " + code;
            b.type("positionForm:enterprise", "华为技术有限公司");
            b.type("positionForm:title", position);
            b.type("positionForm:city", "深圳");
            b.type("positionForm:period", "2024-03 至 2024-08");
            b.click("positionForm:addPosition");
            b.waitFor("已登记岗位“" + position + "”。");
            assertTrue(b.find("positionForm:positions").getText().contains(position));

            b.open("/committee/support.xhtml");
            b.waitFor("专家与导师库");
            b.type("expertForm:name", "钱律师");
            b.type("expertForm:organization", "律师事务所 " + code);
            b.click("expertForm:registerExpert");
            b.waitFor("请至少选择一种支持类别。");
            b.driver().findElement(By.xpath("//table[@id='expertForm:kinds']//label[normalize-space(.)='法律咨询']"
                    + " | //div[@id='expertForm:kinds']//label[normalize-space(.)='法律咨询']")).click();
            b.click("expertForm:registerExpert");
            b.waitFor("已登记专家 钱律师。");
            assertTrue(b.find("expertForm:experts").getText().contains("律师事务所 " + code));
            b.screenshot("support-console");

            b.open("/committee/publicity.xhtml");
            b.waitFor("宣传报道");
        }
        try (Browser b = new Browser(base, 390, 844)) {
            b.open("/problems.xhtml");
            b.waitFor(title);
            assertTrue(b.shows("<script>alert(1)</script>"), "markup is shown as typed, not run");
            b.open(manage.substring(manage.indexOf("/problem.xhtml")));
            assertTrue(b.find("manageForm:status").getText().contains("已发布"), b.text());
        }
        String team = Deployments.uniqueCode("pt").toLowerCase() + "@team.example.cn";
        try (Browser b = new Browser(base)) {
            signedUpTeam(b, team, "揭榜队联系人");
            b.click("navTeamProblems");
            b.waitFor("请先创建报名，再选择揭榜难题。");
            b.click("navTeamAftercare");
            b.waitFor("获得已确认奖项的团队可在此申请成果转化支持。");
            assertTrue(b.shows("团队成员尚无岗位推荐。"), b.text());

            String tag = Deployments.uniqueCode("").toLowerCase();
            b.open("/team/registration.xhtml");
            draftRegistration(b, code, tag);
            b.click("navTeamProblems");
            b.waitFor(title);
            b.driver().findElement(By.xpath("//*[@id='choiceForm:rows:0:problem']//label[contains(., '" + title + "')]"))
                    .click();
            b.click("choiceForm:rows:0:choose");
            b.waitFor("已选择揭榜“" + title + "”。");
            b.screenshot("team-problem-choice");
        }
        try (Browser b = new Browser(base, 390, 844)) {
            b.open(manage.substring(manage.indexOf("/problem.xhtml")));
            b.waitFor("星火队 ");
            assertTrue(b.find("manageForm:answers").getText().contains("团队尚在填写报名"),
                    "the enterprise sees the team that took its problem on, its result once it submits");
        }
    }

    private void theDashboardCountsWhatTheTrackHolds(String code) {
        try (Browser b = new Browser(base, 1280, 800)) {
            b.signInAsCommittee();
            b.open("/console/dashboard.xhtml");
            b.choose("dashboardForm:track", code);
            assertEquals("1", b.find("dashboardForm:registrations").getText());
            assertEquals("1", b.find("dashboardForm:approved").getText());
            assertEquals("1", b.find("dashboardForm:universities").getText());
            assertEquals("1", b.find("dashboardForm:enterprises").getText());
            assertEquals("3", b.find("dashboardForm:members").getText());
            WebElement round = b.driver().findElement(By.xpath("//tbody[@id='dashboardForm:rounds_data']"
                    + "/tr[td[contains(normalize-space(.), '" + code + "')]]"));
            assertTrue(round.getText().contains("结果已公布") && round.getText().contains("1 / 1"),
                    "the round published, its one sheet submitted: " + round.getText());
            b.screenshot("dashboard-track");
        }
    }

    /**
     * The committee makes the certificates from the console; the team contact downloads its team's
     * certificate and finds it in Chinese; anyone following its verification link sees it valid, and
     * revoked once the committee revokes it.
     */
    private void theTeamDownloadsItsCertificateAndThePublicVerifiesIt(String code, String teamName, String team)
            throws IOException {
        String verifyLink;
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/console/certificates.xhtml");
            b.choose("certificatesForm:track", code);
            b.click("certificatesForm:generate");
            b.waitFor("证书生成作业已启动");
            b.until(Duration.ofSeconds(60), Duration.ofSeconds(1), d -> {
                b.open("/console/certificates.xhtml");
                b.choose("certificatesForm:track", code);
                return b.shows(teamName) && !b.shows("待生成") && b.shows("已生成");
            });
            b.screenshot("certificates-console");
            WebElement row = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + teamName + "')]]"));
            verifyLink = row.findElement(By.cssSelector("a[id$=':verify']")).getAttribute("href");
        }
        try (Browser b = new Browser(base, 390, 844)) {
            b.signedIn(team, Caller.CHOSEN_PASSWORD);
            b.open("/team/certificates.xhtml");
            b.waitFor("一等奖");
            b.screenshot("team-certificates");
            b.click("certificatesForm:certificates:0:download");
            Path pdf = b.downloaded(".pdf");
            try (PDDocument certificate = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(certificate);
                assertTrue(text.contains("荣誉证书") && text.contains("一等奖"), text);
            }
        }
        try (Browser b = new Browser(base, 390, 844)) {
            b.open(URI.create(verifyLink).getRawPath() + "?" + URI.create(verifyLink).getRawQuery());
            b.waitFor("证书有效");
            assertTrue(b.shows(teamName) && b.shows("一等奖"), b.text());
            b.screenshot("verify-valid");
        }
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/console/certificates.xhtml");
            b.choose("certificatesForm:track", code);
            WebElement row = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + teamName + "')]]"));
            row.findElement(By.cssSelector("button[id$=':revoke']")).click();
            b.settle();
            b.type("revokeForm:reason", "浏览器测试：撤销后查验");
            b.click("revokeForm:confirmRevoke");
            b.waitFor("已撤销");
        }
        try (Browser b = new Browser(base)) {
            b.open(URI.create(verifyLink).getRawPath() + "?" + URI.create(verifyLink).getRawQuery());
            b.waitFor("证书已撤销");
            assertTrue(b.shows("浏览器测试：撤销后查验"));
            b.screenshot("verify-revoked");
        }
        String reissued;
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/console/certificates.xhtml");
            b.choose("certificatesForm:track", code);
            WebElement row = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + teamName + "')]]"));
            row.findElement(By.cssSelector("button[id$=':reissue']")).click();
            b.confirm();
            b.waitFor("证书生成作业已启动");
            Matcher serial = Pattern.compile("已补发为 (\\S+)，").matcher(b.text());
            assertTrue(serial.find(), b.text());
            reissued = serial.group(1);
        }
        try (Browser b = new Browser(base, 390, 844)) {
            // the reissued certificate is made at once, not by the next night's run, and verifies by its serial
            b.until(Duration.ofSeconds(90), Duration.ofSeconds(2), d -> {
                b.open("/verify.xhtml?code=" + reissued);
                return b.shows("证书有效");
            });
            assertTrue(b.shows(teamName), b.text());
            b.screenshot("verify-reissued-by-serial");
        }
    }

    /**
     * The committee closes scoring, gives the track one first prize, runs the score aggregation from the
     * job page and sees the ranking with the proposed prize; the host reviews it, the committee
     * confirms it, and the team appears among the finalists.
     */
    private void theAwardIsConfirmedAndTheFirstPrizeAdvancesToTheFinals(String code, String teamName, String host) {
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/console/judging.xhtml");
            b.choose("roundForm:track", code);
            b.waitFor("评分中");
            b.click("roundForm:closeScoring");
            b.confirm();
            b.waitFor("评分已结束");

            b.open("/console/results.xhtml");
            b.choose("resultsForm:round", code);
            b.choose("resultsForm:quotaKind", "按队数");
            b.retype("resultsForm:first_input", "1");
            b.retype("resultsForm:second_input", "0");
            b.retype("resultsForm:third_input", "0");
            b.click("resultsForm:saveQuotas");
            b.waitFor(code + " 的获奖名额已保存。");

            b.open("/committee/jobs.xhtml");
            b.click("jobsForm:job:1:run");
            b.waitFor("作业已启动");
            b.until(Duration.ofSeconds(60), Duration.ofMillis(500), d ->
                    d.findElement(By.id("jobsForm:job:1:runs:0:status")).getText().equals("已完成"));
            b.screenshot("jobs-aggregation");

            b.open("/console/results.xhtml");
            b.choose("resultsForm:round", code);
            b.waitFor(teamName);
            assertTrue(b.shows("83.13") && b.shows("一等奖"), "the ranking with its proposed prize");
            assertTrue(b.shows("已拟定，待审核"));
            b.screenshot("results-proposed");
        }
        try (Browser b = new Browser(base)) {
            b.signedIn(host, Caller.CHOSEN_PASSWORD);
            b.open("/console/results.xhtml");
            b.waitFor(teamName);
            b.click("resultsForm:review");
            b.waitFor(code + " 的获奖名单已审核。");
            assertTrue(b.driver().findElements(By.id("resultsForm:confirm")).isEmpty(), "a host confirms nothing");
        }
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/console/results.xhtml");
            b.choose("resultsForm:round", code);
            b.click("resultsForm:confirm");
            b.confirm();
            b.waitFor(code + " 的获奖名单已确认并锁定。");
            // the printable view: every row, the round and its state, no console around it
            b.click("resultsForm:print");
            b.waitFor("成绩与获奖名单");
            WebElement printed = b.driver().findElement(By.xpath("//table[contains(@class, 'print-table')]"
                    + "//tr[td[contains(normalize-space(.), '" + teamName + "')]]"));
            assertTrue(printed.getText().contains("一等奖"), printed.getText());
            assertTrue(b.shows("已确认"), "the round's award state is printed with it");
            b.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
            assertFalse(b.driver().findElement(By.cssSelector(".console-header")).isDisplayed(), "no navigation on paper");
            assertFalse(b.driver().findElement(By.id("printForm:print")).isDisplayed(), "no buttons on paper");
            b.screenshot("results-print");
            b.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
            // published, the round's prizes are on the public results page
            b.open("/console/judging.xhtml");
            b.choose("roundForm:track", code);
            b.click("roundForm:publish");
            b.confirm();
            b.waitFor("结果已公布");
            b.open("/committee/finals.xhtml");
            b.waitFor(teamName);
            WebElement row = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + teamName + "')]]"));
            assertTrue(row.getText().contains("赛项一等奖晋级"), row.getText());
            b.screenshot("finals-advanced");
        }
        try (Browser b = new Browser(base, 390, 844)) {
            b.open("/index.xhtml");
            b.click("resultsLink");
            b.waitFor(code);
            WebElement winner = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + teamName + "')]]"));
            assertTrue(winner.getText().contains("一等奖") && winner.getText().contains("哈尔滨工业大学"), winner.getText());
            b.screenshot("public-results-phone");
        }
    }

    /**
     * The committee gives the track a judge and a round of one judge a team, assigns automatically and
     * starts scoring; the judge, on a phone, is refused an off-step score beside its input, then submits.
     */
    private void judgeScoresTheApprovedTeamOnAPhone(String code, String teamName) {
        String judge = Deployments.uniqueCode("wj").toLowerCase();
        String judgePassword;
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            judgePassword = newAccount(b, judge, "工业软件评委", judge + "@qq.com", "评委", code);

            b.open("/console/judging.xhtml");
            b.choose("roundForm:track", code);
            b.waitFor("该赛项尚未设立评审轮次");
            b.click("roundForm:createRound");
            b.waitFor("赛项 " + code + " 的评审轮次已设立。");
            b.retype("roundForm:judgesPerTeam_input", "1");
            b.click("roundForm:saveSettings");
            b.waitFor("赛项 " + code + " 的评审设置已保存。");
            b.click("roundForm:assign");
            b.waitFor("新分配 1 份评分表（共 1 个团队）");
            b.click("roundForm:startScoring");
            b.confirm();
            b.waitFor("评分中");
            b.screenshot("judging-round");
        }
        try (Browser b = new Browser(base, 390, 844)) {
            firstSignIn(b, judge, judgePassword);
            b.open("/judge/sheets.xhtml");
            b.waitFor(teamName);
            b.click("sheetForm:teams:0:open");
            String[] scores = {"87.3", "90", "80", "75"};
            for (int i = 0; i < scores.length; i++) {
                b.retype("sheetForm:criteria:" + i + ":score_input", scores[i]);
            }
            b.click("sheetForm:save");
            b.waitFor("应为 0.5 的整数倍。");
            assertTrue(b.find("sheetForm:criteria:0:score_input").isDisplayed());
            b.retype("sheetForm:criteria:0:score_input", "87.5");
            b.type("sheetForm:comment", "企业难题清晰，原型可落地");
            b.click("sheetForm:submit");
            b.confirm();
            b.waitFor("已提交“" + teamName + "”的评分。");
            assertTrue(b.shows("83.13"), "the weighted total of 87.5, 90, 80 and 75 with equal weights");
            Object overflow = b.driver().executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth + 1;");
            b.screenshot("judge-phone");
            assertFalse(Boolean.TRUE.equals(overflow), "no sideways scrolling on a phone");
        }
        theCommitteeReturnsTheSheetAndTheJudgeSeesWhy(code, teamName, judge);
    }

    /** The committee gives the sheet back with a reason: the judge is mailed it, sees it on the sheet, submits again. */
    private void theCommitteeReturnsTheSheetAndTheJudgeSeesWhy(String code, String teamName, String judge) {
        String reason = "可转化性评分与评语不一致，请复核";
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.open("/console/judging.xhtml");
            b.choose("roundForm:track", code);
            b.waitFor(teamName);
            b.click("roundForm:sheets:0:reopen");
            b.type("reopenForm:reason", reason);
            b.click("reopenForm:confirmReopen");
            b.waitFor("已将“" + teamName + "”的评分表退回评委。");
        }
        assertTrue(Mailbox.body(Mailbox.awaitSubject(judge + "@qq.com", "评分表已退回")).contains(reason),
                "the judge is mailed why");
        try (Browser b = new Browser(base, 390, 844)) {
            b.signIn(judge, Caller.CHOSEN_PASSWORD);
            b.open("/judge/sheets.xhtml");
            b.waitFor("已退回");
            b.click("sheetForm:teams:0:open");
            b.waitFor(reason);
            b.screenshot("judge-returned-sheet");
            b.click("sheetForm:submit");
            b.confirm();
            b.waitFor("已提交“" + teamName + "”的评分。");
            assertFalse(b.shows(reason), "submitted again: the reason is done with");
        }
    }

    @Test
    void theCommitteeReviewsTheRegistrationsOfATrack() {
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            b.click("navReview");
            b.waitFor("报名审核");
            assertTrue(b.shows("批量通过所选"));
            b.screenshot("review");

            b.choose("reviewForm:track", "SME202306");
            b.click("reviewForm:openImport");
            b.waitFor("下载模板");
            b.present("importForm:file_input").sendKeys(importFile().toString());
            b.waitFor("导入 1 个，此前已报名 0 个，未导入 1 个");
            assertTrue(b.shows("应为“学生”“教师”或“企业专家”。"), "the refused row and its reason");
            b.screenshot("import-report");
        }
    }

    /** A track whose registration the committee reopened says so on the portal, beside one that has closed. */
    @Test
    void thePortalTellsEachTracksOwnDeadlineAndThatRegistrationIsOpenInAReopenedTrack() {
        String code = Deployments.uniqueCode("REO");
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            openTrack(b, code, "延期报名");
            b.open("/");
            assertEquals("报名中", b.find("window-" + code).getText());
            assertEquals("报名已截止", b.find("window-SME202301").getText(), "the edition's deadline has passed");
            assertTrue(b.find("openTracks").getText().matches("\\d+ 个赛项正在报名.*"), b.find("openTracks").getText());
            assertFalse(b.find("countdown").getText().contains("报名已截止"), b.find("countdown").getText());
            assertTrue(b.driver().findElement(By.xpath("//article[.//span[@id='window-" + code + "']]")).getText()
                    .contains("2099-12-31 23:59:59"), "the card gives the track's own deadline");
            b.screenshot("portal-reopened-track");
        }
    }

    /**
     * Bulk approval over the lazy list: rows ticked on two pages, a preview that names the teams it will approve
     * and the one it will leave (approved already), then the result; the approved rows say so in the list.
     */
    @Test
    void theCommitteeApprovesRegistrationsTickedOnTwoPagesAfterAPreview() {
        String code = Deployments.uniqueCode("BLK");
        try (Browser b = new Browser(base)) {
            b.signInAsCommittee();
            openTrack(b, code, "批量审核");
            b.click("navReview");
            b.waitFor("报名审核");
            b.choose("reviewForm:track", code);
            b.click("reviewForm:openImport");
            b.waitFor("下载模板");
            b.present("importForm:file_input").sendKeys(teamsFile(22).toString());
            b.waitFor("导入 22 个，此前已报名 0 个，未导入 0 个");
            b.driver().executeScript("PF('importDialog').hide();");
            b.until(Duration.ofSeconds(10), Duration.ofMillis(200),
                    d -> !d.findElement(By.id("importDialog")).isDisplayed());

            // the first row is decided on its own first: a bulk approval leaves it as it is
            b.click("reviewForm:registrations:0:show");
            b.waitFor("报名详情");
            String decided = b.find("detailForm").findElement(By.tagName("h3")).getText().split(" · ")[0];
            b.click("detailForm:approve");
            b.waitFor("“" + decided + "”已通过。");

            tick(b, 0);
            tick(b, 1);
            String first = rowTeam(b, 1);
            b.driver().findElement(By.cssSelector("#reviewForm\\:registrations_paginator_bottom .ui-paginator-next"))
                    .click();
            b.settle();
            b.waitFor("21-22 / 22");
            tick(b, 20);
            String second = rowTeam(b, 20);
            // the approval's message (a growl, six seconds) lies over the buttons at the top: a person closes it
            b.driver().executeScript("document.querySelectorAll('.ui-growl-item-container').forEach(function (m) {"
                    + " m.remove(); });");
            b.click("reviewForm:approveSelected");
            b.waitFor("将通过以下 2 项报名：");
            assertTrue(b.find("bulkApprovable").getText().contains(first), b.find("bulkApprovable").getText());
            assertTrue(b.find("bulkApprovable").getText().contains(second), "the row ticked on the other page");
            assertTrue(b.find("bulkSkipped").getText().contains(decided + " · 已通过"), b.find("bulkSkipped").getText());
            b.screenshot("review-bulk-preview");
            b.click("bulkForm:confirmBulk");
            b.waitFor("已通过 2 项；1 项未通过审核操作，保持不变：");
            assertTrue(b.find("bulkRefused").getText().contains(decided), "the one left is named");
            b.screenshot("review-bulk-done");
            b.click("bulkForm:closeBulk");
            b.choose("reviewForm:status", "已通过");
            b.waitFor("1-3 / 3");
            for (String team : List.of(decided, first, second)) {
                assertTrue(b.find("reviewForm:registrations").getText().contains(team), team + " approved");
            }
        }
    }

    /** Ticks the selection box of a row of the review list (its index counts across pages). */
    private static void tick(Browser b, int row) {
        b.driver().findElement(By.cssSelector("#reviewForm\\:registrations_data tr[data-ri='" + row + "'] "
                + "td.ui-selection-column .ui-chkbox-box")).click();
        b.until(Duration.ofSeconds(5), Duration.ofMillis(100), d -> d.findElement(By.cssSelector(
                "#reviewForm\\:registrations_data tr[data-ri='" + row + "']")).getAttribute("aria-selected")
                .equals("true"));
    }

    private static String rowTeam(Browser b, int row) {
        return b.driver().findElement(By.cssSelector("#reviewForm\\:registrations_data tr[data-ri='" + row + "'] "
                + "td:nth-child(2)")).getText().replaceAll("^.*\\n", "").strip();
    }

    /** An import file in a temporary folder. */
    private static Path written(CharSequence csv) {
        try {
            Path file = Files.createTempDirectory("import").resolve("teams.csv");
            Files.writeString(file, csv);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An import of {@code teams} complete teams (a student presenting, a teacher, an enterprise expert). */
    private static Path teamsFile(int teams) {
        String tag = Deployments.uniqueCode("").toLowerCase();
        StringBuilder csv = new StringBuilder(Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                .collect(Collectors.joining(","))).append('\n');
        String names = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"; // names hold no digits
        for (int t = 0; t < teams; t++) {
            String contact = "bulk" + t + "." + tag + "@team.example.cn";
            char n = names.charAt(t % names.length());
            csv.append(String.join(",", contact, "联系人", "批量队" + (char) ('A' + t) + tag, "项目", "难题", "成果", "学生"
                    + n, "学生", "哈尔滨工业大学", "高校", "", "", "s" + t + "." + tag + "@hit.edu.cn", Teams.mobile(), "是"))
                    .append('\n');
            csv.append(String.join(",", contact, "", "", "", "", "", "教师" + n, "教师", "哈尔滨工业大学", "高校", "", "",
                    "t" + t + "." + tag + "@hit.edu.cn", Teams.mobile(), "否")).append('\n');
            csv.append(String.join(",", contact, "", "", "", "", "", "专家" + n, "企业专家", "华为技术有限公司", "企业", "", "",
                    "e" + t + "." + tag + "@huawei.com", Teams.mobile(), "否")).append('\n');
        }
        return written(csv);
    }

    @Test
    void theTrackTableWorksOnAPhone() {
        try (Browser b = new Browser(base, 390, 844)) {
            b.signInAsCommittee();
            b.open("/console/tracks.xhtml");
            b.waitFor("SME202306");
            Object overflow = b.driver().executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth + 1;");
            b.screenshot("tracks-phone");
            assertFalse(Boolean.TRUE.equals(overflow), "no sideways scrolling on a phone");
        }
    }

    /** Signs in with a one-time password and chooses {@link Caller#CHOSEN_PASSWORD}, as the password page asks. */
    private static void firstSignIn(Browser b, String username, String oneTime) {
        b.signIn(username, oneTime);
        b.type("passwordForm:currentPassword", oneTime);
        b.type("passwordForm:newPassword", Caller.CHOSEN_PASSWORD);
        b.type("passwordForm:repeated", Caller.CHOSEN_PASSWORD);
        b.click("passwordForm:change");
        // the redirect to the account's first page must land before the test opens another page
        b.leaves("/account/password.xhtml");
    }

    /** The committee creates an account bound to the track on the Accounts page; returns its one-time password. */
    private static String newAccount(Browser b, String username, String displayName, String email, String role,
                                     String code) {
        b.open("/console/accounts.xhtml");
        b.click("accountsForm:newAccount");
        b.type("accountForm:username", username);
        b.type("accountForm:displayName", displayName);
        if (email != null) {
            b.type("accountForm:email", email);
        }
        if (role != null) {
            b.choose("accountForm:role", role);
        }
        b.tick("accountForm:trackIds", code, "accountForm:displayName");
        b.click("accountForm:create");
        return b.find("issuedPassword").getText().strip();
    }

    /** A .csv of two teams: one whole, one with a member of an unknown kind (row 6). */
    private static Path importFile() {
        String tag = Deployments.uniqueCode("").toLowerCase();
        StringBuilder csv = new StringBuilder(Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                .collect(Collectors.joining(","))).append('\n');
        String[] kinds = {"学生", "教师", "企业专家", "学生", "院士", "企业专家"};
        for (int i = 0; i < kinds.length; i++) {
            String contact = (i < 3 ? "a." : "b.") + tag + "@team.example.cn";
            String organization = kinds[i].equals("企业专家") ? "华为技术有限公司" : "哈尔滨工业大学";
            csv.append(String.join(",", contact, "联系人", i % 3 == 0 ? "导入队" + i + tag : "", "项目", "难题", "成果",
                    "成员" + "甲乙丙丁戊己".charAt(i), kinds[i], organization, "", "", "",
                    "m" + i + "." + tag + "@example.cn", Teams.mobile(), i % 3 == 0 ? "是" : "否")).append('\n');
        }
        return written(csv);
    }

    /** A one-page PDF in a temporary folder, named {@code <title>.pdf}. */
    private static Path pdf(String title) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            Path file = Files.createTempDirectory("materials").resolve(title + ".pdf");
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The signed-in team contact fills the registration form for track {@code code} — a student and a
     * teacher of 哈尔滨工业大学, an expert of 华为技术有限公司 — and saves the draft.
     */
    private static void draftRegistration(Browser b, String code, String tag) {
        b.choose("registrationForm:track", code);
        b.type("registrationForm:teamName", "星火队 " + tag);
        b.type("registrationForm:projectTitle", "工业软件缺陷预测");
        b.type("registrationForm:problemStatement", "企业难题：产线软件缺陷难以提前发现");
        b.type("registrationForm:resultSummary", "缺陷预测原型");
        b.type("registrationForm:organizations:0:name", "哈尔滨工业大学");
        b.type("registrationForm:organizations:1:name", "华为技术有限公司");
        String[][] people = {{"张喆", "哈尔滨工业大学"}, {"李琨", "哈尔滨工业大学"}, {"王淼", "华为技术有限公司"}};
        for (int i = 0; i < people.length; i++) {
            b.type("registrationForm:members:" + i + ":name", people[i][0]);
            b.type("registrationForm:members:" + i + ":organization", people[i][1]);
            b.type("registrationForm:members:" + i + ":email", "p" + i + "." + tag + "@example.cn");
            b.type("registrationForm:members:" + i + ":mobile", Teams.mobile());
        }
        b.click("registrationForm:save");
        b.waitFor("报名草稿");
    }

    /** A team contact signs up on the portal, confirms its address by the mailed link and signs in. */
    private static void signedUpTeam(Browser b, String team, String displayName) {
        b.open("/signup.xhtml");
        b.type("signupForm:email", team);
        b.type("signupForm:displayName", displayName);
        b.type("signupForm:password", Caller.CHOSEN_PASSWORD);
        b.type("signupForm:repeated", Caller.CHOSEN_PASSWORD);
        b.click("signupForm:signUp");
        b.waitFor("已创建");
        b.open("/confirm.xhtml?token=" + Mailbox.confirmationToken(team));
        b.waitFor("电子邮箱已确认");
        b.signIn(team, Caller.CHOSEN_PASSWORD);
        b.waitFor("团队报名");
    }

    /** The committee (signed in) makes a new track whose registration stays open until 2099. */
    private static void openTrack(Browser b, String code, String field) {
        fillNewTrack(b, code, field, field + "测试承办单位", "13800138000");
        b.click("trackForm:save");
        b.waitFor("赛项 " + code + " 已保存。");
        b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + code + "')]]"
                + "//button[contains(@id, ':extend')]")).click();
        b.settle();
        // set the date picker's text directly: typing opens its calendar over the dialog's buttons
        b.driver().executeScript("document.getElementById('extendForm:until_input').value = arguments[0];",
                b.find("extendForm:until_input").isDisplayed() ? "2099-12-31 23:59:59" : "");
        b.click("extendForm:save");
        b.waitFor("赛项 " + code + " 的报名截止时间已更新。");
    }

    /** Opens the new-track dialog and fills it in; the caller saves. */
    private static void fillNewTrack(Browser b, String code, String field, String host, String phone) {
        if (!b.path().endsWith("/console/tracks.xhtml")) {
            b.open("/console/tracks.xhtml");
        }
        b.click("tracksForm:newTrack");
        b.type("trackForm:code", code);
        b.type("trackForm:fieldZh", field);
        b.type("trackForm:fieldEn", "Field " + code);
        b.type("trackForm:focusZh", "聚焦" + field + "场景");
        b.type("trackForm:abilitiesZh", "考察" + field + "能力");
        b.type("trackForm:objectiveZh", "培养" + field + "人才");
        b.type("trackForm:hostOrganization", host);
        b.type("trackForm:contactName", "赵老师");
        b.type("trackForm:contactPhone", phone);
    }
}
