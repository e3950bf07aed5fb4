/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SameMatch;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.TrafficRatesInterfere;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.coded.reason.ReasonArgumentKey;

class ReasonsTest {
    private static final Reason SAME = Reason.of(SameMatch.VALUE, "rule a has the same match").with("rule", "a");
    private static final Reason RATES = Reason.of(TrafficRatesInterfere.VALUE, "the rates interfere");

    @Test
    void argumentsKeepTheirOrderAndALaterValueOfTheSameNameReplacesTheEarlier() {
        final Reason reason = Reason.of(UnresolvedNextHop.VALUE, "x").with("table", "t").with("address", "192.0.2.1")
            .with("table", "VRF blue");
        assertEquals(List.of("table", "address"), List.copyOf(reason.arguments().keySet()));
        assertEquals("VRF blue", reason.argument("table"));
        assertNull(reason.argument("rule"));
    }

    @Test
    void aReasonIsImmutable() {
        final Map<String, String> arguments = new HashMap<>(Map.of("rule", "a"));
        final Reason reason = new Reason(SameMatch.VALUE, "s", arguments);
        arguments.put("rule", "b");
        assertEquals("a", reason.argument("rule"));
        assertThrows(UnsupportedOperationException.class, () -> reason.arguments().put("x", "y"));
        assertEquals(Map.of("rule", "a"), SAME.withSentence("other").arguments());
        assertEquals("rule a has the same match", SAME.sentence(), "with and withSentence make new reasons");
    }

    @Test
    void theSentenceJoinsEveryReasonTheDecidingOneFirst() {
        final Reasons reasons = Reasons.of(SAME, RATES);
        assertEquals("rule a has the same match; the rates interfere", reasons.sentence());
        assertEquals(SAME, reasons.leading());
        assertEquals(List.of(SameMatch.VALUE, TrafficRatesInterfere.VALUE), reasons.codes());
        assertEquals(Set.of(TrafficRatesInterfere.VALUE), reasons.furtherCodes());
    }

    @Test
    void furtherCodesLeaveOutTheDecidingCodeAndRepeats() {
        final Reasons reasons = Reasons.of(SAME, RATES, SAME.withSentence("again"), RATES.withSentence("twice"));
        assertEquals(Set.of(TrafficRatesInterfere.VALUE), reasons.furtherCodes());
        assertEquals(List.of(SameMatch.VALUE, TrafficRatesInterfere.VALUE), reasons.codes());
    }

    @Test
    void noReasonSaysNothing() {
        assertTrue(Reasons.NONE.isEmpty());
        assertNull(Reasons.NONE.sentence());
        assertNull(Reasons.NONE.leading());
        assertTrue(Reasons.NONE.furtherCodes().isEmpty());
        assertNull(ReasonLeaves.furtherCodes(Reasons.NONE));
        assertNull(ReasonLeaves.code(null));
        assertNull(ReasonLeaves.arguments(RATES), "a reason without arguments leaves the list out");
    }

    @Test
    void argumentsBecomeTheKeyedReasonArgumentList() {
        final var list = ReasonLeaves.arguments(SAME.with("device", "pe1"));
        assertEquals(Set.of(new ReasonArgumentKey("rule"), new ReasonArgumentKey("device")), list.keySet());
        assertEquals("pe1", list.get(new ReasonArgumentKey("device")).getValue());
    }
}
