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

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.NumericTerm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.Bgp;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;

/**
 * Each built-in router profile refuses exactly what its daemon cannot take.
 */
class RouterProfileTest {
    private static final Fsv1Nlri NOT_EQUAL = new Fsv1Nlri(Afi.IPV4, null, List.of(
        IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {10, 0, 0, 0}, 8),
        new NumericComponent(ComponentType.DESTINATION_PORT, List.of(new NumericTerm(false,
            NumericTerm.LT | NumericTerm.GT, 80)))));
    private static final Fsv1Nlri OFFSET = new Fsv1Nlri(Afi.IPV6, null, List.of(
        IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX, new byte[16], 16, 48)));
    private static final Fsv1Nlri PLAIN = new Fsv1Nlri(Afi.IPV6, null, List.of(
        IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX, new byte[16], 0, 48),
        new NumericComponent(ComponentType.DESTINATION_PORT, List.of(new NumericTerm(false,
            NumericTerm.GT | NumericTerm.EQ, 80)))));

    @Test
    void frrCannotTakeNotEqualTermsNorIpv6Offsets() {
        assertEquals(List.of("destination port with a != term"), RouterProfile.FRR.cannotTake(NOT_EQUAL));
        assertEquals(List.of("destination prefix with an offset of 16 bits"), RouterProfile.FRR.cannotTake(OFFSET));
        assertEquals(List.of(), RouterProfile.FRR.cannotTake(PLAIN));
    }

    @Test
    void gobgpCannotTakeIpv6OffsetsOnly() {
        assertEquals(List.of(), RouterProfile.GOBGP.cannotTake(NOT_EQUAL));
        assertEquals(1, RouterProfile.GOBGP.cannotTake(OFFSET).size());
    }

    @Test
    void birdAndNoProfileTakeEverything() {
        for (RouterProfile profile : List.of(RouterProfile.BIRD, RouterProfile.NONE)) {
            assertEquals(List.of(), profile.cannotTake(NOT_EQUAL));
            assertEquals(List.of(), profile.cannotTake(OFFSET));
        }
    }

    @Test
    void theProfileComesFromTheBgpConfiguration() {
        assertEquals(RouterProfile.NONE, RouterProfile.of(null));
        assertEquals(RouterProfile.NONE, RouterProfile.of(new BgpBuilder().build()));
        assertEquals(RouterProfile.FRR, RouterProfile.of(new BgpBuilder().setRouterProfile(Bgp.RouterProfile.Frr)
            .build()));
        assertNull(new BgpBuilder().build().getRouterProfile());
    }
}
