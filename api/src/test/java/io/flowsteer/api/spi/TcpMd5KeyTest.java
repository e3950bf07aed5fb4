/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowsteer.api.bgp.BgpFamily;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TcpMd5KeyTest {
    private static final InetAddress PEER = InetAddress.getLoopbackAddress();

    @Test
    void aKeyIsOneToEightyOctets() {
        assertEquals(1, new TcpMd5Key("k").octets().length);
        assertEquals(80, new TcpMd5Key("k".repeat(80)).octets().length);
        assertThrows(IllegalArgumentException.class, () -> new TcpMd5Key(""));
        assertThrows(IllegalArgumentException.class, () -> new TcpMd5Key("k".repeat(81)));
        // octets, not characters: 41 two-octet characters are 82 octets
        assertThrows(IllegalArgumentException.class, () -> new TcpMd5Key(String.valueOf((char) 0xe9).repeat(41)));
    }

    @Test
    void theOctetsAreACopyOfTheKey() {
        final TcpMd5Key key = new TcpMd5Key("s3cret");
        key.octets()[0] = 0;
        assertArrayEquals("s3cret".getBytes(StandardCharsets.US_ASCII), key.octets());
    }

    @Test
    void theTextNeverShowsTheKey() {
        final TcpMd5Key key = new TcpMd5Key("s3cret");
        assertFalse(key.toString().contains("s3cret"));
        final PeerConfig peer = new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false, key);
        assertFalse(peer.toString().contains("s3cret"));
    }

    @Test
    void aPeerWithoutKeyKeepsItsConstructorAndAKeyChangeIsAChange() {
        final PeerConfig plain = new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false);
        assertNull(plain.tcpMd5Key());
        final PeerConfig signed = new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false,
            new TcpMd5Key("a"));
        assertNotEquals(plain, signed);
        assertEquals(signed, new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false,
            new TcpMd5Key("a")));
        assertNotEquals(signed, new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false,
            new TcpMd5Key("b")));
    }
}
