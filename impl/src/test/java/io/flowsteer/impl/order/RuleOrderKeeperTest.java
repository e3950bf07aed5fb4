/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.AddressFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.MatchBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HexString;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Decimal64;
import org.opendaylight.yangtools.yang.common.Uint64;

class RuleOrderKeeperTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final InstanceIdentifier<FlowspecStatus> STATUS = InstanceIdentifier.create(FlowspecStatus.class);

    private InMemoryMdsal mdsal;
    private StatusWriter writer;
    private RuleOrderKeeper keeper;

    @BeforeEach
    void start() {
        mdsal = new InMemoryMdsal();
        writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.fixed(NOW, ZoneOffset.UTC));
        writer.start();
        keeper = new RuleOrderKeeper(mdsal.domDataBroker(), mdsal.serializer(), new RuleCompiler(), writer);
        keeper.register();
    }

    @AfterEach
    void stop() throws InterruptedException {
        keeper.close();
        writer.close();
    }

    @Test
    void aNewRuleIsPendingWithItsEncodingsOrderKeyAndTime() throws Exception {
        put(Rules.dns("block-dns", "192.0.2.0/24").setActions(new ActionsBuilder().setTrafficRateBytes(
            new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("0.000")).build()).build()).build());
        final var rule = awaitStatus(rules -> rules.containsKey("block-dns")).get("block-dns");
        assertEquals(RuleState.Pending, rule.getState());
        assertEquals(new HexString("0b0118c00002038111058135"), rule.getNlri());
        assertEquals(List.of(new HexString("8006000000000000")), rule.getExtendedCommunity());
        assertEquals(Uint64.valueOf(OrderKeys.SPACING), rule.getOrderKey());
        assertNull(rule.getValidationError());
        assertEquals("2026-11-25T12:00:00Z", rule.getLastChange().getValue());
    }

    @Test
    void theOrderIsFsv2ThenFsv1ThenLongerPrefixFirstWhateverTheArrivalOrder() throws Exception {
        put(Rules.dns("v1-short", "192.0.2.0/24").build());
        put(Rules.dns("v1-long", "192.0.2.128/25").build());
        put(Rules.dns("v2", "198.51.100.0/24").setVersion(FlowspecVersion.Fsv2).build());
        final var status = awaitStatus(rules -> rules.size() == 3 && byKey(rules).equals(
            List.of("v2", "v1-long", "v1-short")));
        assertEquals(List.of("v2", "v1-long", "v1-short"), byKey(status));
        assertEquals(List.of("v2", "v1-long", "v1-short"),
            keeper.order().rules().stream().map(rule -> rule.name()).toList());
    }

    @Test
    void removingARuleLeavesTheOtherRulesTheirKeys() throws Exception {
        put(Rules.dns("first", "192.0.2.128/25").build());
        put(Rules.dns("second", "192.0.2.0/24").build());
        final Uint64 secondKey = awaitStatus(rules -> byKey(rules).equals(List.of("first", "second")))
            .get("second").getOrderKey();
        mdsal.write(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION, rulePath("first")));
        final var status = awaitStatus(rules -> !rules.containsKey("first"));
        assertEquals(RuleState.Pending, status.get("second").getState());
        assertEquals(secondKey, status.get("second").getOrderKey());
    }

    @Test
    void aRulePlacedBetweenTwoOthersTakesAKeyBetweenTheirsAndTheyKeepTheirs() throws Exception {
        put(Rules.dns("first", "192.0.2.0/26").build());
        put(Rules.dns("last", "192.0.2.0/24").build());
        final var before = awaitStatus(rules -> byKey(rules).equals(List.of("first", "last")));
        put(Rules.dns("between", "192.0.2.0/25").build());
        final var after = awaitStatus(rules -> rules.containsKey("between"));
        assertEquals(List.of("first", "between", "last"), byKey(after));
        assertEquals(before.get("first").getOrderKey(), after.get("first").getOrderKey());
        assertEquals(before.get("last").getOrderKey(), after.get("last").getOrderKey());
    }

    @Test
    void aRuleThatDoesNotCompileFailsWithItsErrorsAndHasNoOrderKey() throws Exception {
        // Without the commit cohort (not registered here) a bad rule reaches the datastore.
        put(Rules.dns("empty-match", "192.0.2.0/24").setMatch(new MatchBuilder().build()).build());
        final var rule = awaitStatus(rules -> rules.containsKey("empty-match")).get("empty-match");
        assertEquals(RuleState.Failed, rule.getState());
        assertNull(rule.getOrderKey());
        assertEquals(Set.of("rule empty-match: match is empty: an FSv1 NLRI needs at least one component"
            + " (RFC 8955 section 4)"), rule.getValidationError());
    }

    @Test
    void fixingARefusedRuleClearsItsValidationErrors() throws Exception {
        put(Rules.dns("fix-me", "192.0.2.0/24").setMatch(new MatchBuilder().build()).build());
        awaitStatus(rules -> rules.containsKey("fix-me") && rules.get("fix-me").getState() == RuleState.Failed);
        put(Rules.dns("fix-me", "192.0.2.0/24").build());
        final var rule = awaitStatus(rules -> rules.get("fix-me").getState() == RuleState.Pending).get("fix-me");
        assertNull(rule.getValidationError());
        assertEquals(Uint64.valueOf(OrderKeys.SPACING), rule.getOrderKey());
    }

    @Test
    void aThousandRulesInOneTransactionAllGetTheirPlace() throws Exception {
        mdsal.write(tx -> {
            for (int i = 0; i < 1000; i++) {
                final String name = "rule-" + i;
                tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rulePath(name),
                    Rules.dns(name, "10." + i / 250 + "." + i % 250 + ".0/24").setAddressFamily(AddressFamily.Ipv4)
                        .build());
            }
        });
        final var status = awaitStatus(rules -> rules.size() == 1000);
        assertTrue(status.values().stream().allMatch(rule -> rule.getState() == RuleState.Pending));
        assertEquals(1000, status.values().stream().map(rule -> rule.getOrderKey()).distinct().count());
    }

    private void put(final Rule rule) throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rulePath(rule.getName()),
            rule));
    }

    private static InstanceIdentifier<Rule> rulePath(final String name) {
        return InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(name)).build();
    }

    /**
     * The names of the rules with an order key, lowest key first.
     */
    private static List<String> byKey(
            final Map<String, org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>
                rules) {
        return rules.values().stream()
            .filter(rule -> rule.getOrderKey() != null)
            .sorted(Comparator.comparing(rule -> rule.getOrderKey()))
            .map(rule -> rule.getName())
            .toList();
    }

    private Map<String, org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>
            awaitStatus(final Predicate<Map<String,
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>> condition)
            throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Map<String, org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule> byName =
            Map.of();
        while (System.nanoTime() < deadline) {
            final var current = new HashMap<String,
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>();
            mdsal.read(LogicalDatastoreType.OPERATIONAL, STATUS).map(FlowspecStatus::nonnullRule).orElse(Map.of())
                .forEach((key, value) -> current.put(key.getName(), value));
            byName = current;
            if (condition.test(byName)) {
                return byName;
            }
            Thread.sleep(20);
        }
        fail("status never reached the expected state; last seen: " + byName);
        return byName;
    }
}
