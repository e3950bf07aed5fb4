/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import java.util.List;

/**
 * A segment list of an SR Policy candidate path (RFC 9256 section 2.2); segments first one first.
 *
 * @param id segment list id, unique within the candidate path
 * @param weight weight for weighted ECMP (RFC 9256 section 2.11), at least 1
 * @param segments the segments, in order
 */
public record SegmentList(long id, long weight, List<Segment> segments) {
    /**
     * Checks the ranges and copies the segments.
     */
    public SegmentList {
        if (id < 0 || id > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("segment list id " + id + " is not a 32-bit unsigned value");
        }
        if (weight < 1 || weight > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("weight " + weight + " is outside 1..4294967295");
        }
        if (segments.size() > 0xFFFF) {
            throw new IllegalArgumentException("more than 65535 segments");
        }
        segments = List.copyOf(segments);
    }
}
