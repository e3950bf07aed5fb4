/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.spi.BgpPeerListener;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.GracefulRestartConfig;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.spi.TcpMd5Key;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.impl.bgp.NettyBgpSouthbound;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.it.Eventually;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

/**
 * Flowsteer's real speaker for one interop test class: bound to its own 127.0.0.x address (outbound connections
 * leave from it too), one peer, and queues of what the listener reported.
 */
final class SpeakerUnderTest implements AutoCloseable {
    /** How long a test waits for a peer to show something. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    final ConcurrentLinkedQueue<UnicastRoute> unicastAnnounced = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<FlowspecRoute> flowspecAnnounced = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Fsv1Nlri> flowspecWithdrawn = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<BgpFamily> endOfRib = new ConcurrentLinkedQueue<>();
    private final NettyBgpSouthbound speaker;
    private final InetAddress peer;

    /**
     * Starts the speaker and configures the peer.
     *
     * @param localAddress Flowsteer's address (listen and source address)
     * @param localAs Flowsteer's AS
     * @param peer the peer's address
     * @param peerPort the peer's port
     * @param peerAs the peer's AS
     * @param families the families to offer
     */
    SpeakerUnderTest(final InetAddress localAddress, final long localAs, final InetAddress peer, final int peerPort,
            final long peerAs, final Set<BgpFamily> families) {
        this(localAddress, localAs, peer, peerPort, peerAs, families, null);
    }

    SpeakerUnderTest(final InetAddress localAddress, final long localAs, final InetAddress peer, final int peerPort,
            final long peerAs, final Set<BgpFamily> families, final TcpMd5Key md5Key) {
        this(localAddress, localAs, new PeerConfig(peer, peerPort, peerAs, 30, families, false, md5Key));
    }

    SpeakerUnderTest(final InetAddress localAddress, final long localAs, final InetAddress peer, final int peerPort,
            final long peerAs, final Set<BgpFamily> families, final TcpMd5Key md5Key,
            final GracefulRestartConfig gracefulRestart) {
        this(localAddress, localAs, new PeerConfig(peer, peerPort, peerAs, 30, families, false, md5Key),
            gracefulRestart);
    }

    /**
     * Starts the speaker and configures a peer of any configuration.
     *
     * @param localAddress Flowsteer's address (listen and source address)
     * @param localAs Flowsteer's AS
     * @param peerConfig the peer
     */
    SpeakerUnderTest(final InetAddress localAddress, final long localAs, final PeerConfig peerConfig) {
        this(localAddress, localAs, peerConfig, GracefulRestartConfig.DEFAULT);
    }

    /**
     * Starts the speaker, with a graceful restart of its own, and configures a peer of any configuration.
     *
     * @param localAddress Flowsteer's address (listen and source address)
     * @param localAs Flowsteer's AS
     * @param peerConfig the peer
     * @param gracefulRestart what the speaker asks of the peer (RFC 4724)
     */
    SpeakerUnderTest(final InetAddress localAddress, final long localAs, final PeerConfig peerConfig,
            final GracefulRestartConfig gracefulRestart) {
        this.peer = peerConfig.address();
        speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofMillis(200),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2)),
            new SpeakerConfig(TestRoutes.ipv4(localAddress.getHostAddress()), localAs,
                new InetSocketAddress(localAddress, 0), TbdCodePoints.DEFAULT, gracefulRestart));
        speaker.registerListener(new BgpPeerListener() {
            @Override
            public void onUnicastRoutes(final InetAddress from, final List<UnicastRoute> announced,
                    final List<UnicastRoute> withdrawn) {
                unicastAnnounced.addAll(announced);
            }

            @Override
            public void onFlowspecRoutes(final InetAddress from, final List<FlowspecRoute> announced,
                    final List<Fsv1Nlri> withdrawn) {
                flowspecAnnounced.addAll(announced);
                flowspecWithdrawn.addAll(withdrawn);
            }

            @Override
            public void onEndOfRib(final InetAddress from, final BgpFamily family) {
                endOfRib.add(family);
            }
        });
        speaker.putPeer(peerConfig);
    }

    NettyBgpSouthbound speaker() {
        return speaker;
    }

    InetAddress peer() {
        return peer;
    }

    PeerStatus status() {
        return speaker.status(peer);
    }

    BgpSessionState state() {
        final PeerStatus status = speaker.status(peer);
        return status == null ? null : status.state();
    }

    long establishedTransitions() {
        return status().counters().establishedTransitions();
    }

    void advertise(final Collection<?> routes) {
        final List<FlowspecRoute> out = new ArrayList<>();
        for (Object route : routes) {
            out.add(route instanceof TestRoutes test ? test.route() : (FlowspecRoute) route);
        }
        speaker.setAdjRibOut(peer, out);
    }

    /**
     * Waits until the speaker's listener is bound and carries the socket options of the configured peer.
     *
     * @return its address and port
     * @throws InterruptedException when interrupted
     */
    InetSocketAddress awaitListening() throws InterruptedException {
        await("the speaker listens", () -> speaker.boundAddress() != null && speaker.boundAddress().getPort() != 0);
        // The listener's socket options that follow the peers (TCP-MD5 keys, GTSM's TTL) are set on the speaker's
        // loop by the task that configures the peer, which may run after the bind: wait for the peer, then let the
        // speaker's loop run one more task (removing a peer that was never configured), so that every task queued
        // before it, that one included, is done.
        await("the peer configured", () -> state() != null);
        try {
            speaker.removePeer(InetAddress.getByName("192.0.2.1"));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
        return speaker.boundAddress();
    }

    void awaitEstablished() throws InterruptedException {
        await("session with " + peer.getHostAddress() + " established", () -> state() == BgpSessionState.ESTABLISHED);
    }

    static void await(final String what, final BooleanSupplier condition) throws InterruptedException {
        await(what, TIMEOUT, condition);
    }

    static void await(final String what, final Duration timeout, final BooleanSupplier condition)
            throws InterruptedException {
        Eventually.await(what, timeout, Duration.ofMillis(50), condition::getAsBoolean);
    }

    @Override
    public void close() {
        speaker.close();
    }
}
