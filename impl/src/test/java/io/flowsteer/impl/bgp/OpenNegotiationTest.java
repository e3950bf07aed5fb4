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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpProtocolException;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.spi.GracefulRestartConfig;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.wire.Fsv2Config;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link OpenNegotiation}: the OPEN sent and the checks of the OPEN received, RFC 4271 section 6.2.
 */
class OpenNegotiationTest {
    private static final SpeakerConfig LOCAL = new SpeakerConfig(v4("192.0.2.1"), 65000, null, Fsv2Config.DEFAULT);
    private static final PeerConfig PEER = new PeerConfig(v4("192.0.2.2"), 179, 65001, 90,
        Set.of(BgpFamily.IPV4_UNICAST, BgpFamily.IPV4_FLOWSPEC), false);

    private static Inet4Address v4(final String literal) {
        try {
            return (Inet4Address) InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static OpenMessage open(final int myAs, final int holdTime, final String identifier,
            final Capability... capabilities) {
        return new OpenMessage(OpenMessage.VERSION, myAs, holdTime, v4(identifier), List.of(capabilities));
    }

    @Test
    void theLocalOpenOffersEachFamilyAndTheCapabilitiesThisSpeakerHas() {
        final OpenMessage open = OpenNegotiation.localOpen(PEER, LOCAL, false);
        assertEquals(4, open.version());
        assertEquals(65000, open.myAs());
        assertEquals(90, open.holdTime());
        assertEquals(List.of(new Capability.Multiprotocol(1, 1), new Capability.Multiprotocol(1, 133),
            new Capability.RouteRefresh(), new Capability.FourOctetAs(65000), new Capability.ExtendedMessage(),
            new Capability.GracefulRestart(false, 120, List.of(new Capability.GracefulRestartFamily(1, 133, true))),
            new Capability.LongLivedGracefulRestart(List.of(new Capability.LongLivedFamily(1, 133, true, 3600)))),
            open.capabilities());
    }

    @Test
    void gracefulRestartKeepsEveryFlowspecFamilyAndSaysWhenTheSpeakerRestarted() {
        final PeerConfig both = new PeerConfig(v4("192.0.2.2"), 179, 65001, 90, Set.of(BgpFamily.IPV4_UNICAST,
            BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC), false);
        final SpeakerConfig local = new SpeakerConfig(v4("192.0.2.1"), 65000, null, LOCAL.codePoints(),
            new GracefulRestartConfig(true, 300));
        assertEquals(new Capability.GracefulRestart(true, 300, List.of(new Capability.GracefulRestartFamily(1, 133,
            true), new Capability.GracefulRestartFamily(2, 133, true))), restartCapability(OpenNegotiation.localOpen(
                both, local, true)));
        final SpeakerConfig off = new SpeakerConfig(v4("192.0.2.1"), 65000, null, LOCAL.codePoints(),
            new GracefulRestartConfig(false, 300));
        assertEquals(new Capability.GracefulRestart(false, 300, List.of()),
            restartCapability(OpenNegotiation.localOpen(both, off, true)), "End-of-RIB only");
    }

    @Test
    void longLivedGracefulRestartListsEveryFlowspecFamilyWithItsStaleTimeAndOnlyWhenAsked() {
        final PeerConfig both = new PeerConfig(v4("192.0.2.2"), 179, 65001, 90, Set.of(BgpFamily.IPV4_UNICAST,
            BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC), false);
        final SpeakerConfig longLived = new SpeakerConfig(v4("192.0.2.1"), 65000, null, LOCAL.codePoints(),
            new GracefulRestartConfig(true, 30, 86400));
        assertEquals(List.of(new Capability.LongLivedGracefulRestart(List.of(
            new Capability.LongLivedFamily(1, 133, true, 86400), new Capability.LongLivedFamily(2, 133, true, 86400)))),
            longLived(OpenNegotiation.localOpen(both, longLived, true)));
        for (GracefulRestartConfig none : List.of(new GracefulRestartConfig(true, 30, 0),
                new GracefulRestartConfig(false, 30, 86400))) {
            assertEquals(List.of(), longLived(OpenNegotiation.localOpen(both, new SpeakerConfig(v4("192.0.2.1"), 65000,
                null, LOCAL.codePoints(), none), true)), none.toString());
        }
    }

    private static List<Capability> longLived(final OpenMessage open) {
        return open.capabilities().stream().filter(Capability.LongLivedGracefulRestart.class::isInstance).toList();
    }

    private static Capability restartCapability(final OpenMessage open) {
        return open.capabilities().stream().filter(Capability.GracefulRestart.class::isInstance).findFirst()
            .orElseThrow();
    }

    @Test
    void aFourOctetLocalAsIsSentAsAsTrans() {
        final SpeakerConfig wide = new SpeakerConfig(v4("192.0.2.1"), 4200000000L, null, Fsv2Config.DEFAULT);
        assertEquals(OpenMessage.AS_TRANS, OpenNegotiation.localOpen(PEER, wide, false).myAs());
    }

    @Test
    void negotiationKeepsTheCommonFamiliesAndTheSmallerHoldTime() throws BgpProtocolException {
        final NegotiatedSession session = OpenNegotiation.negotiate(open(65001, 30, "192.0.2.2",
            new Capability.Multiprotocol(1, 133), new Capability.Multiprotocol(2, 133), new Capability.RouteRefresh()),
            PEER, LOCAL);
        assertEquals(Set.of(BgpFamily.IPV4_FLOWSPEC), session.families());
        assertEquals(30, session.holdTime());
        assertTrue(session.routeRefresh());
        assertFalse(session.fourOctetAs());
        assertEquals(65001, session.remoteAs());
    }

    @Test
    void withoutMultiprotocolOnlyIpv4UnicastIsNegotiated() throws BgpProtocolException {
        assertEquals(Set.of(BgpFamily.IPV4_UNICAST),
            OpenNegotiation.negotiate(open(65001, 90, "192.0.2.2"), PEER, LOCAL).families());
    }

    @Test
    void aWrongPeerAsABadHoldTimeOrABadIdentifierIsAnOpenMessageError() {
        assertEquals(NotificationMessage.BAD_PEER_AS, assertThrows(BgpProtocolException.class,
            () -> OpenNegotiation.negotiate(open(65002, 90, "192.0.2.2"), PEER, LOCAL)).toNotification().subcode());
        assertEquals(NotificationMessage.UNACCEPTABLE_HOLD_TIME, assertThrows(BgpProtocolException.class,
            () -> OpenNegotiation.negotiate(open(65001, 2, "192.0.2.2"), PEER, LOCAL)).toNotification().subcode());
        assertEquals(NotificationMessage.BAD_BGP_IDENTIFIER, assertThrows(BgpProtocolException.class,
            () -> OpenNegotiation.negotiate(open(65001, 90, "0.0.0.0"), PEER, LOCAL)).toNotification().subcode());
        assertEquals(0, assertThrows(BgpProtocolException.class, () -> OpenNegotiation.negotiate(
            open(65001, 1, "192.0.2.2"), PEER, LOCAL)).toNotification().data().length());
    }
}
