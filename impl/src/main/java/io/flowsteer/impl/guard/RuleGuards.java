/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import static java.util.Objects.requireNonNull;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.IpAddressText;
import io.flowsteer.impl.compile.RuleError;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.AddressFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Rate;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.Actions;

/**
 * The safety guards in force (issue 15 items 5 and 6), an immutable value: what a rule may not do without
 * {@code force}.
 * <ul>
 *   <li><b>Protected prefixes</b>: a rule whose destination prefix overlaps a protected prefix, or that has no
 *       destination prefix, may not discard (a traffic rate of 0, RFC 8955 section 7.1) or redirect (any redirect
 *       action, copies included) the traffic.</li>
 *   <li><b>Blast radius</b>: a rule with a traffic rate (discard or rate limit) may not cover more destination
 *       addresses than the shortest prefix of its family allows, and must have a destination prefix.</li>
 * </ul>
 * Each finding is a sentence naming the rule, the field, what it covers and how to override it.
 *
 * @param protectedPrefixes every protected prefix: the configured ones and the network's own addresses
 * @param ipv4Shortest the shortest IPv4 destination prefix a discard or rate-limit rule may have
 * @param ipv6Shortest the same for IPv6
 */
public record RuleGuards(@NonNull List<ProtectedPrefix> protectedPrefixes, int ipv4Shortest, int ipv6Shortest) {
    /** The guards with nothing configured and no router known. */
    public static final @NonNull RuleGuards DEFAULT = new RuleGuards(List.of(), GuardSettings.IPV4_SHORTEST,
        GuardSettings.IPV6_SHORTEST);

    private static final String FIELD = "match/destination-prefix";
    /** How each finding ends: how to override the guard. */
    public static final String OVERRIDE = "; set force to true on the rule to accept it anyway";
    private static final int NAMED = 3;

    public RuleGuards {
        protectedPrefixes = List.copyOf(protectedPrefixes);
    }

    /**
     * What the guards find wrong with a rule, whether or not it is forced.
     *
     * @param name the rule's name
     * @param rule the rule
     * @return one finding per guard the rule breaks, each naming the rule, the field and {@code force}; empty when
     *     the rule breaks none
     */
    public @NonNull List<RuleError> check(final @NonNull String name, final @NonNull Rule rule) {
        return findings(name, rule, true);
    }

    /**
     * What the protected prefixes alone find wrong with a rule, whether or not it is forced.
     *
     * @param name the rule's name
     * @param rule the rule
     * @return the finding of the protected prefixes it covers, if it discards or redirects their traffic
     */
    public @NonNull List<RuleError> checkProtected(final @NonNull String name, final @NonNull Rule rule) {
        return findings(name, rule, false);
    }

    private List<RuleError> findings(final String name, final Rule rule, final boolean withBlastRadius) {
        requireNonNull(name);
        final Actions actions = rule.getActions();
        if (actions == null) {
            return List.of();
        }
        final Afi afi = rule.getAddressFamily() == AddressFamily.Ipv6 ? Afi.IPV6 : Afi.IPV4;
        final DestinationPrefix destination = rule.getMatch() == null ? null
            : rule.getMatch().getDestinationPrefix();
        final IpAddressText.Prefix prefix = destination == null || destination.getPrefix() == null ? null
            : IpAddressText.prefix(destination.getPrefix().getValue());
        final int offset = destination == null || destination.getOffset() == null ? 0
            : destination.getOffset().intValue();
        final List<RuleError> findings = new ArrayList<>(2);
        final String harm = harm(actions);
        if (harm != null) {
            protectedCovered(name, afi, prefix, offset, harm, findings);
        }
        final String limit = withBlastRadius ? rateLimit(actions) : null;
        if (limit != null) {
            blastRadius(name, afi, prefix, offset, limit, findings);
        }
        return findings;
    }

