/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.rpc;

import io.flowsteer.api.community.TrafficAction;
import io.flowsteer.api.match.FlowMatcher;
import io.flowsteer.api.match.PacketHeader;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.IpAddressText;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.FlagBits;
import io.flowsteer.impl.engine.DeviceStatusLine;
import io.flowsteer.impl.engine.EngineSnapshot;
import io.flowsteer.impl.resolve.RouterViews;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ExplainPacketInput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * Explains what a router does with one packet: the first rule in installation order that matches it among the
 * rules in effect on that router (RFC 8955 section 5.1; FSv2 rules first), and what that rule makes the router do;
 * when that rule's traffic-action has the T (terminal action) bit set, the later matching rules apply too and are
 * named as well, up to the first one without it (RFC 8955 section 7.3).
 * A rule that would match earlier but is not in effect there (pending, unsupported, rejected) is named too, since
 * that is usually the question behind the question.
 */
public final class PacketExplainer {
    /**
     * The explanation.
     *
     * @param matchedRule the rule that applies, or null
     * @param orderIndex its position in the installation order, or -1
     * @param verdict the explanation in words
     */
    public record Explanation(@Nullable String matchedRule, long orderIndex, @NonNull String verdict) {
    }

    private PacketExplainer() {
        // Utility class
    }

    /**
     * Explains a packet on a router.
     *
     * @param snapshot the engine's state
     * @param device the router
     * @param packet the packet
     * @return the explanation
     */
    public static @NonNull Explanation explain(final @NonNull EngineSnapshot snapshot, final @NonNull String device,
            final @NonNull PacketHeader packet) {
        if (!snapshot.devices().containsKey(device)) {
            throw new IllegalArgumentException("device " + device + " is not configured");
        }
        final Map<String, DeviceStatusLine> lines = snapshot.lines().getOrDefault(device, Map.of());
        // what the router leaves out of the rules it installs (optional FSv2 components it cannot match)
        final Set<ComponentType> unmatchable = RouterViews.capabilities(snapshot.devices().get(device)).unmatchable();
        final List<CompiledRule> ordered = snapshot.ordered();
        String shadowing = null;
        String first = null;
        long firstIndex = -1;
        final List<String> applied = new ArrayList<>();
        for (int index = 0; index < ordered.size(); index++) {
            final CompiledRule rule = ordered.get(index);
            final DeviceStatusLine line = lines.get(rule.name());
            if (line == null || rule.nlri().afi() != packet.afi()
                    || !FlowMatcher.matches(rule.nlri(), packet, unmatchable)) {
                continue;
            }
            if (!inEffect(line.state())) {
                if (shadowing == null && first == null) {
                    shadowing = "rule " + rule.name() + " (order " + index + ") would match first but is "
                        + line.state().getName() + (line.reason() == null ? "" : " (" + line.reason() + ")");
                }
                continue;
            }
            final String action = line.effectiveAction() == null ? "its actions" : line.effectiveAction();
            applied.add("rule " + rule.name() + " (order " + index + ", " + line.state().getName() + ") applies: "
                + action);
            if (first == null) {
                first = rule.name();
                firstIndex = index;
            }
            if (!continues(rule)) {
                break;
            }
        }
        if (first == null) {
            return new Explanation(null, -1, "no flowspec rule in effect on " + device
                + " matches: the packet is forwarded normally" + (shadowing == null ? "" : "; " + shadowing));
        }
        return new Explanation(first, firstIndex, "on " + device + " " + String.join(
            "; its traffic-action has the terminal-action bit set, so evaluation continues: ", applied)
            + (shadowing == null ? "" : "; " + shadowing));
    }

    /**
     * Whether the rules after this one still apply to a packet it matched: RFC 8955 section 7.3, traffic-action
     * with the T (terminal action) bit set; without it, or without a traffic-action, evaluation stops at this
     * rule.
     *
     * @param rule the rule
     * @return true when later matching rules apply too
     */
    static boolean continues(final @NonNull CompiledRule rule) {
        return rule.communities().stream().anyMatch(c -> c instanceof TrafficAction action && action.terminal());
    }

    /**
     * Whether a router applies a rule in this state.
     *
     * @param state the rule's state on the router
     * @return true when the rule is in effect there
     */
    public static boolean inEffect(final @NonNull RuleState state) {
        return state == RuleState.Installed || state == RuleState.PartiallyInstalled
            || state == RuleState.InvalidRedirect;
    }

    /**
     * The packet of an {@code explain-packet} input.
     *
     * @param input the RPC input
     * @return the packet header
     */
    public static @NonNull PacketHeader packet(final @NonNull ExplainPacketInput input) {
        final InetAddress source = IpAddressText.parse(input.requireSource().stringValue());
        final InetAddress destination = IpAddressText.parse(input.requireDestination().stringValue());
        final Afi afi = source instanceof Inet4Address ? Afi.IPV4 : Afi.IPV6;
        if (destination instanceof Inet4Address != (afi == Afi.IPV4)) {
            throw new IllegalArgumentException("source " + source.getHostAddress() + " and destination "
                + destination.getHostAddress() + " are of different address families");
        }
        final PacketHeader.Builder builder = PacketHeader.builder(afi)
            .source(source.getAddress())
            .destination(destination.getAddress());
        if (input.getProtocol() != null) {
            builder.protocol(input.getProtocol().toJava());
        }
        builder.ports(input.getSourcePort() == null ? 0 : input.getSourcePort().getValue().toJava(),
            input.getDestinationPort() == null ? 0 : input.getDestinationPort().getValue().toJava());
        builder.icmp(input.getIcmpType() == null ? 0 : input.getIcmpType().toJava(),
            input.getIcmpCode() == null ? 0 : input.getIcmpCode().toJava());
        builder.tcpFlags((int) FlagBits.tcp(input.getTcpFlags()));
        if (input.getLength() != null) {
            builder.packetLength(input.getLength().toJava());
        }
        if (input.getDscp() != null) {
            builder.dscp(input.getDscp().getValue().toJava());
        }
        builder.fragmentFlags((int) FlagBits.fragment(input.getFragment()));
        if (input.getFlowLabel() != null) {
            builder.flowLabel(input.getFlowLabel().getValue().intValue());
        }
        return builder.build();
    }
}
