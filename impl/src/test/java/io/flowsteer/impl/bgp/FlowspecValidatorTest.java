/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.FlowspecValidation;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.RouteDistinguisher;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validation procedure of draft-ietf-idr-fsv2-ip-basic section 5.2.2 (RFC 8955 section 6, RFC 9117), rule
 * by rule. Peer A (192.0.2.1, AS 65001) and peer B (192.0.2.2, AS 65002) sent unicast routes.
 */
class FlowspecValidatorTest {
    private static final InetAddress A = address("192.0.2.1");
    private static final InetAddress B = address("192.0.2.2");
    private static final long LOCAL_AS = 65000;

    @Test
    void originatorOfTheBestMatchMakesTheRouteFeasible() {
        final FlowspecValidation verdict = FlowspecValidator.validate(fsv1("10.1.1.0", 24), List.of(65001L), A, true,
            List.of(unicast("10.0.0.0", 8, A, 65001), unicast("10.1.0.0", 16, A, 65001)));
        assertTrue(verdict.feasible(), verdict.reason());
        assertTrue(verdict.reason().contains("10.1.0.0/16") && verdict.reason().contains("rule b1"));
    }

    @Test
    void anotherOriginatorOfTheBestMatchMakesItInfeasible() {
        // the /16 from B is the best match; A's /8 covers too but is not the longest
        final FlowspecValidation verdict = FlowspecValidator.validate(fsv1("10.1.1.0", 24), List.of(65001L), A, true,
            List.of(unicast("10.0.0.0", 8, A, 65001), unicast("10.1.0.0", 16, B, 65002)));
        assertFalse(verdict.feasible());
        assertTrue(verdict.reason().contains("rule b"), verdict.reason());
    }

    @Test
    void noDestinationPrefixIsInfeasible() {
        final FlowspecValidation verdict = FlowspecValidator.validate(new Fsv1Nlri(Afi.IPV4,
            NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6)), List.of(), A, false, List.of());
        assertFalse(verdict.feasible());
        assertTrue(verdict.reason().contains("rule a"));
    }

    @Test
    void emptyAsPathIsFeasibleWithoutAMatchingOriginator() {
        // RFC 9117: a route from inside the AS (iBGP, controller) needs no matching unicast originator
        final FlowspecValidation verdict = FlowspecValidator.validate(fsv1("10.1.1.0", 24), List.of(), A, false,
            List.of(unicast("10.1.0.0", 16, B, 65002)));
        assertTrue(verdict.feasible(), verdict.reason());
        assertTrue(verdict.reason().contains("rule b2"));
    }

    @Test
    void moreSpecificUnicastFromAnotherNeighborAsIsInfeasible() {
        final FlowspecValidation verdict = FlowspecValidator.validate(fsv1("10.1.0.0", 16), List.of(65001L), A, true,
            List.of(unicast("10.1.0.0", 16, A, 65001), unicast("10.1.2.0", 24, B, 65002)));
        assertFalse(verdict.feasible());
        assertTrue(verdict.reason().contains("10.1.2.0/24") && verdict.reason().contains("rule c"));
        // a more specific from the same neighbor AS is fine
        assertTrue(FlowspecValidator.validate(fsv1("10.1.0.0", 16), List.of(65001L), A, true,
            List.of(unicast("10.1.0.0", 16, A, 65001), unicast("10.1.2.0", 24, B, 65001))).feasible());
    }

    @Test
    void ebgpLeftMostAsMustBeTheBestMatchs() {
        final FlowspecValidation verdict = FlowspecValidator.validate(fsv1("10.1.1.0", 24), List.of(65009L), A, true,
            List.of(unicast("10.1.0.0", 16, A, 65001)));
        assertFalse(verdict.feasible());
        assertTrue(verdict.reason().contains("eBGP"), verdict.reason());
    }

    @Test
    void fsv2UsesTheDestinationPrefixOfTheIpBasicFamily() {
        final FlowspecNlri fsv2 = new Fsv2Nlri(Afi.IPV4, 0, 1, List.of(new Fsv2FilterFamily(
            Fsv2Config.DEFAULT_IP_BASIC_FAMILY_TYPE, List.of(new Fsv2IpComponent(false, IpPrefixComponent.ipv4(
                ComponentType.DESTINATION_PREFIX, address("10.1.1.0").getAddress(), 24))))));
        assertTrue(FlowspecValidator.validate(fsv2, List.of(65001L), A, true,
            List.of(unicast("10.1.0.0", 16, A, 65001))).feasible());
        assertEquals(false, FlowspecValidator.validate(fsv2, List.of(65001L), A, true, List.of()).feasible());
    }

    @Test
    void ipv6RoutesAreValidatedAgainstTheBestIpv6UnicastMatch() {
        // RFC 8956 section 5: the RFC 8955 procedure with IPv6 prefixes
        final FlowspecValidation feasible = FlowspecValidator.validate(fsv1v6("2001:db8:1:1::", 64, 0),
            List.of(65001L), A, true, List.of(unicast("2001:db8::", 32, A, 65001),
                unicast("2001:db8:1::", 48, A, 65001)));
        assertTrue(feasible.feasible(), feasible.reason());
        assertTrue(feasible.reason().contains("/48") && feasible.reason().contains("rule b1"), feasible.reason());
        final FlowspecValidation other = FlowspecValidator.validate(fsv1v6("2001:db8:1:1::", 64, 0),
            List.of(65001L), A, true, List.of(unicast("2001:db8::", 32, A, 65001),
                unicast("2001:db8:1::", 48, B, 65002)));
        assertFalse(other.feasible(), other.reason());
    }

    @Test
    void anIpv6DestinationPrefixWithAnOffsetHasNoBestMatchAndIsInfeasible() {
        final FlowspecValidation verdict = FlowspecValidator.validate(fsv1v6("::1:0:0:0", 80, 16), List.of(65001L), A,
            true, List.of(unicast("::", 0, A, 65001)));
        assertFalse(verdict.feasible());
        assertTrue(verdict.reason().contains("offset"), verdict.reason());
    }

    @Test
    void aVpnRouteIsNotValidatedAgainstTheGlobalTable() {
        // RFC 8955 section 8.1: its best match would be in its VRF; a covering global route must not make it feasible
        final Fsv1Nlri vpn = new Fsv1Nlri(Afi.IPV4, new RouteDistinguisher(0x0000fde800000064L),
            List.of(IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, address("10.1.1.0").getAddress(), 24)));
        final FlowspecValidation verdict = FlowspecValidator.validate(vpn, List.of(65001L), A, true,
            List.of(unicast("10.1.0.0", 16, A, 65001)));
        assertFalse(verdict.feasible());
        assertTrue(verdict.reason().contains("RFC 8955 section 8.1"), verdict.reason());
    }

    private static Fsv1Nlri fsv1v6(final String prefix, final int length, final int offset) {
        return new Fsv1Nlri(Afi.IPV6, IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX,
            address(prefix).getAddress(), offset, length));
    }

    private static Fsv1Nlri fsv1(final String prefix, final int length) {
        return new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            address(prefix).getAddress(), length));
    }

    private static FlowspecValidator.Unicast unicast(final String prefix, final int length, final InetAddress from,
            final long neighborAs) {
        return new FlowspecValidator.Unicast(new UnicastRoute(address(prefix), length, from, List.of(neighborAs),
            null), from, neighborAs == 0 ? LOCAL_AS : neighborAs);
    }

    private static InetAddress address(final String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
