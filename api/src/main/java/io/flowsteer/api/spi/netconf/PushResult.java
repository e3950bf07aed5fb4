/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Outcome of one attempt to bring a router's indirection-id table to the wanted state.
 *
 * @param outcome what happened
 * @param at when the attempt finished
 * @param took how long it took, connect excluded
 * @param changes entries put or deleted by the edit-config, 0 when already in sync
 * @param errors rpc-errors the router answered with (RFC 6241 section 4.3); empty unless refused
 * @param failure text of a transport failure, or of why nothing was sent (a refused push the driver cannot
 *     express), or null
 */
public record PushResult(Outcome outcome, Instant at, Duration took, int changes, List<RpcError> errors,
        @Nullable String failure) {
    /**
     * What a push attempt ended with.
     */
    public enum Outcome {
        /** The router already had the wanted table; nothing was sent. */
        IN_SYNC,
        /** The edit was committed and the read-back equals the wanted table. */
        APPLIED,
        /** The edit was committed but the read-back differs from the wanted table. */
        READ_BACK_DIFFERS,
        /** The router answered with rpc-errors; its configuration is unchanged. */
        REFUSED,
        /** The router could not be reached or the session broke. */
        UNREACHABLE
    }

    /**
     * Copies the error list.
     */
    public PushResult {
        requireNonNull(outcome);
        requireNonNull(at);
        requireNonNull(took);
        errors = List.copyOf(errors);
    }
}
