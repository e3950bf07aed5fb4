/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;

/**
 * A candidate path of an SR Policy (RFC 9256 sections 2.2 to 2.7), identified by Protocol-Origin, originator and
 * discriminator. Segment lists are kept in id order, so two equal paths compare equal.
 *
 * @param protocolOrigin Protocol-Origin (section 2.3): 10 PCEP, 20 BGP SR Policy, 30 configuration; 0..255
 * @param originator originator (section 2.4): ASN and node address, as text
 * @param discriminator discriminator (section 2.5)
 * @param preference preference (section 2.7)
 * @param segmentLists the segment lists, ids unique
 */
public record CandidatePath(int protocolOrigin, String originator, long discriminator, long preference,
        List<SegmentList> segmentLists) {
    /**
     * Checks the ranges, sorts the segment lists by id and checks their ids are unique.
     */
    public CandidatePath {
        if (protocolOrigin < 0 || protocolOrigin > 0xFF) {
            throw new IllegalArgumentException("Protocol-Origin " + protocolOrigin + " is not a 1-octet value");
        }
        requireNonNull(originator);
        if (discriminator < 0 || discriminator > 0xFFFF_FFFFL || preference < 0 || preference > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("discriminator and preference are 32-bit unsigned values");
        }
        segmentLists = segmentLists.stream().sorted(Comparator.comparingLong(SegmentList::id)).toList();
        for (int i = 1; i < segmentLists.size(); i++) {
            if (segmentLists.get(i).id() == segmentLists.get(i - 1).id()) {
                throw new IllegalArgumentException("two segment lists with id " + segmentLists.get(i).id());
            }
        }
    }

    /**
     * Whether this path has the same key (Protocol-Origin, originator, discriminator) as another.
     *
     * @param other the other path
     * @return true when the keys are equal
     */
    public boolean sameKey(final CandidatePath other) {
        return protocolOrigin == other.protocolOrigin && originator.equals(other.originator)
            && discriminator == other.discriminator;
    }
}
