package cn.org.smeie.competition.reports.boundary;

import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.boundary.AuditQuery;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.audit.entity.AuditEntry;
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
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/** The audit log, filtered as on the page, as an .xlsx (committee only). */
@Stateless
@DeclareRoles({Role.COMMITTEE_ROLE, Role.HOST_ROLE, Role.JUDGE_ROLE, Role.TEAM_ROLE})
@RolesAllowed(Role.COMMITTEE_ROLE)
public class AuditExport {

    static final List<String> HEADINGS = List.of("时间 Time (Asia/Shanghai)", "用户 Actor", "操作 Action",
            "对象 Entity", "编号 Id", "赛项 Track id", "原值 Old value", "新值 New value");
    private static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    AuditLog log;

    @Inject
    ExportFiles files;

    /** Writes every matching entry, newest first, and returns the file. */
    public Path export(AuditQuery query) {
        String stamp = OffsetDateTime.now(AuditTrail.ZONE).format(STAMP) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        Path target = files.auditLog(stamp);
        try (XlsxSheet sheet = new XlsxSheet("审计 Audit", HEADINGS, 20, 20, 16, 14, 10, 10, 60, 60)) {
            for (int first = 0; ; first += PAGE) {
                List<AuditEntry> page = log.search(query, first, PAGE);
                page.forEach(e -> sheet.append(List.of(e.getOccurredAt().atZoneSameInstant(AuditTrail.ZONE).format(TIME),
                        e.getActor(), e.getAction(), e.getEntityType(), e.getEntityId(),
                        Objects.toString(e.getTrackId(), ""), Objects.toString(e.getOldValue(), ""),
                        Objects.toString(e.getNewValue(), ""))));
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
}
