/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.BitmaskComponent;
import io.flowsteer.api.wire.BitmaskTerm;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.IpAddressText;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.NumericTerm;
import io.flowsteer.impl.validate.Prefixes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FragmentFlags;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.LogicalOperation;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.NumericComparison;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.OptionalComponent;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.PrefixComponent;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.TcpFlags;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.TermHeader;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.Match;

/**
 * The match of a rule as flow components: the 13 IP basic components of RFC 8955 section 4.2.2, RFC 8956
 * section 3 and draft-ietf-idr-fsv2-ip-basic section 4, in type order, with numeric (RFC 8955 4.2.1.1) and bitmask
 * (4.2.1.2) operators. Re-checks what YANG says but the datastore does not enforce: prefix family, IPv6-only
 * components, offset below length, the FSv2-only 'optional' flag and the first term's logical operation.
 */
final class MatchCompiler {
    private static final String MATCH = "match/";

    private final Problems problems;
    private final Afi afi;
    private final boolean fsv2;
    private final List<MatchComponent> components = new ArrayList<>();

    private MatchCompiler(final Problems problems, final Afi afi, final FlowspecVersion version) {
        this.problems = problems;
        this.afi = afi;
        fsv2 = version == FlowspecVersion.Fsv2;
    }

    /**
     * Compiles a match.
     *
     * @param problems where errors go
     * @param afi the rule's address family
     * @param version the rule's version
     * @param match the match
     * @return the components that compiled, in type order
     */
    static @NonNull List<MatchComponent> compile(final @NonNull Problems problems, final @NonNull Afi afi,
            final @NonNull FlowspecVersion version, final @NonNull Match match) {
        final MatchCompiler compiler = new MatchCompiler(problems, afi, version);
        compiler.compile(match);
        return List.copyOf(compiler.components);
    }

    private void compile(final Match match) {
        prefix("destination-prefix", ComponentType.DESTINATION_PREFIX, match.getDestinationPrefix());
        prefix("source-prefix", ComponentType.SOURCE_PREFIX, match.getSourcePrefix());
        final var protocol = match.getIpProtocol();
        if (protocol != null) {
            numeric("ip-protocol", ComponentType.IP_PROTOCOL, protocol, protocol.getTerm(),
                term -> term.getValue().toJava());
        }
        final var port = match.getPort();
        if (port != null) {
            numeric("port", ComponentType.PORT, port, port.getTerm(), term -> term.getValue().toJava());
        }
        final var destinationPort = match.getDestinationPort();
        if (destinationPort != null) {
            numeric("destination-port", ComponentType.DESTINATION_PORT, destinationPort, destinationPort.getTerm(),
                term -> term.getValue().toJava());
        }
        final var sourcePort = match.getSourcePort();
        if (sourcePort != null) {
            numeric("source-port", ComponentType.SOURCE_PORT, sourcePort, sourcePort.getTerm(),
                term -> term.getValue().toJava());
        }
        final var icmpType = match.getIcmpType();
        if (icmpType != null) {
            numeric("icmp-type", ComponentType.ICMP_TYPE, icmpType, icmpType.getTerm(),
                term -> term.getValue().toJava());
        }
        final var icmpCode = match.getIcmpCode();
        if (icmpCode != null) {
            numeric("icmp-code", ComponentType.ICMP_CODE, icmpCode, icmpCode.getTerm(),
                term -> term.getValue().toJava());
        }
        final var tcpFlags = match.getTcpFlags();
        if (tcpFlags != null) {
            bitmask("tcp-flags", ComponentType.TCP_FLAGS, tcpFlags, tcpFlags.getTerm(),
                term -> tcpMask(term.getValue()), term -> term.getMatch(), term -> term.getNot());
        }
        final var packetLength = match.getPacketLength();
        if (packetLength != null) {
            numeric("packet-length", ComponentType.PACKET_LENGTH, packetLength, packetLength.getTerm(),
                term -> term.getValue().toJava());
        }
        final var dscp = match.getDscp();
        if (dscp != null) {
            numeric("dscp", ComponentType.DSCP, dscp, dscp.getTerm(), term -> term.getValue().getValue().toJava());
        }
        final var fragment = match.getFragment();
        if (fragment != null) {
            if (afi == Afi.IPV6 && fragment.getTerm() != null && fragment.getTerm().values().stream()
                    .anyMatch(term -> term.getValue() != null && term.getValue().getDontFragment())) {
                problems.add(MATCH + "fragment", "dont-fragment is only defined for IPv4 rules (RFC 8956 section 3.6)");
            } else {
                bitmask("fragment", ComponentType.FRAGMENT, fragment, fragment.getTerm(),
                    term -> fragmentMask(term.getValue()), term -> term.getMatch(), term -> term.getNot());
            }
        }
        final var flowLabel = match.getFlowLabel();
        if (flowLabel != null) {
            if (afi == Afi.IPV4) {
                problems.add(MATCH + "flow-label", "is only defined for IPv6 rules (RFC 8956 section 3.7)");
            } else {
                numeric("flow-label", ComponentType.FLOW_LABEL, flowLabel, flowLabel.getTerm(),
                    term -> term.getValue().getValue().toJava());
            }
        }
    }

