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

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
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
