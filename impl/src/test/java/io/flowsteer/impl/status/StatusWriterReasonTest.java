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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.TrafficRatesInterfere;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.VrfNotConfigured;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.coded.reason.ReasonArgumentKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDevice;

/**
 * The status writer puts a verdict's reasons into {@code rule-device-status}: the sentence, the deciding code with
 * its arguments, and the other codes.
 */
class StatusWriterReasonTest extends StatusWriterCase {
    @Test
    void aVerdictIsWrittenWithItsCodesAndArguments() throws Exception {
        writer.ruleRendered("r1", ENCODING, 0);
        writer.ruleOnDevice("r1", "pe1", RuleState.InvalidRedirect, Reasons.of(
            Reason.of(UnresolvedNextHop.VALUE, "invalid redirect-to-ip: 192.0.2.1 has no route")
                .with("address", "192.0.2.1").with("table", "the global table"),
            Reason.of(VrfNotConfigured.VALUE, "no VRF").with("route-target", "65000:1"),
            Reason.of(TrafficRatesInterfere.VALUE, "rates interfere")), "accept: forward as usual");
        final OnDevice device = await("r1", "pe1");
        assertEquals(RuleState.InvalidRedirect, device.getState());
        assertEquals("invalid redirect-to-ip: 192.0.2.1 has no route; no VRF; rates interfere", device.getReason());
        assertEquals(UnresolvedNextHop.VALUE, device.getReasonCode());
        assertEquals(Set.of(new ReasonArgumentKey("address"), new ReasonArgumentKey("table")),
            device.nonnullReasonArgument().keySet());
        assertEquals("the global table", device.nonnullReasonArgument().get(new ReasonArgumentKey("table"))
            .getValue());
        assertEquals(Set.of(VrfNotConfigured.VALUE, TrafficRatesInterfere.VALUE), device.getFurtherReasonCode());
    }

    @Test
    void aVerdictWithoutReasonLeavesTheReasonLeavesOut() throws Exception {
        writer.ruleRendered("r2", ENCODING, 0);
        writer.ruleOnDevice("r2", "pe1", RuleState.Installed, Reasons.NONE, "discard");
        final OnDevice device = await("r2", "pe1");
        assertNull(device.getReason());
        assertNull(device.getReasonCode());
        assertNull(device.getReasonArgument());
        assertNull(device.getFurtherReasonCode());
    }

    private OnDevice await(final String rule, final String device) throws Exception {
        final long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            final Optional<OnDevice> found = mdsal.read(LogicalDatastoreType.OPERATIONAL,
                StatusPaths.ruleDevicePath(rule, device));
            if (found.isPresent()) {
                return found.orElseThrow();
            }
            Thread.sleep(20);
        }
        assertTrue(false, "no status for rule " + rule + " on " + device);
        return null;
    }
}
