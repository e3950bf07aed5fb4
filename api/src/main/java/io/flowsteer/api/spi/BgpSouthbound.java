/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import io.flowsteer.api.bgp.BgpFamily;
import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The BGP southbound: a speaker that keeps sessions with routers and advertises to each the flowspec routes the
 * engine wants it to have. The engine states the wanted Adj-RIB-Out per peer (RFC 4271 section 3.2); the speaker
 * sends the difference, re-sends on ROUTE-REFRESH (RFC 2918) and after reconnects, and reports through
 * {@link BgpPeerListener}. All methods are thread-safe and return without waiting for the network.
 */
public interface BgpSouthbound extends AutoCloseable {
    /**
     * Sets the local speaker. Changing the router id, AS or FSv2 code points resets every session; changing the
     * listen address rebinds the listener.
     *
     * @param config the speaker configuration
     */
    void configure(@NonNull SpeakerConfig config);

    /**
     * Adds a peer, or replaces its configuration (which resets its session when anything but the families'
     * order changed). Its Adj-RIB-Out starts empty for a new peer and is kept for a replaced one. A new peer's
     * sessions end their initial update with End-of-RIB (RFC 4724 section 2) only once the caller has set its
     * Adj-RIB-Out, empty or not: until then the router keeps what an earlier session gave it.
     *
     * @param config the peer
     */
    void putPeer(@NonNull PeerConfig config);

    /**
     * Removes a peer, sending a NOTIFICATION Cease / Peer De-configured (RFC 4486 section 4) if established.
     *
     * @param peer the peer's address
     * @return true when the peer existed
     */
    boolean removePeer(@NonNull InetAddress peer);

    /**
     * Sets the flowspec routes the peer should have. The speaker advertises the routes that are new or whose
     * attributes changed and withdraws those no longer present. Routes of families not negotiated with the peer
     * are kept and sent when a later session negotiates them.
     *
     * @param peer the peer's address
     * @param routes the wanted Adj-RIB-Out; a later route with the same NLRI replaces an earlier one
     * @throws IllegalArgumentException when the peer is not configured
     */
    void setAdjRibOut(@NonNull InetAddress peer, @NonNull Collection<FlowspecRoute> routes);

    /**
     * Sets the flowspec routes the peer should have, as {@link #setAdjRibOut}, and tells when the speaker has written
     * the UPDATEs this brought to the peer's session, so that a caller can say a route was sent only once it was.
     * It completes at once when nothing was to be sent (no session, or no change). A speaker that cannot tell
     * completes when it took the routes.
     *
     * @param peer the peer's address
     * @param routes the wanted Adj-RIB-Out; a later route with the same NLRI replaces an earlier one
     * @return completes once the UPDATEs are written to the session
     * @throws IllegalArgumentException when the peer is not configured
     */
    default @NonNull CompletionStage<Void> sendAdjRibOut(final @NonNull InetAddress peer,
            final @NonNull Collection<FlowspecRoute> routes) {
        setAdjRibOut(peer, routes);
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Changes some of the flowspec routes the peer should have, and tells when the speaker has written the UPDATEs
     * this brought to the peer's session, as {@link #sendAdjRibOut}. Only the NLRIs of the change are looked at, so
     * its cost grows with the change, not with the routes the peer has. Routes of families not negotiated with the
     * peer are kept and sent when a later session negotiates them.
     *
     * @param peer the peer's address
     * @param change the routes put and the NLRIs withdrawn
     * @return completes once the UPDATEs are written to the session
     * @throws IllegalArgumentException when the peer is not configured
     */
    @NonNull CompletionStage<Void> changeAdjRibOut(@NonNull InetAddress peer, @NonNull AdjRibOutChange change);

    /**
     * Forgets which routes the peer refused ({@link PeerStatus#refused()}), so that every wanted route is sent to it
     * again: what an operator's {@code resync-device} asks.
     *
     * @param peer the peer's address
     */
    default void forgetRefused(final @NonNull InetAddress peer) {
        // nothing to forget by default
    }

    /**
     * Asks the peer to re-send its Adj-RIB-Out for a family with ROUTE-REFRESH (RFC 2918 section 3), when it
     * supports it.
     *
     * @param peer the peer's address
     * @param family the family
     * @return true when the message was sent
     */
    boolean requestRouteRefresh(@NonNull InetAddress peer, @NonNull BgpFamily family);

    /**
     * The current status of a peer.
     *
     * @param peer the peer's address
     * @return the status, or null when the peer is not configured
     */
    @Nullable PeerStatus status(@NonNull InetAddress peer);

    /**
     * The current status of all peers.
     *
     * @return one status per peer
     */
    @NonNull List<PeerStatus> statuses();

    /**
     * The unicast routes in a peer's Adj-RIB-In (IPv4 and IPv6 unicast, when negotiated), with next hop, AS_PATH
     * and ORIGINATOR_ID. The Adj-RIB-In is emptied when the session ends.
     *
     * @param peer the peer's address
     * @return the routes, empty when the peer is unknown or sent none
     */
    default @NonNull List<UnicastRoute> receivedUnicast(final @NonNull InetAddress peer) {
        return List.of();
    }

    /**
     * The first unicast routes of a peer's Adj-RIB-In, in the order first announced.
     *
     * @param peer the peer's address
     * @param max how many at most
     * @return at most {@code max} routes
     */
    default @NonNull List<UnicastRoute> receivedUnicast(final @NonNull InetAddress peer, final int max) {
        final List<UnicastRoute> all = receivedUnicast(peer);
        return all.size() <= max ? all : List.copyOf(all.subList(0, max));
    }

    /**
     * The flowspec routes (FSv1 and FSv2) in a peer's Adj-RIB-In, each validated now against the unicast routes
     * received from all peers (draft-ietf-idr-fsv2-ip-basic section 5.2.2, RFC 8955 section 6, RFC 9117).
     *
     * @param peer the peer's address
     * @return the routes with their verdicts, empty when the peer is unknown or sent none
     */
    default @NonNull List<ReceivedFlowspec> receivedFlowspec(final @NonNull InetAddress peer) {
        return List.of();
    }

    /**
     * The first flowspec routes of a peer's Adj-RIB-In, in the order first announced, only those validated.
     *
     * @param peer the peer's address
     * @param max how many at most
     * @return at most {@code max} routes with their verdicts
     */
    default @NonNull List<ReceivedFlowspec> receivedFlowspec(final @NonNull InetAddress peer, final int max) {
        final List<ReceivedFlowspec> all = receivedFlowspec(peer);
        return all.size() <= max ? all : List.copyOf(all.subList(0, max));
    }

    /**
     * Registers a listener.
     *
     * @param listener the listener
     * @return closing it unregisters the listener
     */
    @NonNull AutoCloseable registerListener(@NonNull BgpPeerListener listener);

    /**
     * Closes every session (NOTIFICATION Cease / Administrative Shutdown, RFC 4486 section 4) and the listener.
     */
    @Override
    void close();
}
