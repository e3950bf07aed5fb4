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
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule;
import org.opendaylight.yangtools.yang.common.Uint64;

/**
 * A rule given a new order key keeps the rest of its status, and a new key queued before the rule was rendered
 * again or removed never overwrites what came after it.
 */
class StatusWriterMovesTest extends StatusWriterCase {
    @Test
    void aNewOrderKeyKeepsTheRestOfTheRulesStatus() throws Exception {
        writer.ruleRendered("r", ENCODING, 2_000);
        writer.ruleState("r", RuleState.Installed);
        writer.ruleMoved("r", 1_500);
        writer.close();
        final Rule rule = rule("r").orElseThrow();
        assertEquals(Uint64.valueOf(1_500), rule.getOrderKey());
        assertEquals(RuleState.Installed, rule.getState());
        assertEquals("0518c00002", rule.getNlri().getValue());
        assertEquals(0, writer.droppedChanges());
    }

    @Test
    void aRenderingAfterANewKeyWins() throws Exception {
        writer.ruleRendered("r", ENCODING, 2_000);
        writer.ruleMoved("r", 1_500);
        writer.ruleRendered("r", ENCODING, 9_000);
        writer.close();
        assertEquals(Uint64.valueOf(9_000), rule("r").orElseThrow().getOrderKey());
    }

    @Test
    void aNewKeyForARuleRemovedMeanwhileDoesNotBringItBack() throws Exception {
        writer.ruleRendered("r", ENCODING, 2_000);
        writer.ruleRemoved("r");
        writer.ruleMoved("r", 1_500);
        writer.close();
        assertFalse(rule("r").isPresent());
    }

    private Optional<Rule> rule(final String name) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath(name));
    }
}
