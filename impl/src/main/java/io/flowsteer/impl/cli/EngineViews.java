/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.fsv2.SrSegmentListAction;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.wire.NlriText;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleTarget;
import io.flowsteer.impl.engine.DeviceStatusLine;
import io.flowsteer.impl.engine.EngineSnapshot;
import io.flowsteer.impl.resolve.CommunityText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * The console's views of the engine: one rule in detail, the installation order, the routers and their sessions.
 * Plain text, fixed-width, one fact per line, so that operators can grep it.
 */
public final class EngineViews {
    private static final String NL = System.lineSeparator();

    private EngineViews() {
        // Utility class
    }

    /**
     * One rule: its wire form decoded and in hex, its order index and each router's verdict.
     *
     * @param snapshot the engine's state
     * @param name the rule
     * @return the text
     */
    public static @NonNull String rule(final @NonNull EngineSnapshot snapshot, final @NonNull String name) {
        final List<CompiledRule> ordered = snapshot.ordered();
        for (int index = 0; index < ordered.size(); index++) {
            final CompiledRule rule = ordered.get(index);
            if (rule.name().equals(name)) {
                return ruleText(snapshot, rule, index);
            }
        }
        return "rule " + name + " is not configured, or does not compile (see flowsteer:rules)" + NL;
    }

    private static String ruleText(final EngineSnapshot snapshot, final CompiledRule rule, final int index) {
        final StringBuilder out = new StringBuilder();
        out.append("rule          ").append(rule.name()).append(NL)
            .append("order index   ").append(index).append(NL)
            .append("nlri          ").append(NlriText.describe(rule.nlri())).append(NL)
            .append("nlri hex      ").append(rule.encoding().nlri().hex()).append(NL);
        for (int i = 0; i < rule.communities().size(); i++) {
            out.append("community     ").append(rule.encoding().communities().get(i).hex()).append("  ")
                .append(CommunityText.community(rule.communities().get(i))).append(NL);
        }
        final RedirectGroupCommunity group = rule.redirectGroup();
        if (group != null) {
            out.append("group         ").append(hex(rule.encoding().redirectGroupContainer())).append("  ")
                .append(CommunityText.group(group)).append(NL);
        }
        final SrSegmentListAction segmentList = rule.srSegmentList();
        if (segmentList != null) {
            out.append("sr action     ").append(hex(rule.encoding().srSegmentList())).append("  ")
                .append(CommunityText.segmentList(segmentList, rule.srRevertTimerSeconds())).append(NL)
                .append("fsv2 actions  ").append(hex(rule.encoding().fsv2ActionContainer())).append(NL);
        }
        out.append("targets       ").append(targets(rule.target())).append(NL);
        final Map<String, DeviceStatusLine> verdicts = new TreeMap<>();
        snapshot.lines().forEach((device, lines) -> {
            final DeviceStatusLine line = lines.get(rule.name());
            if (line != null) {
                verdicts.put(device, line);
            }
        });
        if (verdicts.isEmpty()) {
            out.append("routers       (none targeted)").append(NL);
        }
        verdicts.forEach((device, line) -> {
            out.append("router        ").append(device).append(": ").append(line.state().getName());
            if (line.effectiveAction() != null) {
                out.append(NL).append("                action: ").append(line.effectiveAction());
            }
            if (line.reason() != null) {
                out.append(NL).append("                reason: ").append(line.reason());
            }
            out.append(NL);
        });
        return out.toString();
    }

    /**
     * The installation order.
     *
     * @param snapshot the engine's state
     * @return one line per rule, first installed first
     */
    public static @NonNull String order(final @NonNull EngineSnapshot snapshot) {
        final String format = "%6s  %-4s  %-32s %s%n";
        final StringBuilder out = new StringBuilder(String.format(Locale.ROOT, format, "ORDER", "VER", "NAME",
            "NLRI"));
        final List<CompiledRule> ordered = snapshot.ordered();
        for (int index = 0; index < ordered.size(); index++) {
            final CompiledRule rule = ordered.get(index);
            out.append(String.format(Locale.ROOT, format, index,
                rule.nlri() instanceof io.flowsteer.api.wire.Fsv2Nlri ? "fsv2" : "fsv1", rule.name(),
                NlriText.describe(rule.nlri())));
        }
        if (ordered.isEmpty()) {
            out.append("(no rules)").append(NL);
        }
        return out.toString();
    }

    /**
     * The routers, their BGP sessions (with the next connection attempt and the routes the router refused, when
     * there are any) and how their rules fare.
     *
     * @param snapshot the engine's state
     * @return one line per router
     */
    public static @NonNull String routers(final @NonNull EngineSnapshot snapshot) {
        final String format = "%-20s %-24s %-13s %s%n";
        final StringBuilder out = new StringBuilder(String.format(Locale.ROOT, format, "ROUTER", "BGP PEER",
            "SESSION", "RULES"));
        for (Map.Entry<String, Device> entry : new TreeMap<>(snapshot.devices()).entrySet()) {
            final Device device = entry.getValue();
            final PeerStatus session = snapshot.sessions().get(entry.getKey());
            final String peer = device.getBgp() == null ? "-"
                : device.getBgp().requirePeerAddress().stringValue() + " AS" + device.getBgp().getPeerAs();
            final String state = device.getBgp() == null ? "-"
                : session == null ? "not started" : session.state().name().toLowerCase(Locale.ROOT)
                    + (session.nextAttempt() == null ? "" : ", next attempt " + session.nextAttempt())
                    + (session.refused().isEmpty() ? "" : ", " + session.refused().size() + " routes refused");
            out.append(String.format(Locale.ROOT, format, entry.getKey(), peer, state,
                counts(snapshot.lines().getOrDefault(entry.getKey(), Map.of()))));
        }
        if (snapshot.devices().isEmpty()) {
            out.append("(no routers configured)").append(NL);
        }
        return out.toString();
    }

    private static String counts(final Map<String, DeviceStatusLine> lines) {
        final Map<RuleState, Integer> counts = new EnumMap<>(RuleState.class);
        lines.values().forEach(line -> counts.merge(line.state(), 1, Integer::sum));
        if (counts.isEmpty()) {
            return "none";
        }
        final StringBuilder out = new StringBuilder();
        counts.forEach((state, count) -> out.append(out.isEmpty() ? "" : ", ").append(count).append(' ')
            .append(state.getName()));
        return out.toString();
    }

    private static String targets(final RuleTarget target) {
        if (target.everyRouter()) {
            return "every router with BGP";
        }
        final List<String> parts = new ArrayList<>(2);
        if (!target.devices().isEmpty()) {
            parts.add("devices " + String.join(", ", new TreeSet<>(target.devices())));
        }
        if (!target.groups().isEmpty()) {
            parts.add("device groups " + String.join(", ", new TreeSet<>(target.groups())));
        }
        return String.join("; ", parts);
    }

    private static String hex(final @Nullable Octets octets) {
        return octets == null ? "" : octets.hex();
    }
}
