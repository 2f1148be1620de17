package cn.org.smeie.competition.registration.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.registration.control.ImportedTeam;
import cn.org.smeie.competition.registration.control.RegistrationImporter;
import cn.org.smeie.competition.registration.control.RegistrationSheet;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The committee, or the host of a track, imports the track's teams from a spreadsheet (.xlsx or
 * .csv, one row per member; see {@link #template()}). Each team is written whole or not at all, in
 * a transaction of its own; the report names every refused row and why. Importing the same file
 * again adds nothing: a contact already registered in the track is left as it is. Imported teams
 * arrive submitted, for the host to review like any other; the registration deadline binds teams,
 * not the organizers who import.
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class RegistrationImport {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    RegistrationImporter importer;

    /** What an import did. {@code refusedTeams} counts teams of which nothing was written. */
    public record ImportReport(String fileName, String sha256, int rows, int teams, int imported,
                               int alreadyRegistered, int refusedTeams, List<ImportedTeam.Problem> problems)
            implements Serializable {
    }

    /** The import's entry in the audit trail. */
    public record ImportRecord(String fileName, String sha256, int rows, int teams, int imported,
                               int alreadyRegistered, int refusedTeams) {
    }

    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importTeams(long trackId, String fileName, InputStream content) {
        scope.requireTrack(trackId, "importRegistrations");
        Track track = em.find(Track.class, trackId);
        if (track == null || !track.isActive()) {
            throw new NotFoundException("Track", trackId);
        }
        byte[] bytes = readAtMost(content, RegistrationSheet.MAX_BYTES);
        List<RegistrationSheet.Row> rows = RegistrationSheet.read(bytes);
        List<ImportedTeam.Problem> problems = new ArrayList<>();
        List<ImportedTeam> teams = ImportedTeam.group(rows, problems);
        int imported = 0;
        int already = 0;
        int refused = 0;
        for (ImportedTeam team : teams) {
            if (!team.problems().isEmpty()) {
                // rows that could not even be read: refused on the rows themselves, nothing to check further
                refused++;
                problems.addAll(team.problems());
                continue;
            }
            try {
                if (importer.importTeam(trackId, team) == RegistrationImporter.Outcome.IMPORTED) {
                    imported++;
                } else {
                    already++;
                }
            } catch (InvalidInputException e) {
                refused++;
                problems.addAll(team.problemsOf(e.violations()));
            } catch (CompetitionException e) {
                refused++;
                problems.add(new ImportedTeam.Problem(team.rows().get(0).number(), team.contactEmail(),
                        new Violation("contactEmail", e.key(), serializable(e.arguments()))));
            }
        }
        problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
        String name = fileName == null ? "" : fileName.strip();
        String sha256 = Checksums.sha256(bytes);
        importer.recordFile(trackId, new ImportRecord(name, sha256, rows.size(), teams.size(), imported, already,
                refused));
        return new ImportReport(name, sha256, rows.size(), teams.size(), imported, already, refused,
                List.copyOf(problems));
    }

    /** An .xlsx with the columns' headers and one example team. */
    @RolesAllowed({COMMITTEE_ROLE, HOST_ROLE})
    public byte[] template() {
        return RegistrationSheet.template();
    }

    private static byte[] readAtMost(InputStream content, int max) {
        if (content == null) {
            throw new InvalidInputException(new Violation("file", "validation.required"));
        }
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new InvalidInputException(new Violation("file", "material.tooLarge", max / (1024 * 1024)));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Serializable[] serializable(Object[] arguments) {
        return Arrays.stream(arguments).map(a -> a instanceof Serializable s ? s : String.valueOf(a))
                .toArray(Serializable[]::new);
    }
}
