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

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * The status writer holds moves in the installation order back until its queue is quiet, writes each rule's
 * latest index, and never lets a held move overwrite what was written for the rule after it.
 */
class StatusWriterMovesTest extends StatusWriterCase {
    /** Longer than any move is held. */
    private static final long PAST_HOLDING_MILLIS = StatusWriter.MOVES_HELD_MILLIS + 500;

    @Test
    void movesOfOneRuleEndWithItsLatestIndex() throws Exception {
        writer.ruleRendered("r", ENCODING, 0);
        writer.ruleMoved("r", 3);
        writer.ruleMoved("r", 7);
        Thread.sleep(PAST_HOLDING_MILLIS);
        assertEquals(Uint32.valueOf(7), rule("r").orElseThrow().getOrderIndex());
    }

    @Test
    void aMoveHeldBeforeTheRuleIsRenderedAgainDoesNotOverwriteItsNewIndex() throws Exception {
        writer.ruleRendered("r", ENCODING, 0);
        writer.ruleMoved("r", 4);
        writer.ruleRendered("r", ENCODING, 9);
        Thread.sleep(PAST_HOLDING_MILLIS);
        assertEquals(Uint32.valueOf(9), rule("r").orElseThrow().getOrderIndex());
    }

    @Test
    void aMoveHeldBeforeTheRuleIsRemovedDoesNotBringItBack() throws Exception {
        writer.ruleRendered("r", ENCODING, 0);
        writer.ruleMoved("r", 4);
        writer.ruleRemoved("r");
        Thread.sleep(PAST_HOLDING_MILLIS);
        assertFalse(rule("r").isPresent());
    }

    @Test
    void aSteadyStreamOfOtherChangesHoldsAMoveBackOnlySoLong() throws Exception {
        writer.ruleRendered("r", ENCODING, 0);
        writer.ruleRendered("busy", ENCODING, 1);
        writer.ruleMoved("r", 5);
        final long moved = System.nanoTime();
        // a change every 10 ms for three times the longest hold: the queue is never quiet for long
        final long end = moved + TimeUnit.MILLISECONDS.toNanos(3 * StatusWriter.MOVES_HELD_MILLIS);
        long writtenAfterMillis = -1;
        for (int i = 0; System.nanoTime() < end; i++) {
            writer.ruleState("busy", i % 2 == 0 ? RuleState.Installed : RuleState.Pending);
            final Uint32 index = rule("r").map(Rule::getOrderIndex).orElse(null);
            if (writtenAfterMillis < 0 && Uint32.valueOf(5).equals(index)) {
                writtenAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - moved);
            }
            Thread.sleep(10);
        }
        assertTrue(writtenAfterMillis >= 0 && writtenAfterMillis < 2 * StatusWriter.MOVES_HELD_MILLIS,
            "the move was written " + writtenAfterMillis + " ms after it was queued (-1: not while the stream ran)");
    }

    @Test
    void closingWritesTheHeldMoves() throws Exception {
        writer.ruleRendered("r", ENCODING, 0);
        writer.ruleMoved("r", 6);
        writer.close();
        assertEquals(Uint32.valueOf(6), rule("r").orElseThrow().getOrderIndex());
        assertEquals(0, writer.droppedChanges());
    }

    private Optional<Rule> rule(final String name) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath(name));
    }
}
