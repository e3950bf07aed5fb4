/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowsteer.api.bgp.BgpFamily;
import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * GTSM hops (RFC 5082 section 3) and the minimum TTL they allow, and their place in a peer's configuration.
 */
class TtlSecurityTest {
    private static final InetAddress PEER = InetAddress.getLoopbackAddress();

    @Test
    void theMinimumTtlIs256MinusTheHops() {
        assertEquals(255, new TtlSecurity(1).minimumTtl());
        assertEquals(254, new TtlSecurity(2).minimumTtl());
        assertEquals(2, new TtlSecurity(254).minimumTtl());
    }

    @Test
    void hopsOutsideOneTo254AreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TtlSecurity(0));
        assertThrows(IllegalArgumentException.class, () -> new TtlSecurity(255));
        assertThrows(IllegalArgumentException.class, () -> new TtlSecurity(-1));
    }

    @Test
    void aPeerHasNoGtsmUnlessGivenAndDiffersByItsHops() {
        final PeerConfig plain = new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false);
        assertNull(plain.ttlSecurity());
        final PeerConfig one = withHops(1);
        assertEquals(new TtlSecurity(1), one.ttlSecurity());
        assertEquals(one, withHops(1));
        assertNotEquals(one, withHops(2));
        assertNotEquals(one, plain);
    }

    private static PeerConfig withHops(final int hops) {
        return new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false, PrefixLimits.DEFAULT,
            null, null, new TtlSecurity(hops));
    }
}
