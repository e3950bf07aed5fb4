/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A top-level TLV of a BGP Wide Community that Flowsteer keeps without interpreting, such as the
 * Target(s) TLV (type 1) or the Exclude Target(s) TLV (type 2), draft-ietf-idr-wide-bgp-communities
 * section 3: 1-octet type, 2-octet length, value.
 *
 * @param type the TLV type, 0..255
 * @param value the value octets
 */
public record WideCommunityTlv(int type, @NonNull Octets value) {
    /** Target(s) TLV. */
    public static final int TARGETS = 1;
    /** Exclude Target(s) TLV. */
    public static final int EXCLUDE_TARGETS = 2;
    /** Parameter(s) TLV. */
    public static final int PARAMETERS = 3;

    public WideCommunityTlv {
        requireNonNull(value, "value");
    }
}
