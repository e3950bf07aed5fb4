/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleSummary;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleSummaryInputBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleSummaryOutput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.rule.summary.output.State;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * {@code rule-summary}, registered with and invoked through MD-SAL's RPC router, counts what the datastores of an
 * in-memory MD-SAL broker hold: the configured rules, the status entries, and the entries per state.
 */
class RuleSummaryRpcTest {
    private final InMemoryMdsal mdsal = new InMemoryMdsal();
    private final RuleSummaryRpc rpc = new RuleSummaryRpc(mdsal.rpcProviderService(), mdsal.dataBroker());

    @BeforeEach
    void register() {
        rpc.register();
    }

    @AfterEach
    void unregister() {
        rpc.close();
    }

    @Test
    void everyRuleIsCountedInItsState() throws Exception {
        // more than sixteen entries, so that the lists are read as the codec's lazily decoded maps
        mdsal.write(tx -> {
            for (int i = 0; i < 20; i++) {
                tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rule("r" + i),
                    new RuleBuilder().setName("r" + i).build());
            }
        });
        mdsal.write(tx -> {
            for (int i = 0; i < 17; i++) {
                putStatus(tx, "r" + i, RuleState.Installed);
            }
            putStatus(tx, "r17", RuleState.Pending);
            putStatus(tx, "r18", RuleState.Failed);
            // a deleted rule whose entry has not gone yet
            putStatus(tx, "gone", RuleState.Installed);
        });

        final RuleSummaryOutput output = summary();

        assertEquals(20, output.getConfigured().intValue());
        assertEquals(20, output.getWithStatus().intValue());
        assertEquals(Map.of(RuleState.Installed, 18, RuleState.Pending, 1, RuleState.Failed, 1), states(output));
    }

    @Test
    void nothingStoredCountsNothing() throws Exception {
        final RuleSummaryOutput output = summary();

        assertEquals(0, output.getConfigured().intValue());
        assertEquals(0, output.getWithStatus().intValue());
        assertNull(output.getState(), "no state lines: " + output.getState());
    }

    @Test
    void aRuleWithoutStatusYetIsConfiguredButInNoState() throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rule("new"),
            new RuleBuilder().setName("new").build()));

        final RuleSummaryOutput output = summary();

        assertEquals(1, output.getConfigured().intValue());
        assertEquals(0, output.getWithStatus().intValue());
        assertTrue(states(output).isEmpty(), "no state: " + states(output));
    }

    private RuleSummaryOutput summary() throws Exception {
        final var result = mdsal.rpcService().getRpc(RuleSummary.class).invoke(new RuleSummaryInputBuilder().build())
            .get(10, TimeUnit.SECONDS);
        assertTrue(result.isSuccessful(), "rule-summary failed: " + result.getErrors());
        return result.getResult();
    }

    private static Map<RuleState, Integer> states(final RuleSummaryOutput output) {
        final Map<RuleState, Integer> states = new LinkedHashMap<>();
        for (State state : output.nonnullState().values()) {
            states.put(state.getName(), state.getRules().intValue());
        }
        return states;
    }

    private static InstanceIdentifier<Rule> rule(final String name) {
        return InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(name)).build();
    }

    private static void putStatus(final WriteTransaction tx, final String name, final RuleState state) {
        tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath(name),
            new org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleBuilder()
                .setName(name).setState(state).build());
    }
}
