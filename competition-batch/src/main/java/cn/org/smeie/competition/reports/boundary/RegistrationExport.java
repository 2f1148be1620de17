package cn.org.smeie.competition.reports.boundary;

import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.platform.error.Messages;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.TeamOrganization;
import cn.org.smeie.competition.reports.control.ExportFiles;
import cn.org.smeie.competition.reports.control.XlsxSheet;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A track's registrations as an .xlsx, one row per member (the shape of the import template), for
 * the host of the track or the committee. Who may read the track is the {@link Registrations}
 * boundary's decision, asked page by page.
 */
@Stateless
@DeclareRoles({Role.COMMITTEE_ROLE, Role.HOST_ROLE, Role.JUDGE_ROLE, Role.TEAM_ROLE})
@RolesAllowed({Role.COMMITTEE_ROLE, Role.HOST_ROLE})
public class RegistrationExport {

    static final List<String> HEADINGS = List.of("报名编号 Registration", "团队名称 Team", "项目名称 Project",
            "状态 Status", "成员 Member", "类别 Kind", "所在单位 Organization", "电子邮箱 E-mail", "手机 Mobile",
            "答辩 Presenter", "高校 Universities", "企业 Enterprises");
    private static final int PAGE = 200;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    Registrations registrations;

    @Inject
    ExportFiles files;

    public Path export(long trackId) {
        Path target = files.registrations(trackId, OffsetDateTime.now(AuditTrail.ZONE).format(STAMP));
        try (XlsxSheet sheet = new XlsxSheet("报名 Registrations", HEADINGS, 10, 24, 30, 12, 12, 14, 28, 28, 14, 8, 30, 30)) {
            for (int first = 0; ; first += PAGE) {
                List<Registration> page = registrations.ofTrack(trackId, RegistrationQuery.all(), first, PAGE);
                page.forEach(r -> rows(r).forEach(sheet::append));
                if (page.size() < PAGE) {
                    break;
                }
            }
            sheet.saveAs(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    private static List<List<String>> rows(Registration r) {
        String universities = names(r, "UNIVERSITY");
        String enterprises = names(r, "ENTERPRISE");
        return r.getMembers().stream().map(m -> List.of(String.valueOf(r.getId()), r.getTeamName(),
                r.getProjectTitle(), label("registrationStatus", r.getStatus()), m.getName(),
                label("memberKind", m.getKind()), m.getOrganization(), m.getEmail(), m.getMobile(),
                m.isPresenter() ? label("yes", null) : "", universities, enterprises)).toList();
    }

    /** A value as people read it, in Chinese and English ("已通过 Approved"), not its code. */
    private static String label(String kind, Enum<?> value) {
        String key = "label." + kind + (value == null ? "" : "." + value.name());
        return Messages.format(Locale.SIMPLIFIED_CHINESE, key) + " " + Messages.format(Locale.ENGLISH, key);
    }

    private static String names(Registration r, String kind) {
        return r.getOrganizations().stream().filter(o -> o.getKind().name().equals(kind))
                .map(TeamOrganization::getName).filter(Objects::nonNull).collect(Collectors.joining("、"));
    }
}