    private void protectedCovered(final String name, final Afi afi, final IpAddressText.@Nullable Prefix prefix,
            final int offset, final String harm, final List<RuleError> findings) {
        final List<ProtectedPrefix> covered = new ArrayList<>();
        for (ProtectedPrefix candidate : protectedPrefixes) {
            if (prefix == null ? candidate.prefix().afi() == afi : candidate.overlaps(prefix, offset)) {
                covered.add(candidate);
            }
        }
        if (covered.isEmpty()) {
            return;
        }
        final StringBuilder names = new StringBuilder(covered.size() == 1 ? "protected prefix "
            : "protected prefixes ");
        for (int i = 0; i < Math.min(NAMED, covered.size()); i++) {
            if (i > 0) {
                names.append(i == covered.size() - 1 ? " and " : ", ");
            }
            names.append(covered.get(i).describe());
        }
        if (covered.size() > NAMED) {
            names.append(" and ").append(covered.size() - NAMED).append(" more");
        }
        final String what = prefix == null ? "is absent, so the rule matches traffic to every address, " + names
            + " included," : destination(prefix, offset) + " covers " + names + ",";
        findings.add(new RuleError(name, FIELD, what + " and the rule " + harm + "; no rule may discard,"
            + " rate-limit to zero or redirect traffic to a protected prefix" + OVERRIDE));
    }

    private void blastRadius(final String name, final Afi afi, final IpAddressText.@Nullable Prefix prefix,
            final int offset, final String limit, final List<RuleError> findings) {
        final int shortest = afi == Afi.IPV6 ? ipv6Shortest : ipv4Shortest;
        final String allowed = "guards/blast-radius lets a rule that " + limit + " cover at most an "
            + (afi == Afi.IPV6 ? "IPv6 /" : "IPv4 /") + shortest;
        if (prefix == null) {
            findings.add(new RuleError(name, FIELD, "is absent, so the rule " + limit + " traffic to every address;"
                + " " + allowed + OVERRIDE));
            return;
        }
        final int length = prefix.length() - offset;
        if (length < shortest) {
            findings.add(new RuleError(name, FIELD, destination(prefix, offset) + " covers 2^"
                + (afi.addressBits() - length) + " addresses; " + allowed + OVERRIDE));
        }
    }

    private static String destination(final IpAddressText.Prefix prefix, final int offset) {
        final String text = InetAddresses.toAddrString(prefix.address()) + "/" + prefix.length();
        return offset == 0 ? text : text + " offset " + offset;
    }

    /**
     * What the rule does that a protected prefix may not suffer.
     *
     * @return e.g. {@code discards it (actions/traffic-rate-bytes rate 0)}, or null when nothing
     */
    private static @Nullable String harm(final Actions actions) {
        final List<String> harms = new ArrayList<>(2);
        if (zero(actions.getTrafficRateBytes()) || zero(actions.getTrafficRatePackets())) {
            harms.add("discards it (" + (zero(actions.getTrafficRateBytes()) ? "actions/traffic-rate-bytes"
                : "actions/traffic-rate-packets") + " rate 0)");
        }
        final List<String> redirects = new ArrayList<>(2);
        if (actions.getRedirectToVrf() != null) {
            redirects.add("actions/redirect-to-vrf");
        }
        if (actions.getRedirectToIp() != null) {
            redirects.add("actions/redirect-to-ip");
        }
        if (actions.getRedirectToIndirectionId() != null) {
            redirects.add("actions/redirect-to-indirection-id");
        }
        if (actions.getRedirectLoadBalancingGroup() != null) {
            redirects.add("actions/redirect-load-balancing-group");
        }
        if (actions.getRedirectToSrPolicySegmentList() != null) {
            redirects.add("actions/redirect-to-sr-policy-segment-list");
        }
        if (!redirects.isEmpty()) {
            harms.add("redirects it (" + String.join(", ", redirects) + ")");
        }
        return harms.isEmpty() ? null : String.join(" and ", harms);
    }

    /**
     * Whether the rule discards or rate-limits, in operator words.
     *
     * @return {@code discards} or {@code rate-limits}, or null when it has no traffic rate
     */
    private static @Nullable String rateLimit(final Actions actions) {
        if (zero(actions.getTrafficRateBytes()) || zero(actions.getTrafficRatePackets())) {
            return "discards";
        }
        return actions.getTrafficRateBytes() != null || actions.getTrafficRatePackets() != null ? "rate-limits"
            : null;
    }

    /**
     * A traffic rate of 0 discards (RFC 8955 section 7.1); compared as the float the community carries.
     */
    private static boolean zero(final @Nullable Rate rate) {
        return rate != null && rate.getRate() != null && rate.getRate().floatValue() == 0f;
    }
}
