/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One AS_PATH segment, RFC 4271 section 4.3 (type 1 AS_SET, 2 AS_SEQUENCE; RFC 5065 adds 3 and 4).
 *
 * @param type the segment type
 * @param asNumbers the AS numbers
 */
public record AsPathSegment(int type, @NonNull List<Long> asNumbers) {
    /** AS_SET. */
    public static final int AS_SET = 1;
    /** AS_SEQUENCE. */
    public static final int AS_SEQUENCE = 2;

    /**
     * Copies the numbers.
     *
     * @param type type
     * @param asNumbers numbers
     */
    public AsPathSegment {
        asNumbers = List.copyOf(asNumbers);
    }

    /**
     * The AS numbers of a path, left to right: those of its AS_SEQUENCE and AS_SET segments (RFC 4271 section 4.3);
     * the confederation segments (RFC 5065 section 3, types 3 and 4) are left out.
     *
     * @param segments the AS_PATH segments, or null when the UPDATE had no AS_PATH
     * @return the AS numbers; empty for none
     */
    public static @NonNull List<Long> asNumbers(final @Nullable List<AsPathSegment> segments) {
        if (segments == null) {
            return List.of();
        }
        final List<Long> out = new ArrayList<>();
        for (AsPathSegment segment : segments) {
            if (segment.type() == AS_SEQUENCE || segment.type() == AS_SET) {
                out.addAll(segment.asNumbers());
            }
        }
        return List.copyOf(out);
    }
}
