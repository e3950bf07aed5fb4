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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessage;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.RouteRefreshMessage;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bgp.UpdateMessageCodec;
import io.flowsteer.api.community.ActionChainOrdering;
import io.flowsteer.api.community.ExtendedCommunityCodePoints;
import io.flowsteer.api.community.RedirectToIndirectionId;
import io.flowsteer.api.community.UnknownExtendedCommunity;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The speaker follows {@code bgp-speaker/code-points} live: what it decodes from a peer and what it sends change
 * with them, and the session stays up.
 */
class BgpSpeakerCodePointsTest {
    private static final long LOCAL_AS = 65001;
    private static final long PEER_AS = 65000;
    /** Indirection-id type 0x47, sub-type 0x11; ACO sub-type 0x41: all free of fixed communities. */
    private static final TbdCodePoints CONFIGURED = new TbdCodePoints(Fsv2Config.DEFAULT,
        new ExtendedCommunityCodePoints(0x47, 0x11, 0x41), 0x80000001L, 0x80000002L, 0xfff0);

    private ScriptedPeer peer;
    private NettyBgpSouthbound speaker;
    private InetAddress peerAddress;
    private Inet4Address routerId;

    @BeforeEach
    void setUp() throws Exception {
        peer = new ScriptedPeer();
        peerAddress = InetAddress.getLoopbackAddress();
        routerId = (Inet4Address) InetAddress.getByName("10.0.0.1");
        speaker = new NettyBgpSouthbound(new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(30), Duration.ofSeconds(2)), new SpeakerConfig(routerId, LOCAL_AS, null));
        speaker.putPeer(new PeerConfig(peerAddress, peer.port(), PEER_AS, 90, Set.of(BgpFamily.IPV4_FLOWSPEC),
            false));
        // as the engine does once it read the stored rules: the initial update can end
        speaker.setAdjRibOut(peerAddress, List.of());
        peer.accept();
        peer.readUntil(OpenMessage.class);
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) PEER_AS, 90,
            (Inet4Address) InetAddress.getByName("10.0.0.2"), List.of(new Capability.Multiprotocol(1, 133),
                new Capability.RouteRefresh(), new Capability.FourOctetAs(PEER_AS))), out);
        BgpMessageCodec.encodeKeepalive(out);
        peer.write(out);
        await(() -> speaker.status(peerAddress).state() == BgpSessionState.ESTABLISHED);
        assertEquals(BgpFamily.IPV4_FLOWSPEC, peer.readUntil(UpdateMessage.class).endOfRib());
    }

    @AfterEach
    void tearDown() throws Exception {
        speaker.close();
        peer.close();
    }

    @Test
    void aReceivedCommunityWithTheConfiguredIndirectionIdTypeDecodesAsAnIndirectionId() throws Exception {
        // ORIGIN, AS_PATH [65000], MP_REACH_NLRI 1/133 10.0.0.0/8, EXTENDED_COMMUNITIES 47 11, S-ID 1, id-type 1,
        // id 42
        final byte[] update = rawUpdate("40010100" + "400206020100 00fde8" + "800e09 0001 85 00 00 03 01 08 0a"
            + "c01008 4711 02 01 0000002a");
        peer.write(update);
        await(() -> speaker.receivedFlowspec(peerAddress).size() == 1);
        assertInstanceOf(UnknownExtendedCommunity.class, received().get(0), "not an indirection-id by default");

        speaker.configure(new SpeakerConfig(routerId, LOCAL_AS, null, CONFIGURED));
        // the speaker asks the peer to send its routes again, to decode them with the new code points
        final RouteRefreshMessage refresh = readUntil(RouteRefreshMessage.class, CONFIGURED);
        assertEquals(List.of(1, 133), List.of(refresh.afi(), refresh.safi()));
        peer.write(update);
        await(() -> received().get(0) instanceof RedirectToIndirectionId);
        assertEquals(new RedirectToIndirectionId(1, false, 1, 42), received().get(0));
        assertEquals(0, speaker.status(peerAddress).counters().sessionResets());
    }

    @Test
    void changingTheAcoSubTypeSendsTheAdjRibOutAgainWithoutResettingTheSession() throws Exception {
        final FlowspecRoute route = new FlowspecRoute(new Fsv1Nlri(Afi.IPV4,
            IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {(byte) 192, 0, 2, 0}, 24)),
            RouteAttributes.of(new ActionChainOrdering(ActionChainOrdering.INTERACTION_LOCAL_CONFIG,
                ActionChainOrdering.FAILURE_CONTINUE)));
        speaker.setAdjRibOut(peerAddress, List.of(route));
        final byte[] before = readUpdate();
        assertTrue(hex(before).contains("80f0010100000000"), hex(before));

        speaker.configure(new SpeakerConfig(routerId, LOCAL_AS, null, CONFIGURED));
        final byte[] after = readUpdate();
        assertTrue(hex(after).contains("8041010100000000"), hex(after));
        final UpdateMessage decoded = (UpdateMessage) decode(after, CONFIGURED);
        assertEquals(route.attributes().extendedCommunities(), decoded.attributes().extendedCommunities());
        assertEquals(List.of(route.nlri()), decoded.mpReach().flowspec());
        assertEquals(BgpSessionState.ESTABLISHED, speaker.status(peerAddress).state());
        assertEquals(0, speaker.status(peerAddress).counters().sessionResets());
    }

    @Test
    void changingTheFsv2SafiStillResetsTheSessionBecauseTheCapabilitiesChange() throws Exception {
        speaker.configure(new SpeakerConfig(routerId, LOCAL_AS, null, CONFIGURED.withFsv2(new Fsv2Config(256, 247,
            248))));
        final NotificationMessage notification = peer.readUntil(NotificationMessage.class);
        assertEquals(List.of(NotificationMessage.CEASE, NotificationMessage.OTHER_CONFIGURATION_CHANGE),
            List.of(notification.code(), notification.subcode()));
    }

    private List<?> received() {
        return speaker.receivedFlowspec(peerAddress).get(0).route().attributes().extendedCommunities();
    }

    private byte[] readUpdate() throws Exception {
        while (true) {
            final byte[] raw = peer.readRaw();
            if (raw[18] == 2 && decode(raw, TbdCodePoints.DEFAULT) instanceof UpdateMessage update
                    && update.endOfRib() == null) {
                return raw;
            }
        }
    }

    private <T extends BgpMessage> T readUntil(final Class<T> type, final TbdCodePoints codePoints)
            throws Exception {
        while (true) {
            final BgpMessage message = decode(peer.readRaw(), codePoints);
            if (type.isInstance(message)) {
                return type.cast(message);
            }
        }
    }

    private static BgpMessage decode(final byte[] raw, final TbdCodePoints codePoints) throws Exception {
        return new BgpMessageCodec(new UpdateMessageCodec(codePoints.communityCodec(), codePoints.fsv2()))
            .decode(Unpooled.wrappedBuffer(raw), true);
    }

    private static String hex(final byte[] raw) {
        return HexFormat.of().formatHex(raw);
    }

}
