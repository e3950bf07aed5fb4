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
 * A component holding {numeric_op, value} pairs: types 3-8, 10, 11 and 13 (RFC 8955 section 4.2.2.3 ff.,
 * RFC 8956 section 3.3 ff.).
 *
 * @param type a numeric component type
 * @param terms the terms, in wire order; the first term's and bit is clear
 */
public record NumericComponent(@NonNull ComponentType type, @NonNull List<NumericTerm> terms)
        implements FlowComponent {
    /**
     * Checks the type and the value widths.
     *
     * @param type a numeric component type
     * @param terms the terms
     * @throws EncodeException naming the field when a value does not fit
     */
    public NumericComponent {
        Objects.requireNonNull(type);
        terms = List.copyOf(terms);
        final String error = ValueLimits.checkNumeric(type, terms);
        if (error != null) {
            throw new EncodeException(error);
        }
    }

    /**
     * A component matching any of the given values exactly.
     *
     * @param type a numeric component type
     * @param values the values, ORed
     * @return the component
     */
    public static @NonNull NumericComponent anyOf(final @NonNull ComponentType type, final long... values) {
        final NumericTerm[] terms = new NumericTerm[values.length];
        for (int i = 0; i < values.length; i++) {
            terms[i] = NumericTerm.eq(values[i]);
        }
        return new NumericComponent(type, List.of(terms));
    }
}
