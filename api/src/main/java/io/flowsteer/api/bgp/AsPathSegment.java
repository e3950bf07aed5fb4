/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

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
}
