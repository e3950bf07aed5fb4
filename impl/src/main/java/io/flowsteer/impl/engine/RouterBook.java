/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.impl.config.SecretOpener;
import io.flowsteer.impl.resolve.RouterView;
import io.flowsteer.impl.resolve.RouterViews;
import io.flowsteer.impl.status.StatusWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Bgp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's routers: their configuration, indirection tables, BGP peers and sessions, the unicast routes they
 * taught us, and which of them must be resolved again at the next pass. Owned by the engine's thread.
 */
final class RouterBook {
    private static final Logger LOG = LoggerFactory.getLogger(RouterBook.class);

    private final @NonNull BgpSouthbound bgp;
    private final @NonNull SecretOpener secrets;
    private final @NonNull StatusWriter statusWriter;
    private final @NonNull Clock clock;
    private final Map<String, Device> devices = new TreeMap<>();
    private final Map<String, RouterTable> tables = new HashMap<>();
    private final Map<String, String> tableDoubts = new HashMap<>();
    private final Map<String, RouterState> routers = new HashMap<>();
    private final Map<InetAddress, String> deviceByPeer = new HashMap<>();
    private final Set<String> dirty = new HashSet<>();
    private boolean allDirty;

    RouterBook(final @NonNull BgpSouthbound bgp, final @NonNull SecretOpener secrets,
            final @NonNull StatusWriter statusWriter, final @NonNull Clock clock) {
        this.bgp = requireNonNull(bgp);
        this.secrets = requireNonNull(secrets);
        this.statusWriter = requireNonNull(statusWriter);
        this.clock = requireNonNull(clock);
    }

    /**
     * The configured routers, by name, in name order.
     *
     * @return the routers, live
     */
    @NonNull Map<String, Device> devices() {
        return devices;
    }

    /**
     * What was resolved, written and sent for each router.
     *
     * @return the states, live
     */
    @NonNull Map<String, RouterState> routers() {
        return routers;
    }

    private @Nullable PeerConfig peer(final @NonNull String name, final @Nullable Device device) {
        if (device == null || device.getBgp() == null) {
            return null;
        }
        try {
            return BgpConfigs.peer(name, device.getBgp(), secrets);
        } catch (IllegalArgumentException e) {
            LOG.error("Router {} gets no BGP session: {}", name, e.getMessage());
            return null;
        }
    }

    /**
     * A router's configuration changed: its BGP peer follows, and it (or, when the rules targeting it may
     * change, every router) is resolved again.
     *
     * @param name the router
     * @param device its configuration, or null when it was deleted
     */
    void device(final @NonNull String name, final @Nullable Device device) {
        final RouterState router = routers.computeIfAbsent(name, key -> new RouterState());
        router.view = null;
        final PeerConfig before = router.peer;
        final PeerConfig after = peer(name, device);
        if (before != null && (after == null || !before.address().equals(after.address()))) {
            deviceByPeer.remove(before.address());
            bgp.removePeer(before.address());
            router.session = null;
            router.learned.clear();
            router.advertised.clear();
            statusWriter.deviceRemoved(name, Bgp.class);
        }
        if (after != null && !after.equals(before)) {
            final String owner = deviceByPeer.get(after.address());
            if (owner != null && !owner.equals(name)) {
                LOG.error("Device {}: BGP peer {} is already device {}; not configured", name,
                    after.address().getHostAddress(), owner);
                router.peer = null;
            } else {
                deviceByPeer.put(after.address(), name);
                bgp.putPeer(after);
                router.peer = after;
                router.delivered = false;
            }
        } else if (after == null) {
            router.peer = null;
        }
        if (device == null) {
            devices.remove(name);
            for (String rule : router.written.keySet()) {
                statusWriter.ruleOffDevice(rule, name);
            }
            routers.remove(name);
            statusWriter.deviceRemoved(name, null);
            allDirty = true;
        } else {
            final Device previous = devices.put(name, device);
            // Group or BGP changes change which rules target the router; everything else only the router itself.
            if (previous == null || !Objects.equals(previous.getGroup(), device.getGroup())
                    || (previous.getBgp() == null) != (device.getBgp() == null)) {
                allDirty = true;
            }
            dirty.add(name);
        }
    }

    /**
     * A router's indirection table changed.
     *
     * @param name the router
     * @param table its table, or null when it was deleted
     */
    void table(final @NonNull String name, final @Nullable RouterTable table) {
        if (table == null) {
            tables.remove(name);
        } else {
            tables.put(name, table);
        }
        changed(name);
    }

    /**
     * Whether what the configuration holds for a router's indirection-ids and SR Policies is known to be on it.
     *
     * @param name the router
     * @param doubt why it is not, or null when it is
     */
    void tableDoubt(final @NonNull String name, final @Nullable String doubt) {
        final String before = doubt == null ? tableDoubts.remove(name) : tableDoubts.put(name, doubt);
        if (!Objects.equals(before, doubt)) {
            changed(name);
        }
    }

