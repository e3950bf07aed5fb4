/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.error.EncodeException;
import java.util.List;
import java.util.Objects;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A component holding {bitmask_op, bitmask} pairs: TCP flags (type 9) and fragment (type 12), RFC 8955 sections
 * 4.2.2.9 and 4.2.2.12, RFC 8956 section 3.6.
 *
 * @param type TCP_FLAGS or FRAGMENT
 * @param terms the terms, in wire order; the first term's and bit is clear
 */
public record BitmaskComponent(@NonNull ComponentType type, @NonNull List<BitmaskTerm> terms)
        implements FlowComponent {
    /** Fragment bit: Don't Fragment (IPv4 only). */
    public static final int FRAGMENT_DF = 0x01;
    /** Fragment bit: is a fragment other than the first. */
    public static final int FRAGMENT_ISF = 0x02;
    /** Fragment bit: first fragment. */
    public static final int FRAGMENT_FF = 0x04;
    /** Fragment bit: last fragment. */
    public static final int FRAGMENT_LF = 0x08;

    /**
     * Checks the type and the mask widths.
     *
     * @param type TCP_FLAGS or FRAGMENT
     * @param terms the terms
     * @throws EncodeException naming the field when a mask does not fit
     */
    public BitmaskComponent {
        Objects.requireNonNull(type);
        terms = List.copyOf(terms);
        final String error = ValueLimits.checkBitmask(type, terms);
        if (error != null) {
            throw new EncodeException(error);
        }
    }
}
