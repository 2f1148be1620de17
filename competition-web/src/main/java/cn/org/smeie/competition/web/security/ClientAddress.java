package cn.org.smeie.competition.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address a request came from, as the sign-in lockout counts it. Behind a proxy (the README's nginx) every
 * request arrives from the proxy's address; the client's own is in {@code X-Forwarded-For}, which anyone can also
 * send. So the header is read only when the request arrives from a configured trusted proxy
 * ({@code COMPETITION_TRUSTED_PROXIES}: addresses or CIDR ranges, comma-separated; none by default), and then from
 * its end: each proxy appends the address it received from, so the last entry that is not itself a trusted proxy
 * is the client. A header from anyone else is ignored.
 */
public final class ClientAddress {

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = trusted;
    }

    /** The rule for a setting such as {@code "127.0.0.1, 10.0.0.0/8, ::1"}; a blank setting trusts no proxy. */
    public static ClientAddress trusting(String setting) {
        if (setting == null || setting.isBlank()) {
            return new ClientAddress(List.of());
        }
        return new ClientAddress(Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Range::parse).toList());
    }

    /** The client's address for a request from {@code remote} that carried {@code forwardedFor} (or null). */
    public String of(String remote, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return literal(hop).isPresent() ? hop : remote;
            }
        }
        return remote;
    }

    private boolean isTrusted(String address) {
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && trusted.stream().anyMatch(r -> r.contains(parsed.get()));
    }

    /** An IP address written as such (never a host name: nothing is looked up). */
    static Optional<InetAddress> literal(String text) {
        if (text == null || text.isBlank() || !text.strip().matches("[0-9a-fA-F:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text.strip()));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** An address, or a CIDR range of them. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash)).orElseThrow(
                    () -> new IllegalArgumentException("not an IP address or range: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1).strip());
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("not a prefix length: " + text);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
