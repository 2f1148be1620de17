package cn.org.smeie.competition.edition.control;

import cn.org.smeie.competition.track.entity.TrackDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The data of an edition as its notice gives it: the edition's facts (a properties file) and its
 * track table (a CSV file with the columns of {@code tracks-2023.csv}). Reads; writes nothing.
 */
public record EditionSeed(int ordinal, int year, String nameZh, String nameEn, String documentNumber,
                          LocalDate publishedOn, LocalDateTime registrationDeadline, LocalDate trackDeadline,
                          YearMonth finalsMonth, ZoneId timeZone, List<String> organizers,
                          List<TrackDetails> tracks) {

    /** The first edition, 2023, from the resources {@code seed/edition-2023.properties} and its CSV. */
    public static EditionSeed first() {
        return load("seed/edition-2023.properties");
    }

    public static EditionSeed load(String resource) {
        Properties p = new Properties();
        try (Reader in = reader(resource)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new EditionSeed(
                Integer.parseInt(p.getProperty("ordinal")),
                Integer.parseInt(p.getProperty("year")),
                p.getProperty("nameZh"),
                p.getProperty("nameEn"),
                p.getProperty("documentNumber"),
                LocalDate.parse(p.getProperty("publishedOn")),
                LocalDateTime.parse(p.getProperty("registrationDeadline")),
                LocalDate.parse(p.getProperty("trackDeadline")),
                YearMonth.parse(p.getProperty("finalsMonth")),
                ZoneId.of(p.getProperty("timeZone")),
                Arrays.stream(p.getProperty("organizers").split("\\|")).map(String::strip).toList(),
                tracks(p.getProperty("tracks")));
    }

    /** Reads a track table: a header line, then one track per record (RFC 4180 quoting). */
    static List<TrackDetails> tracks(String resource) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = reader(resource)) {
            return format.parse(in).stream().map(EditionSeed::track).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static TrackDetails track(CSVRecord r) {
        return new TrackDetails(r.get("code"), r.get("field_zh"), r.get("field_en"), r.get("focus_zh"),
                r.get("abilities_zh"), r.get("objective_zh"), r.get("host_org_zh"), r.get("contact_name"),
                r.get("contact_phone"), null);
    }

    private static Reader reader(String resource) {
        InputStream in = EditionSeed.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
