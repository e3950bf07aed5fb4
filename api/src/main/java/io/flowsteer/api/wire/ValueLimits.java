/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Range checks shared by the model constructors (which throw) and the decoders (which report malformed NLRI):
 * value widths of RFC 8955 section 4.2.2 and RFC 8956 section 3.
 */
final class ValueLimits {
    private ValueLimits() {
        // utility class
    }

    static @Nullable String checkNumeric(final ComponentType type, final List<NumericTerm> terms) {
        if (type.kind() != ComponentKind.NUMERIC) {
            return type.fieldName() + " is not a numeric component";
        }
        final String shape = checkShape(type, terms.size(), terms.isEmpty() || terms.get(0).and());
        if (shape != null) {
            return shape;
        }
        for (NumericTerm term : terms) {
            final String width = checkWidth(type, term.value());
            if (width != null) {
                return width;
            }
        }
        return null;
    }

    static @Nullable String checkBitmask(final ComponentType type, final List<BitmaskTerm> terms) {
        if (type.kind() != ComponentKind.BITMASK) {
            return type.fieldName() + " is not a bitmask component";
        }
        final String shape = checkShape(type, terms.size(), terms.isEmpty() || terms.get(0).and());
        if (shape != null) {
            return shape;
        }
        for (BitmaskTerm term : terms) {
            final String width = checkWidth(type, term.mask());
            if (width != null) {
                return width;
            }
        }
        return null;
    }

    private static @Nullable String checkShape(final ComponentType type, final int size, final boolean firstAnd) {
        if (size == 0) {
            return type.fieldName() + " has no terms";
        }
        return firstAnd ? type.fieldName() + " first term has the and bit set" : null;
    }

    static @Nullable String checkWidth(final ComponentType type, final long value) {
        final int bits = type.valueBits();
        if (bits < 64 && value >>> bits != 0) {
            return type.fieldName() + " value " + Long.toUnsignedString(value) + " exceeds " + bits + " bits";
        }
        return null;
    }
}
