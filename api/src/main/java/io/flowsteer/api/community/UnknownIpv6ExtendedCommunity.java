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
 * A 20-octet IPv6 address specific extended community Flowsteer does not interpret, RFC 5701
 * section 2: kept byte for byte and re-encoded identically.
 *
 * @param octets all 20 octets, type and sub-type included
 */
public record UnknownIpv6ExtendedCommunity(@NonNull Octets octets) implements Ipv6ExtendedCommunity {
    public UnknownIpv6ExtendedCommunity {
        requireNonNull(octets, "octets");
    }
}
