/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.AsPathSegment;
import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.IpPrefix;
import io.flowsteer.api.bgp.MpReachNlri;
import io.flowsteer.api.bgp.MpUnreachNlri;
import io.flowsteer.api.bgp.OriginatorIdCodec;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.FlowspecValidation;
import io.flowsteer.api.spi.ReceivedFlowspec;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The Adj-RIB-In of one peer's session, RFC 4271 section 3.2: the unicast and flowspec routes it announced and has
 * not withdrawn, as the UPDATEs of RFC 4271 section 9 and RFC 4760 change it, and the unicast routes with what the
 * RFC 8955 section 6 validation needs of their source. Without graceful restart state kept (the speaker is a
 * receiving speaker only, RFC 4724 section 3) it is cleared with the session. No I/O; the peer's event loop owns it.
 */
final class AdjRibIn {
    /**
     * What one UPDATE changed, for the listeners.
     *
     * @param unicastAnnounced unicast routes announced
     * @param unicastWithdrawn unicast routes withdrawn, without next hop
     * @param flowspecAnnounced FSv1 and FSv2 routes announced
     * @param flowspecWithdrawn FSv1 NLRIs withdrawn
     * @param fsv2Withdrawn FSv2 NLRIs withdrawn
     */
    record Changes(@NonNull List<UnicastRoute> unicastAnnounced, @NonNull List<UnicastRoute> unicastWithdrawn,
            @NonNull List<FlowspecRoute> flowspecAnnounced, @NonNull List<Fsv1Nlri> flowspecWithdrawn,
            @NonNull List<Fsv2Nlri> fsv2Withdrawn) {
        /**
         * Copies the lists.
         *
         * @param unicastAnnounced unicast announced
         * @param unicastWithdrawn unicast withdrawn
         * @param flowspecAnnounced flowspec announced
         * @param flowspecWithdrawn FSv1 withdrawn
         * @param fsv2Withdrawn FSv2 withdrawn
         */
        Changes {
            unicastAnnounced = List.copyOf(unicastAnnounced);
            unicastWithdrawn = List.copyOf(unicastWithdrawn);
            flowspecAnnounced = List.copyOf(flowspecAnnounced);
            flowspecWithdrawn = List.copyOf(flowspecWithdrawn);
            fsv2Withdrawn = List.copyOf(fsv2Withdrawn);
        }
    }

    private static final FlowspecValidation NOT_VALIDATED = new FlowspecValidation(false, "not validated yet");

    private final Map<IpPrefix, UnicastRoute> unicast = new LinkedHashMap<>();
    private final Map<FlowspecNlri, ReceivedFlowspec> flowspec = new LinkedHashMap<>();

    /**
     * The unicast routes held.
     *
     * @return a copy, in the order first announced
     */
    @NonNull List<UnicastRoute> unicast() {
        return List.copyOf(unicast.values());
    }

    /**
     * The first unicast routes held.
     *
     * @param max how many at most
     * @return a copy of at most {@code max}, in the order first announced
     */
    @NonNull List<UnicastRoute> unicast(final int max) {
        return unicast.values().stream().limit(max).toList();
    }

    /**
     * The flowspec routes held, verdicts not yet computed.
     *
     * @return a copy, in the order first announced
     */
    @NonNull List<ReceivedFlowspec> flowspec() {
        return List.copyOf(flowspec.values());
    }

    /**
     * The first flowspec routes held, verdicts not yet computed.
     *
     * @param max how many at most
     * @return a copy of at most {@code max}, in the order first announced
     */
    @NonNull List<ReceivedFlowspec> flowspec(final int max) {
        return flowspec.values().stream().limit(max).toList();
    }

    /**
     * The unicast routes with their originators and neighbor ASes, for validation (RFC 8955 section 6).
     *
     * @param peerAddress the originator of a route without ORIGINATOR_ID (RFC 4456 section 8)
     * @param localAs the neighbor AS of a route with an empty AS_PATH
     * @param out where to add them
     */
    void collectUnicast(final @NonNull InetAddress peerAddress, final long localAs,
            final @NonNull List<FlowspecValidator.Unicast> out) {
        for (UnicastRoute route : unicast.values()) {
            final Inet4Address originatorId = route.originatorId();
            out.add(new FlowspecValidator.Unicast(route, originatorId != null ? originatorId : peerAddress,
                route.asPath().isEmpty() ? localAs : route.asPath().get(0)));
        }
    }

