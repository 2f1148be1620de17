package cn.org.smeie.competition.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindNginx = ClientAddress.trusting("127.0.0.1, 10.0.0.0/8, ::1");

    @Test
    void theClientIsTheLastAddressAProxyWeTrustReceivedFrom() {
        assertEquals("203.0.113.9", behindNginx.of("127.0.0.1", "203.0.113.9"));
        assertEquals("203.0.113.9", behindNginx.of("127.0.0.1", "198.51.100.1, 203.0.113.9"),
                "what the client itself wrote before is not believed");
        assertEquals("203.0.113.9", behindNginx.of("10.1.2.3", "203.0.113.9, 10.0.0.5"), "two proxies of ours");
        assertEquals("2001:db8::7", behindNginx.of("::1", "2001:db8::7"));
    }

    @Test
    void aHeaderFromAnyoneElseIsIgnored() {
        assertEquals("198.51.100.20", behindNginx.of("198.51.100.20", "203.0.113.9"), "spoofed by the client");
        assertEquals("127.0.0.1", ClientAddress.trusting("").of("127.0.0.1", "203.0.113.9"), "no proxy trusted");
        assertEquals("127.0.0.1", ClientAddress.trusting(null).of("127.0.0.1", "203.0.113.9"));
        assertEquals("192.0.2.1", behindNginx.of("192.0.2.1", null));
    }

    @Test
    void whatIsNoAddressCountsAsTheProxy() {
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", "evil.example.com"), "never looked up");
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", " , "));
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", "10.0.0.1"), "only proxies: the nearest one");
    }

    @Test
    void aWrongSettingIsRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("nginx.local"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/33"));
    }
}
