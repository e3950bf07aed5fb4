/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

/**
 * One {numeric_op, value} pair (RFC 8955 section 4.2.1.1, draft-ietf-idr-fsv2-ip-basic section 4.1.1). The value
 * length is not part of the model: encoders choose the shortest of 1, 2, 4 or 8 octets that holds the value.
 *
 * @param and true when this term is ANDed with the previous one (the a bit); always false on the first term
 * @param comparison the lt/gt/eq bits: {@link #LT}, {@link #GT}, {@link #EQ} combined; 0 is false, 7 is true
 * @param value the unsigned value compared with the packet field
 */
public record NumericTerm(boolean and, int comparison, long value) {
    /** The lt bit: field less than value. */
    public static final int LT = 4;
    /** The gt bit: field greater than value. */
    public static final int GT = 2;
    /** The eq bit: field equal to value. */
    public static final int EQ = 1;

    /**
     * Checks the comparison bits.
     *
     * @param and the a bit
     * @param comparison lt/gt/eq bits
     * @param value the value
     */
    public NumericTerm {
        if (comparison < 0 || comparison > 7) {
            throw new IllegalArgumentException("comparison " + comparison + " is not a 3-bit lt/gt/eq combination");
        }
    }

    /**
     * A term ORed with the previous one that tests equality.
     *
     * @param value the value
     * @return the term
     */
    public static NumericTerm eq(final long value) {
        return new NumericTerm(false, EQ, value);
    }

    /**
     * Evaluates this term's comparison against packet data, as unsigned numbers.
     *
     * @param data the packet field
     * @return the comparison result
     */
    public boolean test(final long data) {
        final int cmp = Long.compareUnsigned(data, value);
        return cmp < 0 ? (comparison & LT) != 0 : cmp > 0 ? (comparison & GT) != 0 : (comparison & EQ) != 0;
    }
}
