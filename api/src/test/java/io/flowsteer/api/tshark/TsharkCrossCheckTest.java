/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.tshark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.BitmaskComponent;
import io.flowsteer.api.wire.BitmaskTerm;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv1NlriCodec;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.NumericTerm;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the FSv1 encoder against Wireshark's independent BGP dissector: rules using every component type are
 * encoded into an MP_REACH_NLRI, tshark dissects the UPDATE, and the fields it reports must equal what the model
 * says (types, prefixes, operator bits, values and their minimal lengths). Fails, never skips, when tshark is
 * missing.
 *
 * <p>Known tshark deviations this test works around, each verified against tshark 4.0: it does not know component
 * type 13 (flow label, RFC 8956), so flow label sits alone in the last NLRI and only its type is checked; it
 * dissects DSCP with the bitmask operator layout (bit 1 shown as "not", bit 0 as "match"); it renders an IPv6
 * prefix with non-zero offset from the pattern octets onwards, reading past the pattern, so only the leading
 * pattern octets are compared; 2-octet TCP flags values desynchronise its parser, so the rules use 1-octet masks;
 * it reads a 4-octet numeric value (len=10) as 8 octets, so the rules use values below 65536.
 */
class TsharkCrossCheckTest {
    private static final String P = "bgp.flowspec_nlri.";
    private static final Set<String> FIELDS = new HashSet<>(Arrays.asList(P + "length", P + "filter_type",
        "bgp.prefix_length", P + "dst_prefix_filter", P + "src_prefix_filter", P + "ipv6_pref_length",
        P + "ipv6_pref_offset", P + "dst_ipv6_pref", P + "src_ipv6_pref", P + "op.eol", P + "op.and", P + "op.lt",
        P + "op.gt", P + "op.equal", P + "op.flg_not", P + "op.flg_match", P + "dec_val_8", P + "dec_val_16",
        P + "dec_val_32", P + "dec_val_64", P + "val_tcp.flags", P + "val_frag", P + "val_dsfield"));

    @Test
    void tsharkDecodesEveryIpv4ComponentAsEncoded() throws IOException, InterruptedException {
        crossCheck(Afi.IPV4, CrossCheckRules.ipv4());
    }

    @Test
    void tsharkDecodesEveryIpv6ComponentAsEncoded() throws IOException, InterruptedException {
        crossCheck(Afi.IPV6, CrossCheckRules.ipv6());
    }

    private static void crossCheck(final Afi afi, final List<Fsv1Nlri> rules)
            throws IOException, InterruptedException {
        final Fsv1NlriCodec codec = new Fsv1NlriCodec(afi, false);
        final ByteBuf field = Unpooled.buffer();
        final List<String> expected = new ArrayList<>();
        final Set<ComponentType> seen = new HashSet<>();
        for (Fsv1Nlri rule : rules) {
            final int before = field.writerIndex();
            codec.encode(rule, field);
            final int length = field.writerIndex() - before;
            expected.add(P + "length=" + (length - (length > 240 ? 2 : 1)));
            for (FlowComponent component : rule.components()) {
                seen.add(component.type());
                expected.add(P + "filter_type=" + component.type().fsv1Code());
                expectComponent(component, expected);
            }
        }
        assertEquals(afi == Afi.IPV4 ? 12 : 13, seen.size(), "every component type is exercised");
        final byte[] nlri = new byte[field.readableBytes()];
        field.readBytes(nlri);
        final TsharkHarness.Dissection dissection = TsharkHarness.dissectUpdate(TsharkHarness.originAndEmptyAsPath(),
            afi.code(), Fsv1NlriCodec.SAFI_FLOWSPEC, nlri);
        assertEquals(List.of(String.valueOf(Fsv1NlriCodec.SAFI_FLOWSPEC)),
            dissection.values("bgp.update.path_attribute.mp_reach_nlri.safi"));
        final List<String> actual = dissection.entries(FIELDS);
        assertEquals(expected.size(), actual.size(), () -> "expected " + expected + "\nactual   " + actual);
        for (int i = 0; i < expected.size(); i++) {
            final String want = expected.get(i);
            final String got = actual.get(i);
            if (want.contains("=~")) {
                assertPatternPrefix(want, got);
            } else if (want.contains("ipv6_pref=")) {
                assertArrayEquals(address(want), address(got), want + " vs " + got);
            } else {
                assertEquals(want, got, "entry " + i + " of " + actual);
            }
        }
    }

