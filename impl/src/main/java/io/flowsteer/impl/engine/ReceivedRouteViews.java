/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.Ipv6ExtendedCommunity;
import io.flowsteer.api.community.RegularExtendedCommunity;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.ReceivedFlowspec;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv1NlriCodec;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.Fsv2NlriCodec;
import io.flowsteer.api.wire.NlriText;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HexString;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.FlowspecBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Unicast;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.UnicastBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;

/**
 * Routes a router sent to Flowsteer as the {@code received-routes} entries of {@code flowsteer-status}: the
 * flowspec NLRI in hex (as the rule status shows Flowsteer's own), decoded, with its communities and its
 * validation verdict (RFC 8955 section 6, RFC 9117, draft-ietf-idr-fsv2-ip-basic section 5.2.2).
 */
public final class ReceivedRouteViews {
    private static final HexFormat HEX = HexFormat.of();

    private final ExtendedCommunityCodec communities;
    private final Fsv2Config fsv2;

    /**
     * Creates the views with the speaker's code points.
     *
     * @param communities the extended community codec
     * @param fsv2 the FSv2 code points
     */
    public ReceivedRouteViews(final @NonNull ExtendedCommunityCodec communities, final @NonNull Fsv2Config fsv2) {
        this.communities = communities;
        this.fsv2 = fsv2;
    }

    /**
     * One received flowspec route.
     *
     * @param received the route and its verdict
     * @return its status entry
     */
    public @NonNull Flowspec flowspec(final @NonNull ReceivedFlowspec received) {
        final FlowspecRoute route = received.route();
        final List<HexString> extended = new ArrayList<>();
        for (RegularExtendedCommunity community : route.attributes().extendedCommunities()) {
            extended.add(new HexString(hex(buf -> communities.encode(community, buf))));
        }
        for (Ipv6ExtendedCommunity community : route.attributes().ipv6ExtendedCommunities()) {
            extended.add(new HexString(hex(buf -> communities.encodeIpv6(community, buf))));
        }
        final BgpFamily family = BgpFamily.forName(BgpConfigs.yangName(route.family()));
        return new FlowspecBuilder()
            .setNlri(new HexString(nlriHex(route)))
            .setFamily(family)
            .setDecoded(NlriText.describe(route.nlri()))
            .setExtendedCommunity(extended.isEmpty() ? null : extended)
            .setRedirectNextHop(route.attributes().nextHop() == null ? null
                : IetfInetUtil.ipAddressFor(route.attributes().nextHop()))
            .setAsPath(asPath(received.asPath()))
            .setFeasible(received.validation().feasible())
            .setValidation(received.validation().reason())
            .build();
    }

    /**
     * One received unicast route.
     *
     * @param route the route
     * @return its status entry
     */
    public @NonNull Unicast unicast(final @NonNull UnicastRoute route) {
        return new UnicastBuilder()
            .setPrefix(prefix(route))
            .setNextHop(route.nextHop() == null ? null : route.nextHop().getHostAddress())
            .setAsPath(asPath(route.asPath()))
            .build();
    }

    /**
     * The key of a unicast route's entry.
     *
     * @param route the route
     * @return address/length
     */
    public static @NonNull String prefix(final @NonNull UnicastRoute route) {
        return route.prefix().getHostAddress() + "/" + route.length();
    }

    private String nlriHex(final FlowspecRoute route) {
        if (route.nlri() instanceof Fsv1Nlri fsv1) {
            return HEX.formatHex(new Fsv1NlriCodec(fsv1.afi(), fsv1.routeDistinguisher() != null).encode(fsv1));
        }
        final Fsv2Nlri fsv2Nlri = (Fsv2Nlri) route.nlri();
        return HEX.formatHex(new Fsv2NlriCodec(fsv2, fsv2Nlri.afi()).encode(fsv2Nlri));
    }

    private static @Nullable String asPath(final List<Long> path) {
        return path.isEmpty() ? null : path.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static String hex(final java.util.function.Consumer<ByteBuf> writer) {
        final ByteBuf buf = Unpooled.buffer();
        try {
            writer.accept(buf);
            return ByteBufUtil.hexDump(buf);
        } finally {
            buf.release();
        }
    }
}
