/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bytes;

import io.flowsteer.api.error.EncodeException;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Range checks encoders run before writing a field, so that a value the wire format cannot carry
 * is refused with an {@link EncodeException} naming the field instead of being silently truncated.
 */
public final class FieldChecks {
    private FieldChecks() {
        // utility class
    }

    /**
     * Checks that a value fits an unsigned field of the given width.
     *
     * @param field the field name, as the specification spells it
     * @param value the value
     * @param bits the width of the field in bits, 1..63
     * @return the value
     * @throws EncodeException if the value is negative or too wide
     */
    public static long unsigned(final @NonNull String field, final long value, final int bits) {
        if (value < 0) {
            throw new EncodeException(field + " " + value + " is negative");
        }
        if (value >>> bits != 0) {
            throw new EncodeException(field + " " + value + " exceeds " + bits + " bits");
        }
        return value;
    }

    /**
     * Checks that a value fits an unsigned field of the given width.
     *
     * @param field the field name, as the specification spells it
     * @param value the value
     * @param bits the width of the field in bits, 1..31
     * @return the value
     * @throws EncodeException if the value is negative or too wide
     */
    public static int unsigned(final @NonNull String field, final int value, final int bits) {
        return (int) unsigned(field, (long) value, bits);
    }

    /**
     * Checks that a value lies in a closed range.
     *
     * @param field the field name, as the specification spells it
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     * @throws EncodeException if the value is outside the range
     */
    public static long range(final @NonNull String field, final long value, final long min, final long max) {
        if (value < min || value > max) {
            throw new EncodeException(field + " " + value + " out of range " + min + ".." + max);
        }
        return value;
    }
}
