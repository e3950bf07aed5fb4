/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.Ipv6ExtendedCommunity;
import io.flowsteer.api.community.RegularExtendedCommunity;
import io.flowsteer.api.community.fsv2.Fsv2ActionCommunity;
import io.flowsteer.api.community.fsv2.Fsv2ActionContainerCodec;
import io.flowsteer.api.community.fsv2.SrSegmentListActionCodec;
import io.flowsteer.api.community.wide.CommunityContainer;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.community.wide.RedirectGroupCodec;
import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv1NlriCodec;
import io.flowsteer.api.wire.Fsv2Component;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.Fsv2NlriCodec;
import io.flowsteer.api.wire.RouteDistinguisher;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.AddressFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Rule;

/**
 * Compiles a configured rule into its wire form: an FSv1 NLRI (RFC 8955 section 4, RFC 8956 section 3; SAFI 134
 * with a route distinguisher, RFC 8955 section 8) or an FSv2 NLRI (draft-ietf-idr-fsv2-ip-basic section 3, IP
 * Basic filter family), its action communities and their canonical encodings. Immutable and thread-safe.
 */
public final class RuleCompiler {
    private final @NonNull ExtendedCommunityCodec communityCodec;
    private final @NonNull RedirectGroupCodec redirectGroupCodec;
    private final @NonNull SrSegmentListActionCodec srSegmentListCodec;
    private final @NonNull Fsv2ActionContainerCodec fsv2ActionCodec;
    private final @NonNull Fsv2Config fsv2Config;
    private final @NonNull TbdCodePoints codePoints;

    /**
     * A compiler with the default code points for every TBD value.
     */
    public RuleCompiler() {
        this(TbdCodePoints.DEFAULT);
    }

    /**
     * A compiler with the given code points for every TBD value ({@code flowsteer-devices}
     * {@code bgp-speaker/code-points}).
     *
     * @param codePoints the code points
     */
    public RuleCompiler(final @NonNull TbdCodePoints codePoints) {
        this(codePoints.communityCodec(), codePoints.redirectGroupCodec(), codePoints.fsv2ActionCodec(),
            codePoints.fsv2());
    }

    /**
     * A compiler with the given codecs and the default FSv2 Action community value
     * ({@link Fsv2ActionContainerCodec#DEFAULT_COMMUNITY_VALUE}).
     *
     * @param communityCodec extended communities
     * @param redirectGroupCodec the redirect group wide community
     * @param srSegmentListCodec the SR segment list action sub-TLV
     * @param fsv2Config the FSv2 code points
     */
    public RuleCompiler(final @NonNull ExtendedCommunityCodec communityCodec,
            final @NonNull RedirectGroupCodec redirectGroupCodec,
            final @NonNull SrSegmentListActionCodec srSegmentListCodec, final @NonNull Fsv2Config fsv2Config) {
        this(communityCodec, redirectGroupCodec, new Fsv2ActionContainerCodec(
            Fsv2ActionContainerCodec.DEFAULT_COMMUNITY_VALUE, srSegmentListCodec), fsv2Config);
    }

    /**
     * A compiler with the given codecs.
     *
     * @param communityCodec extended communities
     * @param redirectGroupCodec the redirect group wide community
     * @param fsv2ActionCodec the FSv2 Action wide community, and through it the SR segment list action sub-TLV
     * @param fsv2Config the FSv2 code points
     * @throws IllegalArgumentException if the codecs' code points collide (see {@link TbdCodePoints})
     */
    public RuleCompiler(final @NonNull ExtendedCommunityCodec communityCodec,
            final @NonNull RedirectGroupCodec redirectGroupCodec,
            final @NonNull Fsv2ActionContainerCodec fsv2ActionCodec, final @NonNull Fsv2Config fsv2Config) {
        this.communityCodec = requireNonNull(communityCodec);
        this.redirectGroupCodec = requireNonNull(redirectGroupCodec);
        this.fsv2ActionCodec = requireNonNull(fsv2ActionCodec);
        this.srSegmentListCodec = fsv2ActionCodec.srSegmentListCodec();
        this.fsv2Config = requireNonNull(fsv2Config);
        codePoints = new TbdCodePoints(fsv2Config, communityCodec.codePoints(), redirectGroupCodec.communityValue(),
            fsv2ActionCodec.communityValue(), srSegmentListCodec.subType());
    }

