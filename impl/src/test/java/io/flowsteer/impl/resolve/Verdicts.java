/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.flowsteer.impl.status.Reason;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * Assertions on verdicts by reason code rather than sentence.
 */
final class Verdicts {
    private Verdicts() {
        // utility class
    }

    /**
     * Asserts a verdict's state, its reason codes (the deciding one first), effective action and advertisement.
     */
    static void assertVerdict(final RuleState state,
            final List<? extends org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Reason> codes,
            final @Nullable String effectiveAction, final boolean advertise, final RuleVerdict actual) {
        assertNotNull(actual);
        assertEquals(state, actual.state(), actual::reason);
        assertEquals(codes, actual.reasons().codes(), actual::reason);
        assertEquals(effectiveAction, actual.effectiveAction());
        assertEquals(advertise, actual.advertise());
    }

    /**
     * The deciding reason of a verdict.
     */
    static Reason leading(final RuleVerdict verdict) {
        final Reason reason = verdict.reasons().leading();
        assertNotNull(reason, "the verdict has a reason");
        return reason;
    }

    /**
     * Asserts that an event is an invalid-redirect of that rule, router, redirect and code, and returns its reason.
     */
    static Reason assertInvalidRedirect(final String rule, final String device, final RedirectKind kind,
            final org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Reason code,
            final ResolutionEvent actual) {
        final ResolutionEvent.InvalidRedirect invalid = assertInstanceOf(ResolutionEvent.InvalidRedirect.class,
            actual);
        assertEquals(rule, invalid.rule());
        assertEquals(device, invalid.device());
        assertEquals(kind, invalid.kind());
        assertEquals(code, invalid.reason().code(), invalid.reason().sentence());
        return invalid.reason();
    }
}