    private static byte[] address(final String entry) throws IOException {
        return InetAddress.getByName(entry.substring(entry.indexOf('=') + 1)).getAddress();
    }

    private static void assertPatternPrefix(final String want, final String got) throws IOException {
        final String[] parts = want.split("=~");
        assertTrue(got.startsWith(parts[0] + "="), got);
        final byte[] shown = address(got);
        final String hex = parts[1];
        for (int i = 0; i < hex.length() / 2; i++) {
            assertEquals(Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16), shown[i] & 0xff, want + " vs " + got);
        }
    }

    private static void expectComponent(final FlowComponent component, final List<String> expected)
            throws IOException {
        final String side = component.type() == ComponentType.DESTINATION_PREFIX ? "dst" : "src";
        if (component instanceof IpPrefixComponent prefix) {
            if (prefix.afi() == Afi.IPV4) {
                expected.add("bgp.prefix_length=" + prefix.length());
                expected.add(P + side + "_prefix_filter="
                    + InetAddress.getByAddress(prefix.address()).getHostAddress());
                return;
            }
            expected.add(P + "ipv6_pref_length=" + prefix.length());
            expected.add(P + "ipv6_pref_offset=" + prefix.offset());
            if (prefix.offset() == 0) {
                expected.add(P + side + "_ipv6_pref=" + InetAddress.getByAddress(prefix.address()).getHostAddress());
            } else {
                expected.add(P + side + "_ipv6_pref=~" + patternOctets(prefix));
            }
        } else if (component instanceof NumericComponent numeric) {
            final List<NumericTerm> terms = numeric.terms();
            for (int i = 0; i < terms.size(); i++) {
                final NumericTerm term = terms.get(i);
                expected.add(P + "op.eol=" + bit(i == terms.size() - 1));
                expected.add(P + "op.and=" + bit(term.and()));
                if (numeric.type() == ComponentType.DSCP) {
                    expected.add(P + "op.flg_not=" + bit((term.comparison() & NumericTerm.GT) != 0));
                    expected.add(P + "op.flg_match=" + bit((term.comparison() & NumericTerm.EQ) != 0));
                    expected.add(P + "val_dsfield=" + String.format("0x%02x", term.value()));
                } else if (numeric.type() != ComponentType.FLOW_LABEL) {
                    expected.add(P + "op.lt=" + bit((term.comparison() & NumericTerm.LT) != 0));
                    expected.add(P + "op.gt=" + bit((term.comparison() & NumericTerm.GT) != 0));
                    expected.add(P + "op.equal=" + bit((term.comparison() & NumericTerm.EQ) != 0));
                    final long value = term.value();
                    final int bits = value < 0x100 ? 8 : value < 0x10000 ? 16 : value < 0x100000000L ? 32 : 64;
                    expected.add(P + "dec_val_" + bits + "=" + value);
                }
            }
            if (numeric.type() == ComponentType.FLOW_LABEL) {
                expected.subList(expected.size() - 2 * terms.size(), expected.size()).clear();
            }
        } else if (component instanceof BitmaskComponent bitmask) {
            final List<BitmaskTerm> terms = bitmask.terms();
            for (int i = 0; i < terms.size(); i++) {
                final BitmaskTerm term = terms.get(i);
                expected.add(P + "op.eol=" + bit(i == terms.size() - 1));
                expected.add(P + "op.and=" + bit(term.and()));
                expected.add(P + "op.flg_not=" + bit(term.not()));
                expected.add(P + "op.flg_match=" + bit(term.match()));
                expected.add(P + (bitmask.type() == ComponentType.TCP_FLAGS ? "val_tcp.flags=" : "val_frag=")
                    + String.format("0x%02x", term.mask()));
            }
        }
    }

    private static String patternOctets(final IpPrefixComponent prefix) {
        final byte[] address = prefix.address();
        final StringBuilder hex = new StringBuilder();
        final int fullOctets = (prefix.length() - prefix.offset()) / 8;
        for (int i = 0; i < fullOctets; i++) {
            int octet = 0;
            for (int b = 0; b < 8; b++) {
                final int bit = prefix.offset() + 8 * i + b;
                octet = octet << 1 | address[bit / 8] >> 7 - bit % 8 & 1;
            }
            hex.append(String.format("%02x", octet));
        }
        return hex.toString();
    }

    private static String bit(final boolean value) {
        return value ? "1" : "0";
    }
}
