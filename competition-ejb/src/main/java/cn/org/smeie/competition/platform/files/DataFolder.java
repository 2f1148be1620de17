package cn.org.smeie.competition.platform.files;

import cn.org.smeie.competition.platform.error.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder where the application keeps its files: the embedded database, exports, uploaded
 * materials, certificates. Set by {@code competition.data.dir} (environment variable
 * {@code COMPETITION_DATA_DIR}); the run command points it at {@code data/} of the checkout.
 */
@ApplicationScoped
public class DataFolder {

    private static final Logger LOG = Logger.getLogger(DataFolder.class.getName());

    @Inject
    @ConfigProperty(name = "competition.data.dir")
    String root;

    public Path root() {
        return Path.of(root).toAbsolutePath().normalize();
    }

    /** A sub-folder of the data folder, created when missing. */
    public Path folder(String name) {
        Path folder = root().resolve(name).normalize();
        if (!folder.startsWith(root())) {
            throw new IllegalArgumentException("not inside the data folder: " + name);
        }
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, e, () -> "Cannot create " + folder);
            throw UnavailableException.storage(e);
        }
    }

    /** Writes a file through a temporary sibling and an atomic rename: readers never see half a file. */
    public static void replaceAtomically(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