    private void prefix(final String name, final ComponentType type, final @Nullable PrefixComponent component) {
        if (component == null) {
            return;
        }
        final String field = MATCH + name;
        final boolean optional = optional(field, component);
        final var prefixLeaf = component.getPrefix();
        if (prefixLeaf == null) {
            problems.add(field + "/prefix", "is missing");
            return;
        }
        final String text = prefixLeaf.getValue();
        final IpAddressText.Prefix prefix = IpAddressText.prefix(text);
        if (prefix == null) {
            problems.add(field + "/prefix", text + " is not an IPv4 or IPv6 prefix");
            return;
        }
        final String hostBits = Prefixes.hostBits(text);
        if (hostBits != null) {
            problems.add(field + "/prefix", hostBits);
            return;
        }
        if (prefix.afi() != afi) {
            problems.add(field + "/prefix", text + " is an " + familyName(prefix.afi())
                + " prefix but the rule's address-family is " + familyName(afi));
            return;
        }
        final int offset = component.getOffset() == null ? 0 : component.getOffset().toJava();
        if (afi == Afi.IPV4) {
            if (offset != 0) {
                // offset has a default of 0, so 0 cannot be told from absent
                problems.add(field + "/offset", "is only defined for IPv6 rules (RFC 8956 section 3.1)");
                return;
            }
            add(field, optional, () -> IpPrefixComponent.ipv4(type, prefix.octets(), prefix.length()));
        } else {
            if (offset != 0 && offset >= prefix.length()) {
                problems.add(field + "/offset", offset + " is not below the prefix length " + prefix.length());
                return;
            }
            add(field, optional, () -> IpPrefixComponent.ipv6(type, prefix.octets(), offset, prefix.length()));
        }
    }

    private <T extends org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.NumericTerm> void numeric(
            final String name, final ComponentType type, final OptionalComponent component,
            final @Nullable Map<?, T> terms, final ToLongFunction<T> value) {
        final String field = MATCH + name;
        final boolean optional = optional(field, component);
        final List<T> ordered = ordered(field, terms);
        if (ordered == null) {
            return;
        }
        final List<NumericTerm> wire = new ArrayList<>(ordered.size());
        for (T term : ordered) {
            final NumericComparison comparison = term.getComparison() == null ? NumericComparison.Eq
                : term.getComparison();
            wire.add(new NumericTerm(isAnd(term), comparison.getIntValue(), value.applyAsLong(term)));
        }
        add(field, optional, () -> new NumericComponent(type, wire));
    }

    private <T extends org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.BitmaskTerm> void bitmask(
            final String name, final ComponentType type, final OptionalComponent component,
            final @Nullable Map<?, T> terms, final ToLongFunction<T> mask,
            final java.util.function.Function<T, Boolean> match, final java.util.function.Function<T, Boolean> not) {
        final String field = MATCH + name;
        final boolean optional = optional(field, component);
        final List<T> ordered = ordered(field, terms);
        if (ordered == null) {
            return;
        }
        final List<BitmaskTerm> wire = new ArrayList<>(ordered.size());
        for (T term : ordered) {
            wire.add(new BitmaskTerm(isAnd(term), Boolean.TRUE.equals(not.apply(term)),
                Boolean.TRUE.equals(match.apply(term)), mask.applyAsLong(term)));
        }
        add(field, optional, () -> new BitmaskComponent(type, wire));
    }

    private <T extends TermHeader> @Nullable List<T> ordered(final String field, final @Nullable Map<?, T> terms) {
        if (terms == null || terms.isEmpty()) {
            problems.add(field + "/term", "is empty: a component needs at least one term");
            return null;
        }
        final List<T> ordered = new ArrayList<>(terms.values());
        ordered.sort(Comparator.comparingInt(term -> term.getId() == null ? 0 : term.getId().toJava()));
        final T first = ordered.get(0);
        if (isAnd(first)) {
            problems.add(field + "/term[id=" + first.getId() + "]/logical-operation",
                "'and' is not allowed on the first term: it has no term before it (RFC 8955 section 4.2.1.1)");
            return null;
        }
        return ordered;
    }

    private boolean optional(final String field, final OptionalComponent component) {
        final boolean optional = Boolean.TRUE.equals(component.getOptional());
        if (optional && !fsv2) {
            problems.add(field + "/optional", "is an FSv2 flag but the rule's version is fsv1");
        }
        return optional;
    }

    private void add(final String field, final boolean optional,
            final java.util.function.Supplier<io.flowsteer.api.wire.FlowComponent> builder) {
        final var component = problems.build(field, builder);
        if (component != null) {
            components.add(new MatchComponent(component, optional));
        }
    }

    private static boolean isAnd(final TermHeader term) {
        return term.getLogicalOperation() == LogicalOperation.And;
    }

    private static long tcpMask(final @Nullable TcpFlags flags) {
        return FlagBits.tcp(flags);
    }

    private static long fragmentMask(final @Nullable FragmentFlags flags) {
        return FlagBits.fragment(flags);
    }

    static @NonNull String familyName(final @NonNull Afi afi) {
        return afi == Afi.IPV4 ? "ipv4" : "ipv6";
    }
}
