package cn.org.smeie.competition.it;

import cn.org.smeie.competition.account.boundary.TeamSignUp;
import cn.org.smeie.competition.organization.entity.OrganizationKind;
import cn.org.smeie.competition.registration.entity.MemberForm;
import cn.org.smeie.competition.registration.entity.MemberKind;
import cn.org.smeie.competition.registration.entity.OrganizationForm;
import cn.org.smeie.competition.registration.entity.RegistrationForm;
import cn.org.smeie.competition.track.boundary.TrackCatalog;
import cn.org.smeie.competition.track.entity.Track;
import cn.org.smeie.competition.track.entity.TrackDetails;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for registrations: open tracks, team contacts, valid teams of people no run has used. */
public final class Teams {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Teams() {
    }

    /** A new track of the 2023 edition whose registration is extended until {@code until}; leaves the committee signed in. */
    public static Track openTrack(long editionId, LocalDateTime until) {
        Caller.asCommittee();
        TrackCatalog catalog = CDI.current().select(TrackCatalog.class).get();
        Track track = catalog.create(editionId, new TrackDetails(Deployments.uniqueCode("REG"), "报名测试", "Registration",
                "场景", "能力", "目标", "报名测试承办单位", "孙老师", "13800138000", null));
        return catalog.extendRegistration(track.getId(), track.getVersion(), until);
    }

    public static Track openTrack(long editionId) {
        return openTrack(editionId, LocalDateTime.now(BEIJING).plusDays(30).withNano(0));
    }

    /** Signs a team contact up, confirms its address by the link mailed to it, and signs it in; returns the e-mail. */
    public static String signedUpContact() {
        Caller.signOut();
        Mailbox.start();
        String email = Deployments.uniqueCode("t").toLowerCase() + "@team.example.cn";
        TeamSignUp signUp = CDI.current().select(TeamSignUp.class).get();
        signUp.signUp(new TeamSignUp.SignUpForm(email, "团队联系人", Caller.CHOSEN_PASSWORD));
        signUp.confirm(Mailbox.confirmationToken(email));
        Caller.as(email, Caller.CHOSEN_PASSWORD);
        return email;
    }

    /** A complete, valid team: a presenting student, a teacher, an enterprise expert, a university, an enterprise. */
    public static RegistrationForm validTeam() {
        String tag = Deployments.uniqueCode("").toLowerCase();
        return new RegistrationForm("星火队 " + tag, "工业互联网入侵检测", "企业面临的难点技术问题：产线 PLC 遭受异常指令注入",
                "基于流量特征的检测原型", List.of(
                new MemberForm("张喆", MemberKind.STUDENT, "哈尔滨工业大学", "计算机 2021 级", "zhe." + tag + "@hit.edu.cn",
                        mobile(), true),
                new MemberForm("李琨", MemberKind.TEACHER, "哈尔滨工业大学", "教授", "kun." + tag + "@hit.edu.cn",
                        mobile(), false),
                new MemberForm("王淼", MemberKind.ENTERPRISE_EXPERT, "华为技术有限公司", "高级工程师",
                        "miao." + tag + "@huawei.com", mobile(), false)),
                List.of(new OrganizationForm("哈尔滨工业大学", OrganizationKind.UNIVERSITY, null),
                        new OrganizationForm("华为技术有限公司", OrganizationKind.ENTERPRISE, "914403001922038216")));
    }

    /** A mobile number no run has used (random; collisions are one in tens of millions). */
    public static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
