package cn.org.smeie.competition.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.platform.error.UnavailableException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class FailureCauseTest {

    @Test
    void theApplicationsOwnMessageInBothLanguagesWithTheSystemsReason() {
        Exception failure = new IllegalStateException("chunk failed",
                UnavailableException.certificate("QXCX-2026-T1-0001", new IOException("No space left on device")));
        String cause = FailureCause.of(failure);
        assertTrue(cause.startsWith("FAILED: 证书 QXCX-2026-T1-0001 无法写入文件存储（No space left on device）"), cause);
        assertTrue(cause.contains(" / Certificate QXCX-2026-T1-0001 cannot be written to the file store"
                + " (No space left on device)"), cause);
    }

    @Test
    void otherwiseEveryMessageOfTheChainOnceAndNoPathOfAFile() {
        Exception failure = new RuntimeException("chunk failed\n\tat somewhere",
                new FileSystemException("/srv/data/certificates/7/x.pdf", null, "Read-only file system"));
        assertEquals("FAILED: chunk failed — Read-only file system", FailureCause.of(failure));
        assertFalse(FailureCause.of(failure).contains("/srv"));
        assertEquals("FAILED: IOException", FailureCause.of(new IOException()));
        RuntimeException repeated = new RuntimeException("java.io.IOException: disk gone",
                new IOException("disk gone"));
        assertEquals("FAILED: java.io.IOException: disk gone", FailureCause.of(repeated));
    }

    @Test
    void itFitsTheJobRepository() {
        String cause = FailureCause.of(new RuntimeException("很长".repeat(400)));
        assertEquals(FailureCause.MAX_LENGTH, cause.length());
        assertTrue(cause.endsWith("…"));
    }
}
