/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTextTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({
        "192.0.2.1, c0000201",
        "0.0.0.0, 00000000",
        "255.255.255.255, ffffffff",
        "2001:db8::1, 20010db8000000000000000000000001",
        "::, 00000000000000000000000000000000",
        "::1, 00000000000000000000000000000001",
        "1::, 00010000000000000000000000000000",
        "1:2:3:4:5:6:7:8, 00010002000300040005000600070008",
        "1:2:3:4:5:6:7::, 00010002000300040005000600070000",
        "::ffff:192.0.2.1, 00000000000000000000ffffc0000201",
        "64:ff9b::198.51.100.7, 0064ff9b0000000000000000c6336407",
        "FE80::A%eth0, fe80000000000000000000000000000a",
    })
    void parsesTheOctetsOfValidText(final String text, final String octets) {
        assertEquals(octets, HEX.formatHex(IpAddressText.parse(text).getAddress()));
    }

    @Test
    void textWithAColonIsIpv6EvenWhenItMapsIpv4() {
        assertInstanceOf(Inet6Address.class, IpAddressText.parse("::ffff:10.0.0.1"));
        assertInstanceOf(Inet4Address.class, IpAddressText.parse("10.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.0.0.1", "01.2.3.4", "1.2.3.-4", "1.2.3.4 ", "host",
        "example.com", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1::2::3", "12345::", "::g", ":1::", "1:::2",
        "1:2:3:4:5:6:7:8::", "::1.2.3", "::1.2.3.256", ":", "1.2.3.4:5", "1..2.3", ".1.2.3", "1.2.3.4.",
        "1.2.3.00", "1.2.3.1000"})
    void refusesWhatIsNotAnAddressWithoutLookingItUp(final String text) {
        assertNull(IpAddressText.tryParse(text));
        assertThrows(IllegalArgumentException.class, () -> IpAddressText.parse(text));
    }

    @Test
    void digitsOfOtherScriptsAreNotAddressDigitsThoughJavaParsesThem() {
        final char arabicIndicOne = 0x0661;
        final char fullwidthFour = 0xff14;
        final char fullwidthSmallA = 0xff41;
        for (String text : List.of(arabicIndicOne + ".2.3.4", "1.2.3." + fullwidthFour, "2001:db8::" + arabicIndicOne,
                fullwidthSmallA + "::1")) {
            assertNull(IpAddressText.tryParse(text), text);
        }
        assertNull(IpAddressText.prefix("192.0.2.0/" + arabicIndicOne + fullwidthFour));
    }

    @Test
    void parsesPrefixesOfBothFamilies() {
        final IpAddressText.Prefix v4 = IpAddressText.prefix("192.0.2.0/24");
        assertNotNull(v4);
        assertEquals(Afi.IPV4, v4.afi());
        assertEquals(24, v4.length());
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 0}, v4.octets());
        final IpAddressText.Prefix v6 = IpAddressText.prefix("::ffff:192.0.2.0/120");
        assertNotNull(v6);
        assertEquals(Afi.IPV6, v6.afi());
        assertEquals(16, v6.octets().length);
        final InetAddress host = IpAddressText.prefix("2001:db8::1/128").address();
        assertEquals(IpAddressText.parse("2001:db8::1"), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.0", "192.0.2.0/33", "2001:db8::/129", "192.0.2.0/", "192.0.2.0/-1",
        "192.0.2.0/+8", "fe80::%1/64", "x/8", "192.0.2.0/0008"})
    void refusesWhatIsNotAPrefix(final String text) {
        assertNull(IpAddressText.prefix(text));
    }
}
