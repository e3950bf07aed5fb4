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
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flowsteer.api.bgp.AsPathSegment;
import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.IpPrefix;
import io.flowsteer.api.bgp.MpReachNlri;
import io.flowsteer.api.bgp.MpUnreachNlri;
import io.flowsteer.api.bgp.PathAttributeType;
import io.flowsteer.api.bgp.RawAttribute;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.spi.ReceivedFlowspec;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link AdjRibIn}: received UPDATEs (RFC 4271 section 9, RFC 4760) in and out of the Adj-RIB-In, and
 * what validation (RFC 8955 section 6) reads of its unicast routes.
 */
class AdjRibInTest {
    private static final Set<BgpFamily> FAMILIES = Set.of(BgpFamily.IPV4_UNICAST, BgpFamily.IPV4_FLOWSPEC);
    private static final List<AsPathSegment> PATH = List.of(new AsPathSegment(AsPathSegment.AS_SEQUENCE,
        List.of(65001L, 65002L)));
    private static final RouteAttributes ORIGINATED = new RouteAttributes(List.of(), List.of(), List.of(
        new RawAttribute(PathAttributeType.FLAG_OPTIONAL, PathAttributeType.ORIGINATOR_ID,
            Octets.fromHex("c0000263"))));

    private final AdjRibIn rib = new AdjRibIn();

    private static Inet4Address v4(final String literal) {
        try {
            return (Inet4Address) InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static IpPrefix prefix(final String literal, final int length) {
        return new IpPrefix(v4(literal), length);
    }

    private static Fsv1Nlri flow(final int host) {
        return new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {10, 0, 0, (byte) host}, 32));
    }

    private static UpdateMessage update(final List<IpPrefix> withdrawn, final RouteAttributes attributes,
            final MpReachNlri reach, final MpUnreachNlri unreach, final List<IpPrefix> nlri) {
        return new UpdateMessage(withdrawn, 0, PATH, v4("192.0.2.1"), null, attributes, reach, unreach, nlri,
            List.of());
    }

    @Test
    void announcedUnicastCarriesPathAndOriginator() {
        final AdjRibIn.Changes changes = rib.apply(update(List.of(), ORIGINATED, null, null,
            List.of(prefix("10.0.0.0", 8))), FAMILIES, false);
        final UnicastRoute route = new UnicastRoute(v4("10.0.0.0"), 8, v4("192.0.2.1"), List.of(65001L, 65002L),
            v4("192.0.2.99"));
        assertEquals(List.of(route), changes.unicastAnnounced());
        assertEquals(List.of(route), rib.unicast());
    }

    @Test
    void withdrawalsRemoveAndAnnouncementsReplace() {
        rib.apply(update(List.of(), RouteAttributes.EMPTY, null, null, List.of(prefix("10.0.0.0", 8),
            prefix("10.1.0.0", 16))), FAMILIES, false);
        final AdjRibIn.Changes changes = rib.apply(update(List.of(prefix("10.0.0.0", 8)), RouteAttributes.EMPTY,
            null, null, List.of()), FAMILIES, false);
        assertEquals(List.of(new UnicastRoute(v4("10.0.0.0"), 8, null)), changes.unicastWithdrawn());
        assertEquals(1, rib.unicast().size());
        assertEquals(16, rib.unicast().get(0).length());
    }

    @Test
    void flowspecRoutesAreHeldNotYetValidated() {
        final AdjRibIn.Changes changes = rib.apply(update(List.of(), ORIGINATED, new MpReachNlri(
            BgpFamily.IPV4_FLOWSPEC, null, List.of(), List.of(flow(1), flow(2))), null, List.of()), FAMILIES, false);
        assertEquals(2, changes.flowspecAnnounced().size());
        final ReceivedFlowspec received = rib.flowspec().get(0);
        assertEquals(flow(1), received.route().nlri());
        assertEquals(List.of(65001L, 65002L), received.asPath());
        assertEquals(v4("192.0.2.99"), received.originatorId());
        assertFalse(received.validation().feasible());
        rib.apply(update(List.of(), RouteAttributes.EMPTY, null, new MpUnreachNlri(BgpFamily.IPV4_FLOWSPEC,
            List.of(), List.of(flow(1))), List.of()), FAMILIES, false);
        assertEquals(List.of(flow(2)), rib.flowspec().stream().map(r -> r.route().nlri()).toList());
    }

    @Test
    void treatAsWithdrawWithdrawsWhatTheUpdateAnnounced() {
        rib.apply(update(List.of(), RouteAttributes.EMPTY, new MpReachNlri(BgpFamily.IPV4_FLOWSPEC, null,
            List.of(), List.of(flow(1))), null, List.of(prefix("10.0.0.0", 8))), FAMILIES, false);
        final AdjRibIn.Changes changes = rib.apply(update(List.of(), RouteAttributes.EMPTY, new MpReachNlri(
            BgpFamily.IPV4_FLOWSPEC, null, List.of(), List.of(flow(1))), null, List.of(prefix("10.0.0.0", 8))),
            FAMILIES, true);
        assertEquals(List.of(), changes.unicastAnnounced());
        assertEquals(List.of(flow(1)), changes.flowspecWithdrawn());
        assertNull(changes.unicastWithdrawn().get(0).nextHop());
        assertEquals(List.of(), rib.unicast());
        assertEquals(List.of(), rib.flowspec());
    }

    @Test
    void aFamilyNotNegotiatedIsIgnored() {
        final AdjRibIn.Changes changes = rib.apply(update(List.of(), RouteAttributes.EMPTY, new MpReachNlri(
            BgpFamily.IPV4_FLOWSPEC, null, List.of(), List.of(flow(1))), null, List.of()),
            Set.of(BgpFamily.IPV4_UNICAST), false);
        assertEquals(List.of(), changes.flowspecAnnounced());
        assertEquals(List.of(), rib.flowspec());
    }

    @Test
    void validationInputFallsBackToThePeerAndTheLocalAs() {
        rib.apply(update(List.of(), ORIGINATED, null, null, List.of(prefix("10.0.0.0", 8))), FAMILIES, false);
        rib.apply(new UpdateMessage(List.of(), 0, List.of(), v4("192.0.2.1"), null, RouteAttributes.EMPTY, null,
            null, List.of(prefix("10.1.0.0", 16)), List.of()), FAMILIES, false);
        final List<FlowspecValidator.Unicast> out = new ArrayList<>();
        rib.collectUnicast(v4("192.0.2.1"), 65000, out);
        assertEquals(v4("192.0.2.99"), out.get(0).originator());
        assertEquals(65001, out.get(0).neighborAs());
        assertEquals(v4("192.0.2.1"), out.get(1).originator());
        assertEquals(65000, out.get(1).neighborAs());
        rib.clear();
        assertEquals(List.of(), rib.unicast());
    }
}