    /**
     * The code points this compiler encodes with.
     *
     * @return the code points
     */
    public @NonNull TbdCodePoints codePoints() {
        return codePoints;
    }

    /**
     * Compiles one rule.
     *
     * @param rule the rule as configured
     * @return its wire form, or every error found
     */
    public @NonNull Compilation compile(
            final org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.@NonNull Rule rule) {
        return compile(rule.getName() == null ? "" : rule.getName(), rule);
    }

    /**
     * Compiles a rule body that is not (yet) in the configuration, e.g. the input of {@code preview-rule}.
     *
     * @param name the name errors and the compiled rule carry
     * @param rule the rule body
     * @return its wire form, or every error found
     */
    public @NonNull Compilation compile(final @NonNull String name, final @NonNull Rule rule) {
        final Problems problems = new Problems(name);
        final FlowspecVersion version = rule.getVersion() == null ? FlowspecVersion.Fsv1 : rule.getVersion();
        final Afi afi = rule.getAddressFamily() == AddressFamily.Ipv6 ? Afi.IPV6 : Afi.IPV4;

        final List<MatchComponent> match = MatchCompiler.compile(problems, afi, version, rule.nonnullMatch());
        final CompiledActions actions = ActionCompiler.compile(problems, version, rule.nonnullActions());
        final FlowspecNlri nlri = version == FlowspecVersion.Fsv2 ? fsv2Nlri(problems, rule, afi, match)
            : fsv1Nlri(problems, rule, afi, match);
        if (!problems.isEmpty() || nlri == null) {
            return new Compilation.Refused(name, problems.errors());
        }

        final Octets nlriOctets = problems.build("match", () -> Octets.copyOf(nlri instanceof Fsv1Nlri fsv1
            ? new Fsv1NlriCodec(afi, fsv1.routeDistinguisher() != null).encode(fsv1)
            : new Fsv2NlriCodec(fsv2Config, afi).encode((Fsv2Nlri) nlri)));
        final List<Octets> communityOctets = new ArrayList<>(actions.communities().size());
        for (ExtendedCommunity community : actions.communities()) {
            final Octets octets = encode(problems, "actions", buf -> {
                if (community instanceof RegularExtendedCommunity regular) {
                    communityCodec.encode(regular, buf);
                } else {
                    communityCodec.encodeIpv6((Ipv6ExtendedCommunity) community, buf);
                }
            });
            if (octets != null) {
                communityOctets.add(octets);
            }
        }
        final var group = actions.redirectGroup();
        final Octets groupContainer = group == null ? null
            : encode(problems, "actions/redirect-load-balancing-group", buf -> {
                final CommunityContainer container = redirectGroupCodec.encode(group);
                CommunityContainerCodec.encode(container, buf);
            });
        final var segmentList = actions.srSegmentList();
        final Octets segmentListOctets = segmentList == null ? null
            : encode(problems, "actions/redirect-to-sr-policy-segment-list",
                buf -> srSegmentListCodec.encode(segmentList, buf));
        // draft-liu-idr-flowspec-redirect-sr-segment-list section 3: the sub-TLV travels in a wide community
        final Octets actionContainer = segmentList == null ? null
            : encode(problems, "actions/redirect-to-sr-policy-segment-list",
                buf -> fsv2ActionCodec.encode(Fsv2ActionCommunity.of(List.of(segmentList)), buf));
        if (!problems.isEmpty() || nlriOctets == null) {
            return new Compilation.Refused(name, problems.errors());
        }
        return new Compilation.Compiled(new CompiledRule(name, nlri, actions.communities(), group, segmentList,
            revertTimer(rule), target(rule), new RuleEncoding(nlriOctets, communityOctets, groupContainer,
                segmentListOctets, actionContainer)));
    }

