/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.impl.status.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ActionNotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.TrafficRatesInterfere;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.VrfNotConfigured;

/**
 * The reason that decides a verdict's state comes first; the others keep the order they were found in.
 */
class RuleWorkTest {
    private static final Reason NOTE = Reason.of(VrfNotConfigured.VALUE, "no VRF");
    private static final Reason RATES = Reason.of(TrafficRatesInterfere.VALUE, "rates interfere");
    private static final Reason MISSING = Reason.of(ActionNotSupported.VALUE, "installed without copy");
    private static final Reason UNRESOLVED = Reason.of(UnresolvedNextHop.VALUE, "192.0.2.1 has no route");

    @Test
    void notesOnlyKeepTheirOrder() {
        final RuleWork work = new RuleWork();
        work.reason(NOTE);
        work.reason(RATES);
        work.reason(NOTE);
        final RuleVerdict verdict = work.verdict();
        assertEquals(RuleState.Installed, verdict.state());
        assertEquals(List.of(NOTE, RATES), verdict.reasons().all(), "a sentence is said once");
    }

    @Test
    void aWholeInvalidRedirectDecidesAndComesFirst() {
        final RuleWork work = new RuleWork();
        work.reason(NOTE);
        work.partial(MISSING);
        work.invalid(RedirectKind.REDIRECT_TO_IP, UNRESOLVED, true);
        final RuleVerdict verdict = work.verdict();
        assertEquals(RuleState.InvalidRedirect, verdict.state());
        assertEquals(List.of(UnresolvedNextHop.VALUE, VrfNotConfigured.VALUE, ActionNotSupported.VALUE),
            verdict.reasons().codes());
        assertEquals("invalid redirect-to-ip: 192.0.2.1 has no route; no VRF; installed without copy",
            verdict.reason());
        assertEquals(UNRESOLVED, work.invalids().get(0).reason(), "the event gets the reason without the prefix");
    }

    @Test
    void aPartlyInvalidRedirectIsANoteAndThePartialReasonDecides() {
        final RuleWork work = new RuleWork();
        work.invalid(RedirectKind.REDIRECT_TO_IP, UNRESOLVED, false);
        work.partial(MISSING);
        final RuleVerdict verdict = work.verdict();
        assertEquals(RuleState.PartiallyInstalled, verdict.state());
        assertEquals(List.of(ActionNotSupported.VALUE, UnresolvedNextHop.VALUE), verdict.reasons().codes());
        assertEquals("partly invalid redirect-to-ip: 192.0.2.1 has no route", verdict.reasons().all().get(1)
            .sentence());
    }
}
