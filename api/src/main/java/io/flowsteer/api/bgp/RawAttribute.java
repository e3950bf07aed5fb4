/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A path attribute carried verbatim (RFC 4271 section 4.3): flags, type code and value. The extended length bit
 * is chosen by the encoder from the value's length.
 *
 * @param flags the attribute flags (optional, transitive, partial); the extended length bit is ignored
 * @param type the attribute type code
 * @param value the value octets
 */
public record RawAttribute(int flags, int type, @NonNull Octets value) {
    /**
     * Checks the ranges.
     *
     * @param flags flags
     * @param type type code
     * @param value value
     */
    public RawAttribute {
        requireNonNull(value);
        if (flags < 0 || flags > 0xff || type < 0 || type > 0xff) {
            throw new IllegalArgumentException("attribute flags " + flags + " / type " + type + " out of range");
        }
        flags &= 0xef;
    }
}
