/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where the booted distribution listens (issue 14 item 6, docs/user-guide.md "Listening addresses"): RESTCONF on
 * the address it is configured with, the console, the cluster and everything else on loopback only, and the BGP
 * speaker, when its {@code listen-address} is not set, on loopback too. Read from the kernel's socket tables for
 * the Karaf JVM, as {@code ss -ltnp} shows them.
 */
@ExtendWith(ControllerExtension.class)
class ListeningAddressesIT {
    private static final String SPEAKER = "/data/flowsteer-devices:bgp-speaker";
    private static final InetSocketAddress CONSOLE = new InetSocketAddress("127.0.0.1", 8101);

    @Test
    void restconfListensWhereConfiguredAndEverythingElseOnLoopbackOnly(final Controller controller)
            throws Exception {
        final List<InetSocketAddress> sockets = controller.listeningSockets();
        assertTrue(sockets.contains(controller.restconfAddress()), "RESTCONF is not on "
            + controller.restconfAddress() + ": " + sockets);
        assertTrue(sockets.contains(CONSOLE), "the console is not on " + CONSOLE + ": " + sockets);
        assertEquals(List.of(), sockets.stream().filter(socket -> !socket.getAddress().isLoopbackAddress()).toList(),
            "listening beyond loopback; all listeners: " + sockets);
    }

    @Test
    void aSpeakerWithoutListenAddressAcceptsPassiveSessionsOnLoopbackOnly(final Controller controller,
            final Restconf restconf) throws Exception {
        final int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        final Restconf.Response before = restconf.get(SPEAKER + "?content=config");
        final int put = restconf.put(SPEAKER, "{\"flowsteer-devices:bgp-speaker\":{\"listen-port\":" + port + "}}")
            .status();
        try {
            assertTrue(put == 201 || put == 204, "PUT bgp-speaker answered " + put);
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            List<InetSocketAddress> sockets = controller.listeningSockets();
            while (sockets.stream().noneMatch(socket -> socket.getPort() == port) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                sockets = controller.listeningSockets();
            }
            assertEquals(List.of(new InetSocketAddress("127.0.0.1", port)),
                sockets.stream().filter(socket -> socket.getPort() == port).toList(),
                "the speaker's listener; all listeners: " + sockets);
        } finally {
            // the other ITs share this controller: give back the speaker they configured, or none
            final int restored = before.status() == 200 ? restconf.put(SPEAKER, before.body()).status()
                : restconf.delete(SPEAKER).status();
            assertTrue(restored == 201 || restored == 204, "restoring bgp-speaker answered " + restored);
        }
    }
}
