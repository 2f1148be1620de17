package cn.org.smeie.competition.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecureCookiesTest {

    @Test
    void aPlatformReachedOverHttpsSendsSecureCookiesWhateverTheLastHop() {
        assertTrue(SecureCookies.alwaysSecure("https://competition.smeie.org.cn"));
        assertTrue(SecureCookies.alwaysSecure(" HTTPS://competition.smeie.org.cn/ "));
        assertFalse(SecureCookies.alwaysSecure("http://localhost:8080"), "the run command's: the container decides");
        assertFalse(SecureCookies.alwaysSecure(null));
        assertFalse(SecureCookies.alwaysSecure("not an address"));
    }
}
