/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.ReceivedFlowspec;
import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.impl.status.StatusWriter;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Unicast;

/**
 * Writes the routes each router sent us (the first {@link #LISTED} of each kind, and how many there are), as far
 * as they changed since the last sync. The speaker holds them (and
 * validates the flowspec ones against the unicast routes of every peer, RFC 8955 section 6, so a flowspec route's
 * verdict can change without the route changing); the status shows them, rendered with the code points the
 * speaker decoded them with. Owned by the engine's thread.
 */
final class ReceivedRouteSync {
    /** Routes listed per kind and router; the rest are only counted, so that a GET of the status stays fast. */
    static final int LISTED = 1000;

    private final @NonNull BgpSouthbound bgp;
    private final @NonNull StatusWriter statusWriter;
    private ReceivedRouteViews views;

    ReceivedRouteSync(final @NonNull BgpSouthbound bgp, final @NonNull StatusWriter statusWriter) {
        this.bgp = requireNonNull(bgp);
        this.statusWriter = requireNonNull(statusWriter);
        codePoints(TbdCodePoints.DEFAULT);
    }

    /**
     * The speaker decodes with other code points from now on.
     *
     * @param codePoints the code points
     */
    void codePoints(final @NonNull TbdCodePoints codePoints) {
        views = new ReceivedRouteViews(codePoints.communityCodec(), codePoints.fsv2());
    }

    /**
     * Writes what changed for every router whose received routes changed.
     *
     * @param routers the routers
     */
    void sync(final @NonNull Map<String, RouterState> routers) {
        routers.forEach((name, router) -> {
            if (router.receivedChanged) {
                sync(name, router);
            }
        });
    }

    private void sync(final String name, final RouterState router) {
        router.receivedChanged = false;
        final PeerConfig peer = router.peer;
        final Map<String, Flowspec> flowspecNow = new HashMap<>();
        final Map<String, Unicast> unicastNow = new HashMap<>();
        if (peer != null && router.sessionUp()) {
            for (ReceivedFlowspec received : bgp.receivedFlowspec(peer.address(), LISTED)) {
                final Flowspec entry = views.flowspec(received);
                flowspecNow.put(entry.getNlri().getValue(), entry);
            }
            for (UnicastRoute route : bgp.receivedUnicast(peer.address(), LISTED)) {
                final Unicast entry = views.unicast(route);
                unicastNow.put(entry.getPrefix(), entry);
            }
        }
        final Map<String, Flowspec> flowspecBefore = router.receivedFlowspec;
        final Map<String, Unicast> unicastBefore = router.receivedUnicast;
        if (flowspecNow.isEmpty() && unicastNow.isEmpty()) {
            if (!flowspecBefore.isEmpty() || !unicastBefore.isEmpty()) {
                statusWriter.receivedRemoved(name, null, null);
            }
        } else {
            flowspecBefore.keySet().stream().filter(key -> !flowspecNow.containsKey(key))
                .forEach(key -> statusWriter.receivedRemoved(name, key, null));
            unicastBefore.keySet().stream().filter(key -> !unicastNow.containsKey(key))
                .forEach(key -> statusWriter.receivedRemoved(name, null, key));
            flowspecNow.forEach((key, entry) -> {
                if (!entry.equals(flowspecBefore.get(key))) {
                    statusWriter.receivedFlowspec(name, entry);
                }
            });
            unicastNow.forEach((key, entry) -> {
                if (!entry.equals(unicastBefore.get(key))) {
                    statusWriter.receivedUnicast(name, entry);
                }
            });
        }
        router.receivedFlowspec = flowspecNow;
        router.receivedUnicast = unicastNow;
        final PeerStatus session = router.session;
        if (!flowspecNow.isEmpty() || !unicastNow.isEmpty()) {
            final long flowspec = Math.max(session == null ? 0 : session.receivedFlowspec(), flowspecNow.size());
            final long unicast = Math.max(session == null ? 0 : session.receivedUnicast(), unicastNow.size());
            statusWriter.receivedCounts(name, flowspec, unicast,
                flowspec - flowspecNow.size() + unicast - unicastNow.size());
        }
    }
}