    private static int revertTimer(final Rule rule) {
        final var action = rule.nonnullActions().getRedirectToSrPolicySegmentList();
        return action == null || action.getRevertTimer() == null ? 0 : action.getRevertTimer().toJava();
    }

    private static RuleTarget target(final Rule rule) {
        final var devices = rule.getDevice();
        final var groups = rule.getDeviceGroup();
        if ((devices == null || devices.isEmpty()) && (groups == null || groups.isEmpty())) {
            return RuleTarget.ALL;
        }
        return new RuleTarget(devices == null ? Set.of() : devices.stream().map(DeviceRef::getValue)
            .collect(Collectors.toUnmodifiableSet()), groups == null ? Set.of() : Set.copyOf(groups));
    }

    private static @Nullable Fsv1Nlri fsv1Nlri(final Problems problems, final Rule rule, final Afi afi,
            final List<MatchComponent> match) {
        // Bindings report YANG defaults for absent leaves, so only a non-default value is an FSv2-only field in use.
        if (rule.getUserOrder() != null && rule.getUserOrder().longValue() != 0) {
            problems.add("user-order", rule.getUserOrder() + " is an FSv2 field but the rule's version is fsv1");
        }
        if (rule.getDependentFiltersChain() != null && rule.getDependentFiltersChain().longValue() != 0) {
            problems.add("dependent-filters-chain", rule.getDependentFiltersChain()
                + " is an FSv2 field but the rule's version is fsv1");
        }
        RouteDistinguisher rd = null;
        if (rule.getRouteDistinguisher() != null) {
            final String text = rule.getRouteDistinguisher().getValue();
            rd = RouteDistinguishers.parse(text);
            if (rd == null) {
                problems.add("route-distinguisher", text
                    + " is not ASN2:NN (type 0), IPv4:NN (type 1) or ASN4L:NN (type 2) with numbers that fit");
            }
        }
        if (match.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add("match", "is empty: an FSv1 NLRI needs at least one component (RFC 8955 section 4)");
            }
            return null;
        }
        final List<FlowComponent> components = match.stream().map(MatchComponent::component).toList();
        final RouteDistinguisher routeDistinguisher = rd;
        return problems.build("match", () -> new Fsv1Nlri(afi, routeDistinguisher, components));
    }

    private @Nullable Fsv2Nlri fsv2Nlri(final Problems problems, final Rule rule, final Afi afi,
            final List<MatchComponent> match) {
        if (rule.getRouteDistinguisher() != null) {
            problems.add("route-distinguisher", "is not supported for fsv2 rules: draft-ietf-idr-fsv2-ip-basic"
                + " places no route distinguisher in the FSv2 NLRI");
        }
        if (match.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add("match", "is empty: an FSv2 filter family needs at least one component"
                    + " (draft-ietf-idr-fsv2-ip-basic section 3.1)");
            }
            return null;
        }
        final List<Fsv2Component> components = match.stream()
            .<Fsv2Component>map(component -> new Fsv2IpComponent(component.optional(), component.component()))
            .toList();
        final long userOrder = rule.getUserOrder() == null ? 0 : rule.getUserOrder().toJava();
        final long chain = rule.getDependentFiltersChain() == null ? 0 : rule.getDependentFiltersChain().toJava();
        return problems.build("match", () -> new Fsv2Nlri(afi, chain, userOrder,
            List.of(new Fsv2FilterFamily(fsv2Config.ipBasicFamilyType(), components))));
    }

    private static @Nullable Octets encode(final Problems problems, final String field,
            final Consumer<ByteBuf> encoder) {
        return problems.build(field, () -> {
            final ByteBuf buf = Unpooled.buffer();
            try {
                encoder.accept(buf);
                return Octets.read(buf, buf.readableBytes());
            } finally {
                buf.release();
            }
        });
    }
}
