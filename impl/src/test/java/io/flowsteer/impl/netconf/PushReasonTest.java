/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.spi.netconf.HostKeyCheck;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RpcError;
import io.flowsteer.impl.status.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HostKeyMismatch;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PushApplied;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PushInSync;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PushRefused;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ReadBackDiffers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RouterUnreachable;

/**
 * Each push outcome has its code beside the {@code last-push-result} sentence.
 */
class PushReasonTest {
    private static final Instant AT = Instant.parse("2026-11-26T04:00:00Z");

    private static PushResult push(final Outcome outcome, final List<RpcError> errors, final String failure) {
        return new PushResult(outcome, AT, Duration.ZERO, 1, errors, failure);
    }

    @Test
    void everyOutcomeHasItsCode() {
        assertEquals(PushApplied.VALUE, NetconfDeviceBridge.pushReason(push(Outcome.APPLIED, List.of(), null),
            HostKeyCheck.MATCHED).code());
        assertEquals(PushInSync.VALUE, NetconfDeviceBridge.pushReason(push(Outcome.IN_SYNC, List.of(), null),
            null).code());
        assertEquals(ReadBackDiffers.VALUE, NetconfDeviceBridge.pushReason(push(Outcome.READ_BACK_DIFFERS,
            List.of(), null), null).code());
        assertEquals(RouterUnreachable.VALUE, NetconfDeviceBridge.pushReason(push(Outcome.UNREACHABLE, List.of(),
            "connection refused"), HostKeyCheck.NOT_PINNED).code());
    }

    @Test
    void aRefusedPushNamesTheFirstErrorTag() {
        final Reason reason = NetconfDeviceBridge.pushReason(push(Outcome.REFUSED, List.of(
            new RpcError("application", "invalid-value", "error", "bad color", null),
            new RpcError("application", "data-missing", "error", null, null)), null), null);
        assertEquals(PushRefused.VALUE, reason.code());
        assertEquals(Map.of("error-tag", "invalid-value"), reason.arguments());
        assertEquals("invalid-value: bad color; data-missing", reason.sentence());
    }

    @Test
    void anUnreachableRouterWhoseHostKeyDidNotMatchSaysSo() {
        final Reason reason = NetconfDeviceBridge.pushReason(push(Outcome.UNREACHABLE, List.of(),
            "host key SHA256:x does not match the pinned SHA256:y"), HostKeyCheck.MISMATCHED);
        assertEquals(HostKeyMismatch.VALUE, reason.code());
        assertEquals("unreachable: host key SHA256:x does not match the pinned SHA256:y", reason.sentence());
    }
}
