/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.testing.InMemoryMdsal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

class RuleStatusListenerTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final InstanceIdentifier<FlowspecStatus> STATUS = InstanceIdentifier.create(FlowspecStatus.class);

    private InMemoryMdsal mdsal;
    private StatusWriter writer;
    private RuleStatusListener listener;

    @BeforeEach
    void start() {
        mdsal = new InMemoryMdsal();
        writer = new StatusWriter(mdsal.dataBroker(), Clock.fixed(NOW, ZoneOffset.UTC));
        writer.start();
        listener = new RuleStatusListener(mdsal.dataBroker(), writer);
        listener.register();
    }

    @AfterEach
    void stop() throws InterruptedException {
        listener.close();
        writer.close();
    }

    @Test
    void aNewRuleIsPendingWithTheTimeOfTheChange() throws Exception {
        putRule("block-dns");
        final var status = awaitStatus(rules -> rules.containsKey("block-dns"));
        final var rule = status.get("block-dns");
        assertEquals(RuleState.Pending, rule.getState());
        assertEquals("2026-11-25T12:00:00Z", rule.getLastChange().getValue());
    }

    @Test
    void aDeletedRuleLosesItsStatus() throws Exception {
        putRule("block-dns");
        putRule("keep-me");
        awaitStatus(rules -> rules.size() == 2);
        mdsal.write(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION, rulePath("block-dns")));
        final var status = awaitStatus(rules -> !rules.containsKey("block-dns"));
        assertTrue(status.containsKey("keep-me"), "the other rule keeps its status");
    }

    @Test
    void aThousandRulesInOneTransactionAllGetStatus() throws Exception {
        mdsal.write(tx -> {
            for (int i = 0; i < 1000; i++) {
                final String name = "rule-" + i;
                tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rulePath(name),
                    new RuleBuilder().setName(name).build());
            }
        });
        final var status = awaitStatus(rules -> rules.size() == 1000);
        assertTrue(status.values().stream().allMatch(rule -> rule.getState() == RuleState.Pending));
    }

    private void putRule(final String name) throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rulePath(name),
            new RuleBuilder().setName(name).build()));
    }

    private static InstanceIdentifier<Rule> rulePath(final String name) {
        return InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(name)).build();
    }

    private Map<org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleKey,
            org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule> readStatus()
            throws Exception {
        final Optional<FlowspecStatus> status = mdsal.read(LogicalDatastoreType.OPERATIONAL, STATUS);
        return status.map(FlowspecStatus::nonnullRule).orElse(Map.of());
    }

    private Map<String, org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>
            awaitStatus(final Predicate<Map<String,
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>> condition)
            throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Map<String, org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule> byName =
            Map.of();
        while (System.nanoTime() < deadline) {
            final var current = new java.util.HashMap<String,
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>();
            readStatus().forEach((key, value) -> current.put(key.getName(), value));
            byName = current;
            if (condition.test(byName)) {
                return byName;
            }
            Thread.sleep(20);
        }
        assertNotNull(null, "status never reached the expected state; last seen: " + byName.keySet());
        return byName;
    }
}
