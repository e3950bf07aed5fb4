/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.BgpProtocolException;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bgp.UpdateMessageCodec;
import io.flowsteer.api.bgp.UpdateMessageEncoder;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link AdjRibOut}: what one sync sends (RFC 4271 section 9.2), read back with the api's UPDATE codec.
 */
class AdjRibOutTest {
    private static final ExtendedCommunityCodec COMMUNITIES = new ExtendedCommunityCodec();
    private static final UpdateMessageEncoder ENCODER = new UpdateMessageEncoder(COMMUNITIES);
    private static final BgpMessageCodec DECODER = new BgpMessageCodec(new UpdateMessageCodec(COMMUNITIES));
    private static final SessionEncoding IBGP = new SessionEncoding(65000, true, true, BgpMessageCodec.MAX_STANDARD);
    private static final Set<BgpFamily> V4 = Set.of(BgpFamily.IPV4_FLOWSPEC);
    private static final Set<BgpFamily> BOTH = Set.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC);
    private static final RouteAttributes DROP = RouteAttributes.of(new TrafficRateBytes(0, 0f));
    private static final RouteAttributes LIMIT = RouteAttributes.of(new TrafficRateBytes(0, 1000f));

    private final AdjRibOut rib = new AdjRibOut();

    private static Fsv1Nlri v4(final int host) {
        return new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {10, 0, 0, (byte) host}, 32));
    }

    private static Fsv1Nlri v6(final int host) {
        final byte[] address = new byte[16];
        address[0] = 0x20;
        address[1] = 0x01;
        address[15] = (byte) host;
        return new Fsv1Nlri(Afi.IPV6, IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX, address, 0, 128));
    }

    private static List<UpdateMessage> decode(final AdjRibOut.Updates updates) throws BgpProtocolException {
        final List<UpdateMessage> out = new ArrayList<>();
        for (OutboundMessage message : updates.updates()) {
            final OutboundMessage.Update update = (OutboundMessage.Update) message;
            out.add((UpdateMessage) DECODER.decode(Unpooled.wrappedBuffer(update.wire().toByteArray()), true));
        }
        return out;
    }

    @Test
    void firstSyncPacksRoutesWithEqualAttributesTogether() throws BgpProtocolException {
        assertEquals(3, rib.want(List.of(new FlowspecRoute(v4(1), DROP), new FlowspecRoute(v4(2), LIMIT),
            new FlowspecRoute(v4(3), DROP))));
        final List<UpdateMessage> updates = decode(rib.sync(V4, false, ENCODER, IBGP));
        assertEquals(2, updates.size());
        assertEquals(List.of(v4(1), v4(3)), updates.get(0).mpReach().flowspec());
        assertEquals(DROP.extendedCommunities(), updates.get(0).attributes().extendedCommunities());
        assertEquals(List.of(v4(2)), updates.get(1).mpReach().flowspec());
        assertEquals(3, rib.sentCount());
    }

    @Test
    void aSecondSyncSendsNothingUnlessAllIsAsked() throws BgpProtocolException {
        rib.want(List.of(new FlowspecRoute(v4(1), DROP)));
        rib.sync(V4, false, ENCODER, IBGP);
        assertEquals(List.of(), rib.sync(V4, false, ENCODER, IBGP).updates());
        assertEquals(List.of(v4(1)), decode(rib.sync(V4, true, ENCODER, IBGP)).get(0).mpReach().flowspec());
    }

    @Test
    void routesHandedOverAgainAreKnownWhetherTheSameObjectsOrEqualOnes() throws BgpProtocolException {
        // the engine hands over the same route objects for the rules it did not touch, and new ones for the others
        final FlowspecRoute one = new FlowspecRoute(v4(1), DROP);
        final FlowspecRoute two = new FlowspecRoute(v4(2), DROP);
        rib.want(List.of(one, two));
        rib.sync(V4, false, ENCODER, IBGP);
        rib.want(List.of(one, new FlowspecRoute(v4(3), DROP), two));
        final List<UpdateMessage> added = decode(rib.sync(V4, false, ENCODER, IBGP));
        assertEquals(1, added.size());
        assertEquals(List.of(v4(3)), added.get(0).mpReach().flowspec());

        rib.want(List.of(new FlowspecRoute(v4(1), DROP), new FlowspecRoute(v4(3), DROP), two));
        assertEquals(List.of(), rib.sync(V4, false, ENCODER, IBGP).updates());

        rib.want(List.of(new FlowspecRoute(v4(1), LIMIT), two));
        final List<UpdateMessage> changed = decode(rib.sync(V4, false, ENCODER, IBGP));
        assertEquals(2, changed.size());
        assertEquals(List.of(v4(3)), changed.get(0).mpUnreach().flowspec());
        assertEquals(List.of(v4(1)), changed.get(1).mpReach().flowspec());
        assertEquals(2, rib.sentCount());
    }

    @Test
    void withdrawalsGoBeforeChangedRoutes() throws BgpProtocolException {
        rib.want(List.of(new FlowspecRoute(v4(1), DROP), new FlowspecRoute(v4(2), DROP)));
        rib.sync(V4, false, ENCODER, IBGP);
        rib.want(List.of(new FlowspecRoute(v4(2), LIMIT)));
        final List<UpdateMessage> updates = decode(rib.sync(V4, false, ENCODER, IBGP));
        assertEquals(2, updates.size());
        assertEquals(List.of(v4(1)), updates.get(0).mpUnreach().flowspec());
        assertEquals(List.of(v4(2)), updates.get(1).mpReach().flowspec());
        assertEquals(LIMIT.extendedCommunities(), updates.get(1).attributes().extendedCommunities());
        assertEquals(1, rib.sentCount());
    }

    @Test
    void onlyTheFamiliesAskedForAreSynced() throws BgpProtocolException {
        rib.want(List.of(new FlowspecRoute(v4(1), DROP), new FlowspecRoute(v6(1), DROP)));
        final List<UpdateMessage> updates = decode(rib.sync(V4, false, ENCODER, IBGP));
        assertEquals(1, updates.size());
        assertEquals(BgpFamily.IPV4_FLOWSPEC, updates.get(0).mpReach().family());
        assertEquals(1, rib.sentCount());
        assertEquals(List.of(v6(1)), decode(rib.sync(BOTH, false, ENCODER, IBGP)).get(0).mpReach().flowspec());
        assertEquals(2, rib.sentCount());
    }

    @Test
    void forgettingWhatWasSentReadvertisesEverything() throws BgpProtocolException {
        rib.want(List.of(new FlowspecRoute(v4(1), DROP)));
        rib.sync(V4, false, ENCODER, IBGP);
        rib.forgetSent();
        assertEquals(0, rib.sentCount());
        assertEquals(1, decode(rib.sync(V4, false, ENCODER, IBGP)).size());
    }

    @Test
    void aRouteThatCannotBeEncodedIsLeftOutAndTheOthersStillGo() throws BgpProtocolException {
        final long[] ports = new long[1400];
        for (int i = 0; i < ports.length; i++) {
            ports[i] = 1000 + i;
        }
        final Fsv1Nlri huge = new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {10, 0, 0, 9}, 32), NumericComponent.anyOf(ComponentType.DESTINATION_PORT, ports));
        rib.want(List.of(new FlowspecRoute(v4(1), DROP), new FlowspecRoute(huge, DROP)));
        final AdjRibOut.Updates updates = rib.sync(V4, false, ENCODER, IBGP);
        assertEquals(List.of(v4(1)), decode(updates).get(0).mpReach().flowspec());
        assertEquals(1, rib.sentCount());
        assertEquals(2, updates.warnings().size());
        assertTrue(updates.warnings().get(0).startsWith("cannot encode a group of 2 routes"),
            updates.warnings().get(0));
        assertTrue(updates.warnings().get(1).startsWith("not advertising "), updates.warnings().get(1));
    }

    @Test
    void aChangeSendsOnlyWhatItNamesAndTheRestStaysAsSent() throws BgpProtocolException {
        rib.want(List.of(new FlowspecRoute(v4(1), DROP), new FlowspecRoute(v4(2), DROP)));
        rib.sync(V4, false, ENCODER, IBGP);

        final AdjRibOut.Change added = rib.change(List.of(new FlowspecRoute(v4(3), DROP)), List.of());
        final List<UpdateMessage> first = decode(rib.sync(added, V4, ENCODER, IBGP, route -> true));
        assertEquals(1, first.size());
        assertEquals(List.of(v4(3)), first.get(0).mpReach().flowspec());
        assertEquals(List.of(), added.gone());

        // v4(1) gets new attributes, v4(2) goes, a NLRI never wanted is withdrawn to no effect
        final AdjRibOut.Change changed = rib.change(List.of(new FlowspecRoute(v4(1), LIMIT)), List.of(v4(2), v4(9)));
        assertEquals(Set.of(new FlowspecRoute(v4(1), DROP), new FlowspecRoute(v4(2), DROP)),
            Set.copyOf(changed.gone()));
        final List<UpdateMessage> second = decode(rib.sync(changed, V4, ENCODER, IBGP, route -> true));
        assertEquals(2, second.size());
        assertEquals(List.of(v4(2)), second.get(0).mpUnreach().flowspec(), "withdrawals first");
        assertEquals(List.of(v4(1)), second.get(1).mpReach().flowspec());
        assertEquals(LIMIT.extendedCommunities(), second.get(1).attributes().extendedCommunities());
        assertEquals(2, rib.sentCount());
        assertEquals(List.of(new FlowspecRoute(v4(1), LIMIT), new FlowspecRoute(v4(3), DROP)), rib.wanted());
        assertEquals(List.of(), rib.sync(V4, false, ENCODER, IBGP).updates(), "a full sync finds nothing left");
    }

    @Test
    void aChangeThatWithdrawsAndPutsTheSameNlriPutsIt() throws BgpProtocolException {
        rib.want(List.of(new FlowspecRoute(v4(1), DROP)));
        rib.sync(V4, false, ENCODER, IBGP);
        final AdjRibOut.Change change = rib.change(List.of(new FlowspecRoute(v4(1), DROP)), List.of(v4(1)));
        assertEquals(List.of(), change.gone(), "wanted as it was");
        assertEquals(List.of(), rib.sync(change, V4, ENCODER, IBGP, route -> true).updates());
        assertEquals(1, rib.sentCount());
    }

    @Test
    void aChangedRouteThatMayNotBeSentIsWithdrawnAndOneOfAnotherFamilyWaits() throws BgpProtocolException {
        rib.want(List.of(new FlowspecRoute(v4(1), DROP)));
        rib.sync(V4, false, ENCODER, IBGP);
        final FlowspecRoute held = new FlowspecRoute(v4(1), LIMIT);
        final AdjRibOut.Change change = rib.change(List.of(held, new FlowspecRoute(v6(1), DROP)), List.of());
        final List<UpdateMessage> updates = decode(rib.sync(change, V4, ENCODER, IBGP, route -> !route.equals(held)));
        assertEquals(1, updates.size());
        assertEquals(List.of(v4(1)), updates.get(0).mpUnreach().flowspec());
        assertEquals(0, rib.sentCount(), "the IPv6 route is not negotiated: kept, not sent");
        assertEquals(List.of(v6(1)), decode(rib.sync(BOTH, false, ENCODER, IBGP, route -> !route.equals(held)))
            .get(0).mpReach().flowspec());
    }
}
