/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

/**
 * One {bitmask_op, bitmask} pair (RFC 8955 section 4.2.1.2, draft-ietf-idr-fsv2-ip-basic section 4.1.2).
 *
 * @param and true when this term is ANDed with the previous one; always false on the first term
 * @param not the not bit: negate the result
 * @param match the m bit: (data AND mask) == mask when set, (data AND mask) != 0 when clear
 * @param mask the bitmask
 */
public record BitmaskTerm(boolean and, boolean not, boolean match, long mask) {
    /**
     * Evaluates this term against packet data.
     *
     * @param data the packet field
     * @return the result, negated when the not bit is set
     */
    public boolean test(final long data) {
        final long anded = data & mask;
        final boolean result = match ? anded == mask : anded != 0;
        return result != not;
    }
}
