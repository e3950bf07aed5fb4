/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static io.flowsteer.impl.bgp.ScriptedPeer.rawUpdate;
import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.PrefixLimitExceeded;
import io.flowsteer.api.spi.PrefixLimits;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.impl.engine.BgpStatusView;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.MaxPrefixesExceeded;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Bgp;

/**
 * A scripted peer sends more flowspec routes than its limit (RFC 4486 section 4).
 */
class BgpSpeakerMaxPrefixesTest {
    private static final long PEER_AS = 65000;

    private ScriptedPeer peer;
    private NettyBgpSouthbound speaker;
    private final InetAddress peerAddress = InetAddress.getLoopbackAddress();

    private void start(final PrefixLimits limits) throws Exception {
        peer = new ScriptedPeer();
        speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2)),
            new SpeakerConfig((Inet4Address) InetAddress.getByName("10.0.0.1"), 65001, null));
        speaker.putPeer(new PeerConfig(peerAddress, peer.port(), PEER_AS, 90, Set.of(BgpFamily.IPV4_FLOWSPEC),
            false, limits));
        peer.accept();
        establish();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (speaker != null) {
            speaker.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    private void establish() throws Exception {
        peer.readUntil(OpenMessage.class);
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) PEER_AS, 90,
            (Inet4Address) InetAddress.getByName("10.0.0.2"), List.of(new Capability.Multiprotocol(1, 133),
                new Capability.FourOctetAs(PEER_AS))), out);
        BgpMessageCodec.encodeKeepalive(out);
        peer.write(out);
        await(() -> status().state() == BgpSessionState.ESTABLISHED);
    }

    private PeerStatus status() {
        return speaker.status(peerAddress);
    }

    @Test
    void aPeerOverItsFlowspecLimitIsClosedWithCeaseOneAndTriedAgainAfterRestartAfter() throws Exception {
        start(new PrefixLimits(5, 1_000_000, true, 1));
        peer.write(announce(0, 3));
        await(() -> status().receivedFlowspec() == 3);
        assertEquals(3, status().receivedRoutes(), "routes-received counts flowspec routes");
        assertNull(BgpStatusView.reason(status()));

        peer.write(announce(3, 3));
        final NotificationMessage cease = peer.readUntil(NotificationMessage.class);
        final Instant closed = Instant.now();
        assertEquals(NotificationMessage.CEASE, cease.code());
        assertEquals(NotificationMessage.MAXIMUM_PREFIXES_REACHED, cease.subcode());
        // RFC 4486 section 4: AFI 1, SAFI 133, upper bound 5
        assertEquals("00018500000005", cease.data().hex());
        assertTrue(peer.closedByPeer());

        await(() -> status().state() == BgpSessionState.IDLE);
        final PrefixLimitExceeded over = status().overLimit();
        assertNotNull(over);
        assertEquals(new PrefixLimitExceeded("flowspec", BgpFamily.IPV4_FLOWSPEC, 6, 5, true), over);
        assertEquals(0, status().receivedRoutes());
        final Bgp bgp = BgpStatusView.of(status(), status().receivedRoutes(), closed);
        assertEquals(MaxPrefixesExceeded.VALUE, bgp.getReasonCode());
        assertEquals(1, status().counters().sessionResets());

        peer.accept();
        assertTrue(Duration.between(closed, Instant.now()).toMillis() >= 900, "restart-after is 1 s");
        establish();
        assertNull(BgpStatusView.reason(status()), "established again: nothing to say");
    }

    @Test
    void warnOnlyKeepsTheSessionAndEveryRouteAndSaysSoUntilTheRoutesAreUnderTheLimit() throws Exception {
        start(new PrefixLimits(2, 1_000_000, false, 60));
        peer.write(announce(0, 3));
        await(() -> status().overLimit() != null);
        assertEquals(BgpSessionState.ESTABLISHED, status().state());
        assertEquals(3, status().receivedFlowspec());
        assertEquals(new PrefixLimitExceeded("flowspec", BgpFamily.IPV4_FLOWSPEC, 3, 2, false), status().overLimit());
        assertEquals(MaxPrefixesExceeded.VALUE, BgpStatusView.reason(status()).code());
        assertEquals(0, status().counters().sessionResets());

        peer.write(withdraw(0, 2));
        await(() -> status().receivedFlowspec() == 1);
        assertNull(status().overLimit());
        assertNull(BgpStatusView.reason(status()));
    }

    @Test
    void aSessionDownForAnotherReasonIsSessionDown() throws Exception {
        start(new PrefixLimits(2, 1_000_000, false, 60));
        peer.write(announce(0, 3));
        await(() -> status().overLimit() != null);
        peer.close();
        await(() -> status().state() != BgpSessionState.ESTABLISHED);
        assertNull(status().overLimit(), "a warning ends with the routes");
        assertEquals(SessionDown.VALUE, BgpStatusView.reason(status()).code());
    }

    /** UPDATE announcing 172.16.0.N/32 for N in first..first+count-1 in MP_REACH_NLRI 1/133. */
    private static byte[] announce(final int first, final int count) {
        final StringBuilder nlri = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            nlri.append(String.format("060120ac1000%02x", i));
        }
        final int length = 5 + nlri.length() / 2;
        return rawUpdate("40010100" + "400206020100 00fde8"
            + String.format("800e%02x 0001 85 00 00", length) + nlri);
    }

    private static byte[] withdraw(final int first, final int count) {
        final StringBuilder nlri = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            nlri.append(String.format("060120ac1000%02x", i));
        }
        return rawUpdate(String.format("800f%02x 0001 85", 3 + nlri.length() / 2) + nlri);
    }

}
