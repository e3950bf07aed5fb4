/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.match;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.BitmaskComponent;
import io.flowsteer.api.wire.BitmaskTerm;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Component;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.NumericTerm;
import java.util.List;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Matches packets against flowspec rules with the semantics of RFC 8955 section 4.2 (components ANDed; within a
 * component, terms combined left to right with AND binding tighter than OR; numeric lt/gt/eq incl. false 000 and
 * true 111; bitmask match/not), RFC 8956 section 3 (IPv6 prefix bits [offset, length), flow label) and
 * draft-ietf-idr-fsv2-ip-basic section 4.4. Port, ICMP and TCP flags components never match other protocols, non-first
 * fragments, or packets whose transport header was not located (RFC 8955 sections 4.2.2.4-4.2.2.9). An FSv2 rule
 * with a mandatory component Flowsteer does not understand never matches (it is invalid, section 3.1.2); unknown
 * optional components are ignored.
 */
public final class FlowMatcher {
    private static final int TCP = 6;
    private static final int UDP = 17;
    private static final int ICMP = 1;
    private static final int ICMPV6 = 58;

    private FlowMatcher() {
        // utility class
    }

    /**
     * Finds the first rule of an ordered list that matches the packet.
     *
     * @param ordered rules in installation order (see {@code io.flowsteer.api.order.FlowspecOrder})
     * @param packet the packet
     * @return the index of the first matching rule, or -1
     */
    public static int firstMatch(final @NonNull List<? extends FlowspecNlri> ordered,
            final @NonNull PacketHeader packet) {
        for (int i = 0, size = ordered.size(); i < size; i++) {
            if (matches(ordered.get(i), packet)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether one rule matches the packet.
     *
     * @param rule the rule
     * @param packet the packet
     * @return true when every component matches
     */
    public static boolean matches(final @NonNull FlowspecNlri rule, final @NonNull PacketHeader packet) {
        return matches(rule, packet, Set.of());
    }

    /**
     * Whether a rule matches a packet on a router that cannot match on some components: an optional FSv2 component of
     * such a type is left out, so the rule matches more (draft-ietf-idr-fsv2-ip-basic section 6.2). A mandatory one
     * still has to match: a router that cannot match it does not install the rule at all.
     *
     * @param rule the rule
     * @param packet the packet
     * @param unmatchable the component types the router cannot match on
     * @return true when every component the router applies matches
     */
    public static boolean matches(final @NonNull FlowspecNlri rule, final @NonNull PacketHeader packet,
            final @NonNull Set<ComponentType> unmatchable) {
        if (rule.afi() != packet.afi()) {
            return false;
        }
        if (rule instanceof Fsv1Nlri fsv1) {
            for (FlowComponent component : fsv1.components()) {
                if (!matches(component, packet)) {
                    return false;
                }
            }
            return true;
        }
        if (!(rule instanceof Fsv2Nlri fsv2)) {
            return false;
        }
        for (Fsv2FilterFamily family : fsv2.families()) {
            for (Fsv2Component component : family.components()) {
                if (component instanceof Fsv2IpComponent ip) {
                    final boolean leftOut = ip.optional() && unmatchable.contains(ip.component().type());
                    if (!leftOut && !matches(ip.component(), packet)) {
                        return false;
                    }
                } else if (!component.optional()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether one component matches the packet.
     *
     * @param component the component
     * @param packet the packet
     * @return the match result
     */
    public static boolean matches(final @NonNull FlowComponent component, final @NonNull PacketHeader packet) {
        final ComponentType type = component.type();
        if (component instanceof IpPrefixComponent prefix) {
            return type == ComponentType.DESTINATION_PREFIX
                ? prefix.matches(packet.destinationHigh(), packet.destinationLow())
                : prefix.matches(packet.sourceHigh(), packet.sourceLow());
        }
        if (component instanceof BitmaskComponent bitmask) {
            if (type == ComponentType.FRAGMENT) {
                return evaluate(bitmask.terms(), packet.fragmentFlags());
            }
            return transportReadable(packet, TCP, TCP) && evaluate(bitmask.terms(), packet.tcpFlags() & 0xfff);
        }
        if (!(component instanceof NumericComponent numeric)) {
            return false;
        }
        final List<NumericTerm> terms = numeric.terms();
        final int icmp = packet.afi() == Afi.IPV4 ? ICMP : ICMPV6;
        return switch (type) {
            case IP_PROTOCOL -> evaluate(terms, packet.protocol());
            case PORT -> transportReadable(packet, TCP, UDP)
                && (evaluate(terms, packet.sourcePort()) || evaluate(terms, packet.destinationPort()));
            case DESTINATION_PORT -> transportReadable(packet, TCP, UDP) && evaluate(terms, packet.destinationPort());
            case SOURCE_PORT -> transportReadable(packet, TCP, UDP) && evaluate(terms, packet.sourcePort());
            case ICMP_TYPE -> transportReadable(packet, icmp, icmp) && evaluate(terms, packet.icmpType());
            case ICMP_CODE -> transportReadable(packet, icmp, icmp) && evaluate(terms, packet.icmpCode());
            case PACKET_LENGTH -> evaluate(terms, packet.packetLength());
            case DSCP -> evaluate(terms, packet.dscp());
            case FLOW_LABEL -> evaluate(terms, packet.flowLabel());
            default -> false;
        };
    }

    private static boolean transportReadable(final PacketHeader packet, final int proto1, final int proto2) {
        return packet.transportHeaderLocated() && (packet.protocol() == proto1 || packet.protocol() == proto2)
            && (packet.fragmentFlags() & BitmaskComponent.FRAGMENT_ISF) == 0;
    }

    /**
     * Evaluates numeric terms: OR of AND-groups, AND binding tighter (RFC 8955 section 4.2.1.1).
     *
     * @param terms the terms
     * @param data the packet field as an unsigned number
     * @return the result
     */
    public static boolean evaluate(final @NonNull List<NumericTerm> terms, final long data) {
        boolean result = false;
        boolean group = true;
        for (int i = 0, size = terms.size(); i < size; i++) {
            final NumericTerm term = terms.get(i);
            if (i > 0 && !term.and()) {
                result |= group;
                group = true;
            }
            group &= term.test(data);
        }
        return result | group;
    }

    private static boolean evaluate(final List<BitmaskTerm> terms, final int data) {
        boolean result = false;
        boolean group = true;
        for (int i = 0, size = terms.size(); i < size; i++) {
            final BitmaskTerm term = terms.get(i);
            if (i > 0 && !term.and()) {
                result |= group;
                group = true;
            }
            group &= term.test(data);
        }
        return result | group;
    }
}
