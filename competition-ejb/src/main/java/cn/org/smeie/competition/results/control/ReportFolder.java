package cn.org.smeie.competition.results.control;

import cn.org.smeie.competition.platform.files.DataFolder;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the results reports are kept: {@code reports/<execution>/} of the data folder, one folder per
 * run of the score aggregation, with {@code results-<track>.pdf|.xlsx}, {@code judges-<track>.xlsx}
 * and {@code overview.xlsx} ({@code FINAL} for the finals).
 */
@Dependent
public class ReportFolder {

    @Inject
    DataFolder data;

    /** The files of a round's report, by kind. */
    public enum Kind {
        RESULTS_PDF("results-%s.pdf"),
        RESULTS_XLSX("results-%s.xlsx"),
        JUDGES_XLSX("judges-%s.xlsx");

        private final String pattern;

        Kind(String pattern) {
            this.pattern = pattern;
        }

        public String fileName(String code) {
            return String.format(pattern, code);
        }
    }

    public static final String OVERVIEW = "overview.xlsx";

    /** The folder of one run, made when missing. */
    public Path of(long executionId) {
        return data.folder("reports/" + executionId);
    }

    /** The files a run wrote, by name; none when it wrote none. */
    public List<String> files(long executionId) {
        Path folder = data.root().resolve("reports").resolve(Long.toString(executionId));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".part")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a run, if it wrote one of that name (and the name names nothing outside the folder). */
    public Optional<Path> file(long executionId, String name) {
        return files(executionId).contains(name) ? Optional.of(of(executionId).resolve(name)) : Optional.empty();
    }

    /** The newest run's file of that name. */
    public Optional<Path> newest(String name) {
        Path reports = data.folder("reports");
        try (Stream<Path> runs = Files.list(reports)) {
            return runs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .sorted(Comparator.comparingLong((Path p) -> Long.parseLong(p.getFileName().toString())).reversed())
                    .map(p -> p.resolve(name)).filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
