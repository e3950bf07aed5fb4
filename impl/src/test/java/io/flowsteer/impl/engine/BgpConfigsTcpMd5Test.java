/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.TcpMd5Key;
import io.flowsteer.impl.testing.TestSecrets;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * The {@code tcp-md5-key} of a device's {@code bgp} container becomes the peer's RFC 2385 key.
 */
class BgpConfigsTcpMd5Test {
    private static BgpBuilder bgp() {
        return new BgpBuilder().setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("192.0.2.1")))
            .setPeerAs(Uint32.valueOf(65010));
    }

    @Test
    void aConfiguredKeySignsThePeer() {
        final PeerConfig peer = BgpConfigs.peer("r1", bgp().setTcpMd5Key(TestSecrets.seal("flowsteer-md5")).build(),
            TestSecrets.opener());
        assertEquals(new TcpMd5Key("flowsteer-md5"), peer.tcpMd5Key());
    }

    @Test
    void noKeyMeansUnsigned() {
        assertNull(BgpConfigs.peer("r1", bgp().build(), TestSecrets.opener()).tcpMd5Key());
    }

    @Test
    void changingTheKeyChangesThePeer() {
        final PeerConfig one = BgpConfigs.peer("r1", bgp().setTcpMd5Key(TestSecrets.seal("one")).build(),
            TestSecrets.opener());
        final PeerConfig two = BgpConfigs.peer("r1", bgp().setTcpMd5Key(TestSecrets.seal("two")).build(),
            TestSecrets.opener());
        assertEquals(one.address(), two.address());
        assertEquals(false, one.equals(two));
    }
}
