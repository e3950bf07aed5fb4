/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A unicast prefix of the NLRI and Withdrawn Routes fields, RFC 4271 section 4.3, or of RFC 4760 section 5.
 *
 * @param address the address, bits past the length zero
 * @param length the prefix length
 */
public record IpPrefix(@NonNull InetAddress address, int length) {
    /**
     * Checks the length.
     *
     * @param address address
     * @param length length
     */
    public IpPrefix {
        requireNonNull(address);
        if (length < 0 || length > address.getAddress().length * 8) {
            throw new IllegalArgumentException("prefix length " + length + " out of range");
        }
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + length;
    }
}
