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

import io.flowsteer.api.spi.TbdCodePoints;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeakerBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;

/**
 * Where the speaker accepts passive sessions (issue 14 item 6): on loopback unless the operator says otherwise.
 */
class BgpConfigsListenTest {
    @Test
    void aSpeakerWithoutListenAddressListensOnLoopbackOnly() {
        assertEquals(new InetSocketAddress("127.0.0.1", 179),
            BgpConfigs.speaker(new BgpSpeakerBuilder().build(), TbdCodePoints.DEFAULT).listenAddress());
    }

    @Test
    void theOperatorsListenAddressIsUsed() {
        assertEquals(new InetSocketAddress("0.0.0.0", 179), BgpConfigs.speaker(new BgpSpeakerBuilder()
            .setListenAddress(new IpAddressNoZone(new Ipv4AddressNoZone("0.0.0.0"))).build(), TbdCodePoints.DEFAULT)
            .listenAddress());
    }

    @Test
    void noSpeakerConfigurationMeansNoListener() {
        assertNull(BgpConfigs.speaker(null, TbdCodePoints.DEFAULT).listenAddress());
    }
}
