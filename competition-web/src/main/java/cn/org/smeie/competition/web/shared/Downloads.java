package cn.org.smeie.competition.web.shared;

import cn.org.smeie.competition.registration.boundary.Registrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files of the data folder streamed to the browser. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static final String PDF = "application/pdf";

    public static StreamedContent xlsx(Path file) {
        return file(file, file.getFileName().toString(), XLSX);
    }

    /** A file of the data folder under its own name, as a spreadsheet or a PDF by its extension. */
    public static StreamedContent named(Path file) {
        String name = file.getFileName().toString();
        return file(file, name, name.endsWith(".pdf") ? PDF : XLSX);
    }

    /** A material of a registration, under the name it was uploaded with. */
    public static StreamedContent pdf(Registrations.MaterialFile material) {
        return file(material.file(), material.fileName(), PDF);
    }

    /** A file of the data folder under the name the person knows it by. */
    public static StreamedContent file(Path file, String name, String contentType) {
        try {
            long size = Files.size(file);
            return DefaultStreamedContent.builder()
                    .name(name)
                    .contentType(contentType)
                    .contentLength(size)
                    .stream(() -> {
                        try {
                            return Files.newInputStream(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
