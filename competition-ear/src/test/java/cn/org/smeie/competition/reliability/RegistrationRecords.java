package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.mail.boundary.MailLog;
import cn.org.smeie.competition.mail.boundary.MailQuery;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.registration.boundary.RegistrationQuery;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Material;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * In the server, as the committee: what is wrong with the registrations a storm left, read from the
 * records through the boundaries. A whole registration has its three people and two organizations, is
 * submitted, has one material whose file is on disk with the recorded size and checksum (that of the PDF
 * the storm sent), one audit entry of each step and one mail of the submission.
 */
@Dependent
class RegistrationRecords {

    @Inject
    Registrations registrations;

    @Inject
    AuditLog auditLog;

    @Inject
    MailLog mailLog;

    /**
     * After a storm of {@code contacts} team contacts in the track, each sending the PDF of checksum
     * {@code sha256}: every defect — a contact without exactly one registration, or a registration not whole.
     * Empty when every contact has one whole registration.
     */
    List<String> oneWholeEach(long track, int contacts, String sha256, long size) throws IOException {
        List<Registration> all = registrations.ofTrack(track, RegistrationQuery.all(), 0, 10 * contacts);
        List<String> wrong = new ArrayList<>();
        long distinct = all.stream().map(r -> r.getContact().getId()).distinct().count();
        if (all.size() != contacts || distinct != contacts) {
            wrong.add(all.size() + " registrations of " + distinct + " contacts, " + contacts + " expected");
        }
        wrong.addAll(damage(all, sha256, size));
        return wrong;
    }

    /**
     * As the committee: asserts that every contact of a storm ({@link RegistrationStorm#patient}) has one whole
     * registration, and logs the storm's figures with the records checked.
     */
    void assertOneWholeEach(Properties state, int contacts, String test) throws IOException {
        Caller.asCommittee();
        assertEquals(List.of(), oneWholeEach(Long.parseLong(state.getProperty("track")), contacts,
                state.getProperty("sha256"), Long.parseLong(state.getProperty("size"))),
                "one whole registration a contact: nothing half-written, nothing twice");
        Logger.getLogger(test).info(() -> test + ": " + state.getProperty("figures") + "; checked " + contacts
                + " registrations, lost 0");
    }

    /** Every defect of the registrations: missing parts, a damaged file, anything twice; empty when all are whole. */
    List<String> damage(List<Registration> all, String sha256, long size) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Registration r : all) {
            wrong.addAll(damage(r, sha256, size));
        }
        return wrong;
    }

    private List<String> damage(Registration r, String sha256, long size) throws IOException {
        List<String> wrong = new ArrayList<>();
        String team = r.getContact().getEmail() + " (" + r.getId() + ")";
        if (r.getMembers().size() != 3 || r.getOrganizations().size() != 2) {
            wrong.add(team + ": " + r.getMembers().size() + " members, " + r.getOrganizations().size()
                    + " organizations");
        }
        if (r.getStatus() != RegistrationStatus.SUBMITTED) {
            wrong.add(team + ": " + r.getStatus());
        }
        List<Material> materials = registrations.materials(r.getId());
        if (materials.size() != 1) {
            wrong.add(team + ": " + materials.size() + " materials");
        }
        for (Material m : materials) {
            Path file = registrations.materialFile(m.getId()).file();
            if (m.getSize() != size || !sha256.equals(m.getSha256()) || !Files.isRegularFile(file)
                    || Files.size(file) != size || !sha256.equals(Checksums.sha256(Files.readAllBytes(file)))) {
                wrong.add(team + ": material " + m.getId() + " not whole");
            }
        }
        Map<String, Long> actions = auditLog.history("Registration", r.getId()).stream()
                .collect(Collectors.groupingBy(AuditEntry::getAction, Collectors.counting()));
        for (String action : List.of("CREATE", "ADD_MATERIAL", "SUBMIT")) {
            if (actions.getOrDefault(action, 0L) != 1) {
                wrong.add(team + ": audit " + action + " × " + actions.getOrDefault(action, 0L));
            }
        }
        long mails = mailLog.search(new MailQuery(r.getContact().getEmail(), null), 0, 50).stream()
                .filter(m -> m.getKind().equals("registration.SUBMITTED")).count();
        if (mails != 1) {
            wrong.add(team + ": " + mails + " mails of the submission");
        }
        return wrong;
    }
}