    /**
     * A BGP session's status changed: it is written, and the router is resolved again when the session went up
     * or down or negotiated other families. Routes learned on a session die with it (RFC 4271 section 8.2.2,
     * Idle state).
     *
     * @param status the session's status
     */
    void session(final @NonNull PeerStatus status) {
        final String name = deviceByPeer.get(status.peer());
        final RouterState router = name == null ? null : routers.get(name);
        if (router == null) {
            return;
        }
        final PeerStatus before = router.session;
        final boolean wasUp = before != null && before.state() == BgpSessionState.ESTABLISHED;
        final boolean isUp = status.state() == BgpSessionState.ESTABLISHED;
        if (before == null || before.state() != status.state()) {
            router.sessionSince = clock.instant();
        }
        router.session = status;
        if (wasUp && !isUp) {
            router.learned.clear();
            router.view = null;
            router.receivedChanged = true;
        }
        statusWriter.deviceBgp(name, BgpStatusView.of(status, status.receivedRoutes(), router.sessionSince));
        if (wasUp != isUp || before == null || !Objects.equals(
                before.negotiated() == null ? null : before.negotiated().families(),
                status.negotiated() == null ? null : status.negotiated().families())
                || !before.refused().equals(status.refused()) || !before.heldBack().equals(status.heldBack())) {
            dirty.add(name);
        }
    }

    /**
     * A peer announced or withdrew unicast routes.
     *
     * @param peer the peer
     * @param announced routes announced
     * @param withdrawn routes withdrawn
     */
    void unicast(final @NonNull InetAddress peer, final @NonNull List<UnicastRoute> announced,
            final @NonNull List<UnicastRoute> withdrawn) {
        final String name = deviceByPeer.get(peer);
        final RouterState router = name == null ? null : routers.get(name);
        if (router == null) {
            return;
        }
        for (UnicastRoute route : withdrawn) {
            router.learned.remove(prefixKey(route));
        }
        for (UnicastRoute route : announced) {
            router.learned.put(prefixKey(route), route);
        }
        router.receivedChanged = true;
        changed(name);
    }

    /**
     * A peer's flowspec routes changed: they are written again at the next pass.
     *
     * @param peer the peer
     */
    void flowspecReceived(final @NonNull InetAddress peer) {
        final String name = deviceByPeer.get(peer);
        final RouterState router = name == null ? null : routers.get(name);
        if (router != null) {
            router.receivedChanged = true;
        }
    }

    /**
     * Forgets everything resolved, written and sent for a router, so that the next pass does it again.
     *
     * @param name the router
     * @return false when the router is not configured
     */
    boolean resync(final @NonNull String name) {
        final RouterState router = routers.get(name);
        if (router == null) {
            return false;
        }
        router.forgetResolution();
        if (router.peer != null) {
            // the operator asks: routes the router refused are tried again
            bgp.forgetRefused(router.peer.address());
        }
        dirty.add(name);
        return true;
    }

    /**
     * Forgets everything written for every router and writes each BGP session's status again, so that the next pass
     * rewrites the routers' whole status (after the status writer deleted it, when this node became the active
     * controller).
     */
    void rewriteAll() {
        routers.forEach((name, router) -> {
            router.forgetResolution();
            // its rule limit status too: the pass writes it again
            router.ruleLimit = null;
            router.receivedFlowspec = Map.of();
            router.receivedUnicast = Map.of();
            router.receivedChanged = true;
            final PeerStatus session = router.session;
            if (session != null) {
                statusWriter.deviceBgp(name, BgpStatusView.of(session, session.receivedRoutes(), router.sessionSince));
            }
        });
        allDirty = true;
    }

    /**
     * Has the next pass resolve every router in full: the stored rules were just read, and each BGP peer is owed its
     * first Adj-RIB-Out even when it holds no route.
     */
    void allDue() {
        allDirty = true;
    }

    /**
     * The routers a pass resolves in full, and forgets that they were due: those changed since the last pass and
     * those whose deadline (a revert timer) has come.
     *
     * @param now the time of the pass
     * @return the routers' names
     */
    @NonNull Set<String> takeDue(final @NonNull Instant now) {
        final Set<String> due = allDirty ? new HashSet<>(devices.keySet()) : new HashSet<>(dirty);
        routers.forEach((name, router) -> {
            if (router.deadline != null && !router.deadline.isAfter(now)) {
                due.add(name);
            }
        });
        allDirty = false;
        dirty.clear();
        return due;
    }

    /**
     * The resolver's view of a router, as configured now.
     *
     * @param name the router
     * @param device its configuration
     * @param router its state, or null when it has none yet
     * @return the view
     */
    @NonNull RouterView view(final @NonNull String name, final @NonNull Device device,
            final @Nullable RouterState router) {
        return RouterViews.of(device, tables.get(name), router == null ? List.of() : router.learned.values(),
            tableDoubts.get(name));
    }

    private void changed(final String name) {
        final RouterState router = routers.get(name);
        if (router != null) {
            router.view = null;
        }
        dirty.add(name);
    }

    private static String prefixKey(final UnicastRoute route) {
        return route.prefix().getHostAddress() + "/" + route.length();
    }
}
