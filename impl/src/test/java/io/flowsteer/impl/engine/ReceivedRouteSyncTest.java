/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.impl.bgp.NettyBgpSouthbound;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.ReceivedRoutes;

/**
 * A router that sent more routes than the status lists: the first {@link ReceivedRouteSync#LISTED} are listed, all
 * are counted, and the session's routes-received counts them too.
 */
class ReceivedRouteSyncTest {
    private static final int SENT = ReceivedRouteSync.LISTED + 5;

    @Test
    void theStatusListsTheFirstThousandRoutesAndCountsEveryOne() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final StatusWriter writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.systemUTC());
        writer.start();
        final InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 1, loopback);
                NettyBgpSouthbound speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(),
                    new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30),
                        Duration.ofSeconds(2)),
                    new SpeakerConfig((Inet4Address) InetAddress.getByName("10.0.0.1"), 65001, null))) {
            final PeerConfig peer = new PeerConfig(loopback, server.getLocalPort(), 65000, 90,
                Set.of(BgpFamily.IPV4_FLOWSPEC), false);
            speaker.putPeer(peer);
            server.setSoTimeout(10_000);
            try (Socket socket = server.accept()) {
                final OutputStream out = socket.getOutputStream();
                final ByteBuf open = Unpooled.buffer();
                BgpMessageCodec.encodeOpen(new OpenMessage(4, 65000, 90, (Inet4Address) InetAddress.getByName(
                    "10.0.0.2"), List.of(new Capability.Multiprotocol(1, 133), new Capability.FourOctetAs(65000))),
                    open);
                BgpMessageCodec.encodeKeepalive(open);
                out.write(bytes(open));
                await(() -> speaker.status(loopback).state() == BgpSessionState.ESTABLISHED);
                for (int first = 0; first < SENT; first += 200) {
                    out.write(announce(first, Math.min(200, SENT - first)));
                }
                out.flush();
                await(() -> speaker.status(loopback).receivedFlowspec() == SENT);

                final RouterState router = new RouterState();
                router.peer = peer;
                router.session = speaker.status(loopback);
                router.receivedChanged = true;
                new ReceivedRouteSync(speaker, writer).sync(Map.of("r1", router));
                assertEquals(ReceivedRouteSync.LISTED, router.receivedFlowspec.size());
                assertEquals(SENT, router.session.receivedRoutes(), "routes-received");

                final ReceivedRoutes routes = await(() -> {
                    final Optional<ReceivedRoutes> read = mdsal.read(LogicalDatastoreType.OPERATIONAL,
                        StatusPaths.devicePath("r1").child(ReceivedRoutes.class));
                    return read.orElse(null);
                }, found -> found != null && found.getNotListed() != null
                    && found.nonnullFlowspec().size() == ReceivedRouteSync.LISTED);
                assertEquals(SENT, routes.getFlowspecCount().getValue().longValue());
                assertEquals(0, routes.getUnicastCount().getValue().longValue());
                assertEquals(5, routes.getNotListed().getValue().longValue());
            }
        } finally {
            writer.close();
        }
    }

    /** UPDATE announcing 172.16.N/32 (N = first..first+count-1, two octets) in MP_REACH_NLRI 1/133. */
    private static byte[] announce(final int first, final int count) {
        final StringBuilder nlri = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            nlri.append(String.format("060120ac10%04x", i));
        }
        final byte[] attributes = HexFormat.of().parseHex("40010100" + "400206020100 00fde8".replace(" ", "")
            + String.format("900e%04x", 5 + nlri.length() / 2) + "0001850000" + nlri);
        final ByteBuf out = Unpooled.buffer();
        for (int i = 0; i < 16; i++) {
            out.writeByte(0xff);
        }
        out.writeShort(19 + 4 + attributes.length).writeByte(2).writeShort(0).writeShort(attributes.length)
            .writeBytes(attributes);
        return bytes(out);
    }

    private static byte[] bytes(final ByteBuf buf) {
        final byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        return out;
    }
}
