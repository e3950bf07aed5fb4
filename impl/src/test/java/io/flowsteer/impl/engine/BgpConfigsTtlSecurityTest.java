/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.TtlSecurity;
import io.flowsteer.impl.testing.TestSecrets;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * The {@code ttl-security-hops} of a device's {@code bgp} container becomes the peer's GTSM (RFC 5082); absent, the
 * peer has none.
 */
class BgpConfigsTtlSecurityTest {
    private static BgpBuilder bgp() {
        return new BgpBuilder().setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("192.0.2.1")))
            .setPeerAs(Uint32.valueOf(65010));
    }

    private static PeerConfig peer(final BgpBuilder bgp) {
        return BgpConfigs.peer("r1", bgp.build(), TestSecrets.opener());
    }

    @Test
    void configuredHopsGiveThePeerGtsmWithTheirMinimumTtl() {
        final PeerConfig peer = peer(bgp().setTtlSecurityHops(Uint8.valueOf(1)));
        assertEquals(new TtlSecurity(1), peer.ttlSecurity());
        assertEquals(255, peer.ttlSecurity().minimumTtl());
        assertEquals(2, peer(bgp().setTtlSecurityHops(Uint8.valueOf(254))).ttlSecurity().minimumTtl());
    }

    @Test
    void noHopsMeansNoGtsm() {
        assertNull(peer(bgp()).ttlSecurity());
    }

    @Test
    void changingTheHopsChangesThePeerSoItsSessionRestarts() {
        assertNotEquals(peer(bgp().setTtlSecurityHops(Uint8.valueOf(1))),
            peer(bgp().setTtlSecurityHops(Uint8.valueOf(2))));
        assertNotEquals(peer(bgp()), peer(bgp().setTtlSecurityHops(Uint8.valueOf(1))));
    }
}
