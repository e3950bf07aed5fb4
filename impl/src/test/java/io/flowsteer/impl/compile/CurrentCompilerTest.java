/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.impl.order.RuleOrderKeeper;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer.NodeResult;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;

class CurrentCompilerTest {
    private static final InMemoryMdsal CODEC = new InMemoryMdsal();

    @Test
    void theCommittedNodeTakesTheCohortsCompilationOfThatNode() {
        final CurrentCompiler compiler = new CurrentCompiler();
        final Rule rule = Rules.dns("r", "192.0.2.0/24").build();
        final NormalizedNode data = data(rule);
        final Compilation seen = compiler.compileChecked(data, rule);
        assertEquals(1, compiler.waiting());
        final Compilation taken = compiler.compileCommitted(data, rule);
        assertSame(seen, taken);
        assertEquals(0, compiler.waiting(), "taken once");
        assertNotSame(taken, compiler.compileCommitted(data, rule));
    }

    @Test
    void anotherNodeIsCompiledAfreshEvenWithEqualConfiguration() {
        final CurrentCompiler compiler = new CurrentCompiler();
        final Rule rule = Rules.dns("r", "192.0.2.0/24").build();
        final Compilation seen = compiler.compileChecked(data(rule), rule);
        // the same configuration in another node, as a datastore that rebuilt its tree would hand out
        final Compilation other = compiler.compileCommitted(data(rule), rule);
        assertNotSame(seen, other);
        assertEquals(seen, other);
        assertEquals(1, compiler.waiting(), "the cohort's compilation of its node still waits");
    }

    @Test
    void aSwitchOfCodePointsNeverHandsOutACompilationWithThePreviousOnes() {
        final CurrentCompiler compiler = new CurrentCompiler();
        final Rule rule = Rules.dns("v2", "192.0.2.0/24").setVersion(FlowspecVersion.Fsv2).build();
        final NormalizedNode data = data(rule);
        final Compilation before = compiler.compileChecked(data, rule);
        final TbdCodePoints other = TbdCodePoints.DEFAULT.withFsv2(new Fsv2Config(0x0123, Fsv2Config.DEFAULT_SAFI,
            Fsv2Config.DEFAULT_VPN_SAFI));
        assertTrue(compiler.use(other));
        assertEquals(0, compiler.waiting());
        final Compilation after = compiler.compileCommitted(data, rule);
        assertEquals(new RuleCompiler(other).compile(rule), after);
        assertTrue(!before.equals(after), "the NLRI encodes the new filter family type");
    }

    @Test
    void compilationsNobodyTakesAreDroppedOldestFirst() {
        final CurrentCompiler compiler = new CurrentCompiler();
        for (int i = 0; i < CurrentCompiler.CACHED + 10; i++) {
            final Rule rule = Rules.dns("r" + i, "192.0.2.0/24").build();
            compiler.compileChecked(data(rule), rule);
        }
        assertEquals(CurrentCompiler.CACHED, compiler.waiting());
    }

    private static NormalizedNode data(final Rule rule) {
        return ((NodeResult) CODEC.serializer().toNormalizedNode(InstanceIdentifier.builder(Flowspec.class)
            .child(Rule.class, rule.key()).build(), rule)).node();
    }

    @Test
    void onTheDatastoreTheKeeperTakesWhatTheCohortCompiled() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final CurrentCompiler compiler = new CurrentCompiler();
        final RuleCommitCohort cohort = new RuleCommitCohort(mdsal.domDataBroker(), mdsal.serializer(), compiler);
        final StatusWriter writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.systemUTC());
        writer.start();
        final RuleOrderKeeper keeper = new RuleOrderKeeper(mdsal.domDataBroker(), mdsal.serializer(), compiler, writer,
            (rules, changed, removed) -> { });
        cohort.register();
        keeper.register();
        try {
            mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
                InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey("r")).build(),
                Rules.dns("r", "192.0.2.0/24").build()));
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (keeper.order().rules().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(1, keeper.order().rules().size());
            assertEquals(0, compiler.waiting(), "the cohort compiled the rule, the keeper took that compilation");
        } finally {
            keeper.close();
            cohort.close();
            writer.close();
        }
    }
}
