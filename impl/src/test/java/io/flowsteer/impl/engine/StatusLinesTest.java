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

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerCounters;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.RefusedRoute;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import io.flowsteer.impl.testing.TestSecrets;
import java.net.Inet4Address;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FamilyNotNegotiated;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HeldBack;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NoBgpSession;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NotResolvedYet;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RefusedByRouter;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.common.Uint32;

class StatusLinesTest {
    private static final CompiledRule RULE = ((Compilation.Compiled) new RuleCompiler().compile(
        Rules.dns("block-dns", "192.0.2.0/24").build())).rule();
    private static final RuleVerdict SEND = new RuleVerdict(RuleState.Advertised, Reasons.NONE, "discard", true);
    private static final PeerConfig PEER = BgpConfigs.peer("r1", new BgpBuilder()
        .setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("192.0.2.1"))).setPeerAs(Uint32.valueOf(65010))
        .build(), TestSecrets.opener());

    @Test
    void aRuleNotResolvedYetIsPending() {
        final DeviceStatusLine line = StatusLines.of(RULE, null, PEER, null);
        assertEquals(RuleState.Pending, line.state());
        assertEquals(NotResolvedYet.VALUE, line.reasons().leading().code());
    }

    @Test
    void aRuleTheRouterDoesNotGetKeepsTheVerdict() {
        final RuleVerdict refused = new RuleVerdict(RuleState.InvalidRedirect,
            Reasons.of(Reason.of(UnresolvedNextHop.VALUE, "no route")), null, false);
        assertEquals(new DeviceStatusLine(RuleState.InvalidRedirect, refused.reasons(), null),
            StatusLines.of(RULE, refused, null, null));
    }

    @Test
    void aRuleToSendWaitsForThePeerAndItsSession() {
        final DeviceStatusLine noPeer = StatusLines.of(RULE, SEND, null, null);
        assertEquals(RuleState.Pending, noPeer.state());
        assertEquals(NoBgpSession.VALUE, noPeer.reasons().leading().code());
        final DeviceStatusLine notStarted = StatusLines.of(RULE, SEND, PEER, null);
        assertEquals(RuleState.Pending, notStarted.state());
        assertEquals(SessionDown.VALUE, notStarted.reasons().leading().code());
        assertNull(notStarted.effectiveAction(), "the router does nothing with a rule it was not sent");
    }

    private static PeerStatus session(final BgpSessionState state, final List<RefusedRoute> refused,
            final List<FlowspecRoute> heldBack) {
        final NegotiatedSession negotiated = state != BgpSessionState.ESTABLISHED ? null
            : new NegotiatedSession(65010, (Inet4Address) PEER.address(), 90,
                Set.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC), true, true, false, false, Set.of());
        return new PeerStatus(PEER.address(), state, negotiated, PeerCounters.ZERO, null, 0, 0, 0, null, null, 0,
            refused, heldBack);
    }

    @Test
    void anEstablishedSessionShowsTheVerdictAndItsEffectiveAction() {
        final DeviceStatusLine line = StatusLines.of(RULE, SEND, PEER,
            session(BgpSessionState.ESTABLISHED, List.of(), List.of()));
        assertEquals(new DeviceStatusLine(RuleState.Advertised, Reasons.NONE, "discard"), line);
    }

    @Test
    void aRefusedRouteIsRejectedQuotingTheNotificationEvenWhileTheSessionIsDown() {
        final RefusedRoute refused = new RefusedRoute(FlowspecRoutes.of(RULE, SEND), new NotificationMessage(3, 9,
            Octets.fromHex("900e00050001850000")));
        final DeviceStatusLine up = StatusLines.of(RULE, SEND, PEER,
            session(BgpSessionState.ESTABLISHED, List.of(refused), List.of()));
        assertEquals(RuleState.Rejected, up.state());
        assertEquals(RefusedByRouter.VALUE, up.reasons().leading().code());
        assertNull(up.effectiveAction());
        assertEquals("the router refused the rule: it reset the BGP session with NOTIFICATION 3/9 (UPDATE Message"
            + " Error, Optional Attribute Error), data 900e00050001850000: attribute MP_REACH_NLRI (14), 5 octets,"
            + " AFI 1 SAFI 133 each time it was sent the rule's route; not sent to it again until the rule changes"
            + " or resync-device is run", up.reason());
        assertEquals("900e00050001850000", up.reasons().leading().argument("notification-data"));
        final DeviceStatusLine down = StatusLines.of(RULE, SEND, PEER,
            session(BgpSessionState.ACTIVE, List.of(refused), List.of()));
        assertEquals(RuleState.Rejected, down.state());
        assertEquals(List.of(RefusedByRouter.VALUE, SessionDown.VALUE), down.reasons().codes());
    }

    @Test
    void aChangedRuleIsNoLongerTheRefusedRoute() {
        final RefusedRoute refused = new RefusedRoute(new FlowspecRoute(RULE.nlri(),
            RouteAttributes.of(new TrafficRateBytes(0, 100f))), null);
        assertEquals(RuleState.Advertised, StatusLines.of(RULE, SEND, PEER,
            session(BgpSessionState.ESTABLISHED, List.of(refused), List.of())).state());
    }

    @Test
    void aHeldBackRouteIsPendingWithoutEffect() {
        final DeviceStatusLine line = StatusLines.of(RULE, SEND, PEER, session(BgpSessionState.ESTABLISHED,
            List.of(), List.of(FlowspecRoutes.of(RULE, SEND))));
        assertEquals(RuleState.Pending, line.state());
        assertEquals(HeldBack.VALUE, line.reasons().leading().code());
        assertNull(line.effectiveAction());
    }

    @Test
    void aFamilyTheRouterIsNotOfferedIsUnsupportedNotPendingWhileTheSessionIsDown() {
        final PeerConfig v6Only = new PeerConfig(PEER.address(), PEER.port(), PEER.peerAs(), PEER.holdTime(),
            Set.of(BgpFamily.IPV6_FLOWSPEC), false);
        final DeviceStatusLine line = StatusLines.of(RULE, SEND, v6Only, null);
        assertEquals(RuleState.Unsupported, line.state());
        assertEquals(FamilyNotNegotiated.VALUE, line.reasons().leading().code());
        assertNull(line.effectiveAction());
    }

    @Test
    void aRuleTheRoutersProfileTakesIsSentAsAnyOther() {
        final DeviceStatusLine line = StatusLines.of(RULE, SEND, PEER,
            session(BgpSessionState.ESTABLISHED, List.of(), List.of()), RouterProfile.FRR);
        assertEquals(new DeviceStatusLine(RuleState.Advertised, Reasons.NONE, "discard"), line);
    }
}
