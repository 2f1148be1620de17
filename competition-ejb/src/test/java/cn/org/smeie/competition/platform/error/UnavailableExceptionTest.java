package cn.org.smeie.competition.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnavailableExceptionTest {

    @Test
    void theCauseIsNamedWithoutTheServersPaths() {
        assertEquals("No space left on device", UnavailableException.reason(
                new FileSystemException("/srv/data/materials/upload-1.part", null, "No space left on device")));
        assertEquals("No space left on device", UnavailableException.reason(new IOException("No space left on device")));
        assertEquals("Permission denied", UnavailableException.reason(new AccessDeniedException("/srv/data/materials")));
        assertEquals("Not a directory", UnavailableException.reason(new FileAlreadyExistsException("/srv/data/materials")));
        assertEquals("IOException", UnavailableException.reason(new IOException("cannot write /srv/data/x")));
    }

    @Test
    void theMessageSaysNothingWasSavedInBothLanguages() {
        IOException full = new IOException("No space left on device");
        UnavailableException e = UnavailableException.storage(full);
        assertSame(full, e.getCause());
        assertEquals("storage.unavailable", e.key());
        String zh = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("服务器文件存储暂时无法写入") && zh.contains("No space left on device"), zh);
        String en = e.message(Locale.ENGLISH);
        assertTrue(en.contains("nothing was saved") && en.contains("No space left on device"), en);
        assertFalse(en.contains("/srv"), en);
    }
}
