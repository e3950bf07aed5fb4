/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitialStateGateTest {
    private final List<String> delivered = new ArrayList<>();

    @Test
    void nothingIsDeliveredBeforeEveryFeedHasItsInitialState() {
        final InitialStateGate gate = new InitialStateGate(3);
        gate.deliver(2, () -> delivered.add("device r1"));
        gate.initialStateSeen(2);
        gate.deliver(0, () -> delivered.add("speaker"));
        gate.initialStateSeen(0);
        assertEquals(List.of(), delivered);
        assertFalse(gate.isOpen());

        gate.deliver(1, () -> delivered.add("table r1"));
        gate.initialStateSeen(1);
        assertTrue(gate.isOpen());
        // released in feed order, whatever order they arrived in
        assertEquals(List.of("speaker", "table r1", "device r1"), delivered);
    }

    @Test
    void anOpenGateDeliversAtOnce() {
        final InitialStateGate gate = new InitialStateGate(2);
        gate.initialStateSeen(0);
        gate.initialStateSeen(1);
        gate.deliver(1, () -> delivered.add("table r1"));
        gate.deliver(0, () -> delivered.add("device r1"));
        assertEquals(List.of("table r1", "device r1"), delivered);
    }

    @Test
    void aFeedCountsOnceHoweverOftenItSaysSo() {
        final InitialStateGate gate = new InitialStateGate(2);
        gate.initialStateSeen(0);
        gate.initialStateSeen(0);
        assertFalse(gate.isOpen());
        gate.deliver(0, () -> delivered.add("later change of feed 0"));
        assertEquals(List.of(), delivered);
        gate.initialStateSeen(1);
        assertEquals(List.of("later change of feed 0"), delivered);
    }
}
