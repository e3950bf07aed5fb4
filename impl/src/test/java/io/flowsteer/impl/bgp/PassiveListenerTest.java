/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.spi.SpeakerConfig;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Where passive sessions are accepted, and where active ones come from (issue 14 item 6: the listener defaults to
 * loopback, and the operator moves it to an interface's address or 0.0.0.0).
 */
class PassiveListenerTest {
    private static final InetSocketAddress LOOPBACK_LISTENER = new InetSocketAddress("127.0.0.1", 179);

    @Test
    void aLoopbackListenerDoesNotSourceSessionsToOtherHosts() throws Exception {
        assertNull(PassiveListener.sourceAddress(LOOPBACK_LISTENER, InetAddress.getByName("192.0.2.1")));
    }

    @Test
    void aLoopbackListenerSourcesSessionsToLoopbackPeers() throws Exception {
        assertEquals(InetAddress.getByName("127.0.0.1"),
            PassiveListener.sourceAddress(LOOPBACK_LISTENER, InetAddress.getByName("127.0.0.2")));
    }

    @Test
    void aListenerOnOneInterfaceSourcesItsSessions() throws Exception {
        assertEquals(InetAddress.getByName("198.51.100.7"), PassiveListener.sourceAddress(
            new InetSocketAddress("198.51.100.7", 179), InetAddress.getByName("192.0.2.1")));
    }

    @Test
    void theWildcardListenerAndNoListenerLeaveTheSourceToTheKernel() throws Exception {
        assertNull(PassiveListener.sourceAddress(new InetSocketAddress("0.0.0.0", 179),
            InetAddress.getByName("192.0.2.1")));
        assertNull(PassiveListener.sourceAddress(null, InetAddress.getByName("192.0.2.1")));
    }

    @Test
    void movingTheListenerFromLoopbackToEveryAddressKeepsItsPort() throws Exception {
        final int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        final Inet4Address routerId = (Inet4Address) InetAddress.getByName("10.0.0.1");
        final SpeakerConfig onLoopback = new SpeakerConfig(routerId, 65001, new InetSocketAddress("127.0.0.1", port));
        try (NettyBgpSouthbound speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(),
                ReconnectPolicy.DEFAULT, onLoopback)) {
            awaitConnect(new InetSocketAddress("127.0.0.1", port));
            speaker.configure(new SpeakerConfig(routerId, 65001, new InetSocketAddress("0.0.0.0", port)));
            // 127.0.0.2 reaches a wildcard listener only: the old loopback one refused it
            awaitConnect(new InetSocketAddress("127.0.0.2", port));
            assertTrue(speaker.boundAddress().getAddress().isAnyLocalAddress(), speaker.boundAddress().toString());
        }
    }

    private static void awaitConnect(final InetSocketAddress address) throws Exception {
        final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(address, 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("nothing accepts on " + address, e);
                }
                Thread.sleep(50);
            }
        }
    }
}