    /**
     * How many flowspec routes are held.
     *
     * @return FSv1 and FSv2 routes
     */
    int flowspecCount() {
        return flowspec.size();
    }

    /**
     * How many unicast routes are held.
     *
     * @return unicast routes
     */
    int unicastCount() {
        return unicast.size();
    }

    /**
     * Forgets every route, when the session ends.
     */
    void clear() {
        unicast.clear();
        flowspec.clear();
    }

    /**
     * Applies a received UPDATE (not an End-of-RIB marker): withdrawals first, then announcements; the MP_REACH_NLRI
     * and MP_UNREACH_NLRI of a family not negotiated are ignored.
     *
     * @param update the UPDATE
     * @param families the families the session negotiated
     * @param withdrawAll treat every announced route as withdrawn (RFC 7606 treat-as-withdraw)
     * @return what changed
     */
    @NonNull Changes apply(final @NonNull UpdateMessage update, final @NonNull Set<BgpFamily> families,
            final boolean withdrawAll) {
        final List<Long> asPath = AsPathSegment.asNumbers(update.asPath());
        final Inet4Address originatorId = OriginatorIdCodec.decode(update.attributes());
        final List<UnicastRoute> unicastAnnounced = new ArrayList<>();
        final List<UnicastRoute> unicastWithdrawn = new ArrayList<>();
        final List<FlowspecRoute> flowspecAnnounced = new ArrayList<>();
        final List<Fsv1Nlri> flowspecWithdrawn = new ArrayList<>();
        final List<Fsv2Nlri> fsv2Withdrawn = new ArrayList<>();
        update.withdrawnRoutes().forEach(p -> unicastWithdrawn.add(withdrawn(p)));
        for (IpPrefix prefix : update.nlri()) {
            (withdrawAll ? unicastWithdrawn : unicastAnnounced).add(withdrawAll ? withdrawn(prefix)
                : announced(prefix, update.nextHop(), asPath, originatorId));
        }
        final MpUnreachNlri unreach = update.mpUnreach();
        if (unreach != null && families.contains(unreach.family())) {
            unreach.prefixes().forEach(p -> unicastWithdrawn.add(withdrawn(p)));
            flowspecWithdrawn.addAll(unreach.flowspec());
            fsv2Withdrawn.addAll(unreach.fsv2());
        }
        final MpReachNlri reach = update.mpReach();
        if (reach != null && families.contains(reach.family())) {
            for (IpPrefix prefix : reach.prefixes()) {
                (withdrawAll ? unicastWithdrawn : unicastAnnounced).add(withdrawAll ? withdrawn(prefix)
                    : announced(prefix, reach.nextHop(), asPath, originatorId));
            }
            if (withdrawAll) {
                flowspecWithdrawn.addAll(reach.flowspec());
                fsv2Withdrawn.addAll(reach.fsv2());
            } else {
                reach.flowspec().forEach(nlri -> flowspecAnnounced.add(new FlowspecRoute(nlri, update.attributes())));
                reach.fsv2().forEach(nlri -> flowspecAnnounced.add(new FlowspecRoute(nlri, update.attributes())));
            }
        }
        for (UnicastRoute route : unicastWithdrawn) {
            unicast.remove(new IpPrefix(route.prefix(), route.length()));
        }
        for (UnicastRoute route : unicastAnnounced) {
            unicast.put(new IpPrefix(route.prefix(), route.length()), route);
        }
        flowspecWithdrawn.forEach(flowspec::remove);
        fsv2Withdrawn.forEach(flowspec::remove);
        for (FlowspecRoute route : flowspecAnnounced) {
            flowspec.put(route.nlri(), new ReceivedFlowspec(route, asPath, originatorId, NOT_VALIDATED));
        }
        return new Changes(unicastAnnounced, unicastWithdrawn, flowspecAnnounced, flowspecWithdrawn, fsv2Withdrawn);
    }

    private static UnicastRoute withdrawn(final IpPrefix prefix) {
        return new UnicastRoute(prefix.address(), prefix.length(), null);
    }

    private static UnicastRoute announced(final IpPrefix prefix, final @Nullable InetAddress nextHop,
            final List<Long> asPath, final @Nullable Inet4Address originatorId) {
        return nextHop == null ? withdrawn(prefix)
            : new UnicastRoute(prefix.address(), prefix.length(), nextHop, asPath, originatorId);
    }
}
