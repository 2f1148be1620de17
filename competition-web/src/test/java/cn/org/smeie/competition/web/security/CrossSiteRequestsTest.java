package cn.org.smeie.competition.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    private static final String PUBLIC = "https://cxcx.example.cn";

    @Test
    void anOriginIsThisSiteWhenItNamesTheHostTheRequestWasSentToOrThePublicAddress() {
        assertTrue(CrossSiteRequests.sameOrigin("http://localhost:28080", "localhost:28080", PUBLIC));
        assertTrue(CrossSiteRequests.sameOrigin("https://cxcx.example.cn", "10.0.0.5:8080", PUBLIC), "behind a proxy");
        assertTrue(CrossSiteRequests.sameOrigin("https://CXCX.example.cn", "cxcx.example.cn", PUBLIC), "any case");
    }

    @Test
    void anyOtherOriginIsAnotherSite() {
        assertFalse(CrossSiteRequests.sameOrigin("https://evil.example", "localhost:28080", PUBLIC));
        assertFalse(CrossSiteRequests.sameOrigin("http://localhost:28081", "localhost:28080", PUBLIC), "another port");
        assertFalse(CrossSiteRequests.sameOrigin("http://localhost.evil.example:28080", "localhost:28080", PUBLIC));
        assertFalse(CrossSiteRequests.sameOrigin("null", "localhost:28080", PUBLIC), "an opaque origin");
        assertFalse(CrossSiteRequests.sameOrigin("http://a b", "localhost:28080", PUBLIC), "unreadable");
        assertFalse(CrossSiteRequests.sameOrigin("https://evil.example", null, PUBLIC), "no Host header");
    }

    @Test
    void thePublicAddressIsReducedToItsOrigin() {
        assertEquals("https://cxcx.example.cn", CrossSiteRequests.originOf("https://cxcx.example.cn/competition/"));
        assertEquals("http://localhost:8080", CrossSiteRequests.originOf(" http://localhost:8080 "));
    }
}
