package org.orepass.web.sms;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Addresses allowed to call a callback: each entry an address ({@code 52.48.80.1}) or a range in CIDR notation
 * ({@code 52.48.80.0/24}, IPv6 too). Only literal addresses are read: a name in the list is ignored (no DNS).
 */
final class AddressAllowList {

    private AddressAllowList() {
    }

    static boolean allows(List<String> entries, String address) {
        var caller = literal(address);
        if (caller == null) {
            return false;
        }
        for (var entry : entries) {
            int slash = entry.indexOf('/');
            var network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null || network.length != caller.length) {
                continue;
            }
            int bits = network.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1).strip());
                } catch (NumberFormatException e) {
                    continue;
                }
                if (bits < 0 || bits > network.length * 8) {
                    continue;
                }
            }
            if (samePrefix(network, caller, bits)) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePrefix(byte[] a, byte[] b, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of a literal IPv4 or IPv6 address (an IPv4-mapped IPv6 one as IPv4), or null. */
    private static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        var value = text.strip();
        boolean ipv4 = value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = value.indexOf(':') >= 0 && value.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(value).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
