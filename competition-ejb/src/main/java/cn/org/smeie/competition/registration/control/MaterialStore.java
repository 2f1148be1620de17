package cn.org.smeie.competition.registration.control;

import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.UnavailableException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.files.Checksums;
import cn.org.smeie.competition.platform.files.DataFolder;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;

/**
 * Keeps the materials of registrations in the data folder ({@code materials/<registration>/<sha256>.pdf}),
 * outside the database. A file is accepted only if it is at most 20 MB and a PDF by its content: it
 * starts and ends as a PDF does and PDFBox can open it; its name says nothing. A refused upload
 * leaves no file.
 */
@Dependent
public class MaterialStore {

    private static final Logger LOG = Logger.getLogger(MaterialStore.class.getName());

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    @Inject
    DataFolder data;

    /** A stored file: where (relative to the materials folder), how big, and its SHA-256 in hex. */
    public record Stored(String storedAs, long size, String sha256) {
    }

    public Stored store(long registrationId, InputStream content) {
        Path folder = data.folder("materials");
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "upload-", ".part");
            MessageDigest sha256 = Checksums.digest();
            long size = copyAtMost(new DigestInputStream(content, sha256), temporary);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(new Violation("file", "material.tooLarge", MAX_BYTES / 1024 / 1024));
            }
            if (size == 0) {
                throw new InvalidInputException(new Violation("file", "material.empty"));
            }
            if (!isPdf(temporary)) {
                throw new InvalidInputException(new Violation("file", "material.notPdf"));
            }
            String hex = HexFormat.of().formatHex(sha256.digest());
            String storedAs = registrationId + "/" + hex + ".pdf";
            Path target = folder.resolve(storedAs);
            Files.createDirectories(target.getParent());
            DataFolder.replaceAtomically(temporary, target);
            temporary = null;
            return new Stored(storedAs, size, hex);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, e, () -> "Cannot store a material of registration " + registrationId);
            throw UnavailableException.storage(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The file of a stored material; never outside the materials folder. */
    public Path file(String storedAs) {
        Path folder = data.folder("materials");
        Path file = folder.resolve(storedAs).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("not a material: " + storedAs);
        }
        return file;
    }

    /** Copies until the end or one byte past the limit; returns the bytes copied. */
    private static long copyAtMost(InputStream in, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in; OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                total += read;
                if (total > MAX_BYTES) {
                    break;
                }
            }
        }
        return total;
    }

    private static boolean isPdf(Path file) throws IOException {
        byte[] head = new byte[PDF_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) != head.length || !Arrays.equals(head, PDF_MAGIC)) {
                return false;
            }
        }
        if (!endsAsPdf(file)) {
            return false; // cut off: PDFBox would patch it up, but the team's file is broken
        }
        try (var document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages() > 0;
        } catch (IOException notAPdf) {
            return false;
        }
    }

    /** Whether the end-of-file marker {@code %%EOF} stands in the last kilobyte, as it does in a whole PDF. */
    private static boolean endsAsPdf(Path file) throws IOException {
        long size = Files.size(file);
        int tail = (int) Math.min(1024, size);
        byte[] end = new byte[tail];
        try (var channel = Files.newByteChannel(file)) {
            channel.position(size - tail);
            ByteBuffer buffer = ByteBuffer.wrap(end);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read the whole tail
            }
        }
        return new String(end, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover .part file is harmless; the next upload makes its own
            }
        }
    }
}
