/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * OPEN, RFC 4271 section 4.2, with the capabilities of RFC 5492. {@code myAs} is the 2-octet field as sent:
 * AS_TRANS (23456) for a speaker whose AS does not fit two octets (RFC 6793 section 4.1).
 *
 * @param version the version, 4
 * @param myAs the My Autonomous System field
 * @param holdTime the Hold Time
 * @param bgpIdentifier the BGP Identifier
 * @param capabilities the capabilities, in wire order
 */
public record OpenMessage(int version, int myAs, int holdTime, @NonNull Inet4Address bgpIdentifier,
        @NonNull List<Capability> capabilities) implements BgpMessage {
    /** AS_TRANS, RFC 6793 section 9. */
    public static final int AS_TRANS = 23456;
    /** The protocol version, RFC 4271 section 4.2. */
    public static final int VERSION = 4;

    /**
     * Copies the capabilities.
     *
     * @param version version
     * @param myAs 2-octet AS
     * @param holdTime hold time
     * @param bgpIdentifier identifier
     * @param capabilities capabilities
     */
    public OpenMessage {
        requireNonNull(bgpIdentifier);
        capabilities = List.copyOf(capabilities);
    }

    /**
     * The speaker's AS: the 4-octet AS capability if present, else the 2-octet field (RFC 6793 section 4.1).
     *
     * @return the AS
     */
    public long effectiveAs() {
        final Capability.FourOctetAs four = capability(Capability.FourOctetAs.class);
        return four != null ? four.asNumber() : myAs;
    }

    /**
     * The first capability of a kind.
     *
     * @param <T> the kind
     * @param type the record class
     * @return the capability, or null
     */
    public <T extends Capability> @Nullable T capability(final @NonNull Class<T> type) {
        for (Capability capability : capabilities) {
            if (type.isInstance(capability)) {
                return type.cast(capability);
            }
        }
        return null;
    }
}
