/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.testing.Await;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule;
import org.opendaylight.yangtools.concepts.Registration;

/**
 * While a hold is outstanding the writer waits before it commits, so that a rule's rendering and the verdicts that
 * follow it are one write of its entry; a hold never released delays the status, it does not stop it.
 */
class StatusWriterHoldTest extends StatusWriterCase {
    /** Far below the writer's bound on a hold, so that a hold that works is still holding when it is looked at. */
    private static final long WELL_WITHIN_MILLIS = StatusWriter.HOLD_MILLIS / 3;

    @Test
    void aRuleRenderedUnderAHoldIsFirstSeenWithItsVerdictAndState() throws Exception {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final Registration watch = mdsal.dataBroker().registerTreeChangeListener(
            DataTreeIdentifier.of(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("r")),
            (List<DataTreeModification<Rule>> changes) -> changes.forEach(change -> seen.add(
                describe(change.getRootNode().dataAfter()))));
        try {
            final StatusHold hold = writer.hold();
            writer.ruleRendered("r", ENCODING, 1_000);
            // the engine's pass over the new rule, while the writer, idle, would otherwise commit the rendering
            Thread.sleep(WELL_WITHIN_MILLIS);
            writer.ruleOnDevice("r", "edge1", RuleState.Installed, Reasons.NONE, "drop");
            writer.ruleState("r", RuleState.Installed);
            hold.release();
            Await.await(() -> !seen.isEmpty() && seen.get(seen.size() - 1).equals("installed on 1 routers"));
            assertEquals(List.of("installed on 1 routers"), seen);
        } finally {
            watch.close();
        }
    }

    @Test
    void nothingIsWrittenWhileAHoldIsOutstandingUpToTheBound() throws Exception {
        warmUp();
        final StatusHold hold = writer.hold();
        writer.ruleRendered("r", ENCODING, 1_000);
        Thread.sleep(WELL_WITHIN_MILLIS);
        assertFalse(rule("r").isPresent(), "written while held");
        hold.release();
        await("r");
    }

    @Test
    void aSecondReleaseDoesNotReleaseAnotherHold() throws Exception {
        warmUp();
        final StatusHold first = writer.hold();
        final StatusHold second = writer.hold();
        first.release();
        first.release();
        writer.ruleRendered("r", ENCODING, 1_000);
        Thread.sleep(WELL_WITHIN_MILLIS);
        assertFalse(rule("r").isPresent(), "written while the second hold was outstanding");
        second.release();
        await("r");
    }

    @Test
    void aHoldNeverReleasedDelaysTheStatusButDoesNotStopIt() throws Exception {
        writer.hold();
        writer.ruleRendered("r", ENCODING, 1_000);
        await("r");
        writer.ruleRendered("s", ENCODING, 2_000);
        await("s");
        assertTrue(rule("r").isPresent());
        assertEquals(0, writer.droppedChanges());
    }

    private static String describe(final Rule entry) {
        if (entry == null) {
            return "gone";
        }
        final var verdicts = entry.getOnDevice();
        return entry.getState().getName() + " on " + (verdicts == null ? 0 : verdicts.size()) + " routers";
    }

    /**
     * Writes and reads one entry first, so that a commit the hold does not stop is quick enough to be seen.
     */
    private void warmUp() throws Exception {
        writer.ruleRendered("warm-up", ENCODING, 1);
        await("warm-up");
    }

    private void await(final String name) throws Exception {
        Await.await(() -> rule(name), Optional::isPresent);
    }

    private Optional<Rule> rule(final String name) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath(name));
    }
}
