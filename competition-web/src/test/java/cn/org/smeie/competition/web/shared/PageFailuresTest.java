package cn.org.smeie.competition.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.platform.error.AccessDeniedException;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.NotFoundException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PageFailuresTest {

    @Test
    void refusalsAnsweredAsWhatTheyAreWhereverTheyAreWrapped() {
        assertEquals(OptionalInt.of(403), PageFailures.statusOf(new FacesException(new ELException(
                new AccessDeniedException()))), "a boundary's refusal inside an expression");
        assertEquals(OptionalInt.of(403), PageFailures.statusOf(new FacesException(new AccessLocalException("role"))),
                "the container's refusal of a role");
        assertEquals(OptionalInt.of(403), PageFailures.statusOf(new EJBAccessException("role")));
        assertEquals(OptionalInt.of(404), PageFailures.statusOf(new ELException(new NotFoundException("x", 1))));
    }

    @Test
    void aPostCarriesItsPagesScriptNonce() {
        assertTrue(ScriptNonceCheck.matches("n0nce", "n0nce"));
        assertFalse(ScriptNonceCheck.matches("n0nce", "other"), "another page's or a made-up nonce");
        assertFalse(ScriptNonceCheck.matches("n0nce", null), "none sent");
        assertTrue(ScriptNonceCheck.matches(null, null), "a page given no nonce");
    }

    @Test
    void theServersOwnFailuresStayFailures() {
        assertTrue(PageFailures.statusOf(new FacesException(new IllegalStateException("bug"))).isEmpty());
        assertTrue(PageFailures.statusOf(new ConflictException("x")).isEmpty(), "a conflict is the page's to tell");
    }

    @Test
    void theRefusalPageNamesItsStatusInBothLanguagesAndAFailureReadsAsOne() {
        String refused = ErrorPages.page("", 403);
        assertTrue(refused.contains("无权打开此页面 · You may not open this page"), refused);
        assertTrue(refused.contains("data-status=\"403\""));
        assertTrue(ErrorPages.page("/ctx", 500).contains("href=\"/ctx/\""));
        assertTrue(ErrorPages.page("", 500).contains("页面暂时无法显示"));
    }
}
