/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An 8-octet extended community Flowsteer does not interpret, or one whose value the action cannot
 * use (a NaN or negative rate). RFC 4360 section 2 and draft-ietf-idr-fsv2-ip-basic-06 section 4.5.4:
 * it is kept byte for byte and re-encoded identically. One built by hand with the type and sub-type of
 * a community Flowsteer knows is still sent verbatim, but decodes as the typed record.
 *
 * @param octets all 8 octets, type and sub-type included
 */
public record UnknownExtendedCommunity(@NonNull Octets octets) implements RegularExtendedCommunity {
    public UnknownExtendedCommunity {
        requireNonNull(octets, "octets");
    }

    /**
     * The type octet (high-order type).
     *
     * @return 0..255
     */
    public int type() {
        return octets.get(0);
    }

    /**
     * The sub-type octet (low-order type).
     *
     * @return 0..255
     */
    public int subType() {
        return octets.get(1);
    }
}
