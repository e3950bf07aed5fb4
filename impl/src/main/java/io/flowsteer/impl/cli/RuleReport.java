/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.status.RuleStateCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * What the console shows about rules: the configured rules joined with their operational status.
 */
public final class RuleReport {
    private static final long READ_TIMEOUT_SECONDS = 10;
    private static final String NONE = "-";

    private final DataBroker dataBroker;

    public RuleReport(final @NonNull DataBroker dataBroker) {
        this.dataBroker = requireNonNull(dataBroker);
    }

    /**
     * One line of the rule list.
     *
     * @param name the rule
     * @param version fsv1 or fsv2
     * @param family ipv4 or ipv6
     * @param state its summary state, or "-" while it has none
     * @param order its 0-based position in the installation order, or "-"
     * @param lastChange when its state last changed, or "-"
     */
    public record RuleLine(String name, String version, String family, String state, String order,
            String lastChange) {
    }

    /**
     * Reads every configured rule with its status, in installation order when known, then by name.
     *
     * @return the rules
     * @throws ExecutionException if a read fails
     * @throws TimeoutException if a read does not finish in time
     * @throws InterruptedException if interrupted
     */
    public List<RuleLine> rules() throws ExecutionException, TimeoutException, InterruptedException {
        final Map<?, Rule> config = read(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.create(Flowspec.class)).map(Flowspec::nonnullRule).orElse(Map.of());
        final Map<String, org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>
            status = new HashMap<>();
        read(LogicalDatastoreType.OPERATIONAL, InstanceIdentifier.create(FlowspecStatus.class))
            .map(FlowspecStatus::nonnullRule).orElse(Map.of())
            .forEach((key, value) -> status.put(key.getName(), value));
        // rules without a key (not rendered) last
        final List<Rule> ordered = config.values().stream()
            .sorted(Comparator.comparing((Rule rule) -> orderKey(status.get(rule.requireName())))
                .thenComparing(Rule::requireName))
            .toList();
        final List<RuleLine> lines = new ArrayList<>(ordered.size());
        for (Rule rule : ordered) {
            final var ruleStatus = status.get(rule.requireName());
            lines.add(new RuleLine(rule.requireName(), rule.getVersion() == null ? "fsv1"
                : rule.getVersion().getName(), rule.getAddressFamily() == null ? "ipv4"
                : rule.getAddressFamily().getName(),
                ruleStatus == null || ruleStatus.getState() == null ? NONE : ruleStatus.getState().getName(),
                // the keys sort the rules; their rank is the position
                orderKey(ruleStatus) == Long.MAX_VALUE ? NONE : String.valueOf(lines.size()),
                ruleStatus == null || ruleStatus.getLastChange() == null ? NONE
                    : ruleStatus.getLastChange().getValue()));
        }
        return lines;
    }

    /**
     * Renders rules as a fixed-width table.
     *
     * @param lines the rules
     * @return the table, one line per rule after a header
     */
    public static String table(final List<RuleLine> lines) {
        final String format = "%-32s %-5s %-5s %-20s %-6s %s%n";
        final StringBuilder out = new StringBuilder(String.format(format, "NAME", "VER", "AF", "STATE", "ORDER",
            "LAST CHANGE"));
        for (RuleLine line : lines) {
            out.append(String.format(format, line.name(), line.version(), line.family(), line.state(),
                line.order(), line.lastChange()));
        }
        if (lines.isEmpty()) {
            out.append("(no rules configured)").append(System.lineSeparator());
        }
        return out.toString();
    }

    /**
     * Counts the rules per state, as {@code rule-summary} does.
     *
     * @return the counts
     * @throws ExecutionException if a read fails
     * @throws TimeoutException if a read does not finish in time
     * @throws InterruptedException if interrupted
     */
    public RuleStateCounts counts() throws ExecutionException, TimeoutException, InterruptedException {
        return RuleStateCounts.read(dataBroker).get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Renders the count of rules per state.
     *
     * @param counts the counts
     * @return a line with the totals, then one line per state that has rules
     */
    public static String summary(final RuleStateCounts counts) {
        final StringBuilder out = new StringBuilder(String.format("%d rules configured, %d with status%n",
            counts.configured(), counts.withStatus()));
        if (!counts.byState().isEmpty()) {
            out.append(String.format("%-20s %s%n", "STATE", "RULES"));
            counts.byState().forEach((state, rules) -> out.append(String.format("%-20s %d%n", state.getName(),
                rules)));
        }
        return out.toString();
    }

    private static long orderKey(final org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec
            .status.@Nullable Rule ruleStatus) {
        return ruleStatus == null || ruleStatus.getOrderKey() == null ? Long.MAX_VALUE
            : ruleStatus.getOrderKey().longValue();
    }

    private <T extends DataObject> Optional<T> read(final LogicalDatastoreType store,
            final InstanceIdentifier<T> path) throws ExecutionException, TimeoutException, InterruptedException {
        // A transaction is bound to one datastore: configuration and status are read one after the other.
        try (ReadTransaction tx = dataBroker.newReadOnlyTransaction()) {
            return tx.read(store, path).get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
