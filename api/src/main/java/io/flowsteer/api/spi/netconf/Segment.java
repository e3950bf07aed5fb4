/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.net.Inet6Address;

/**
 * One segment of an SR Policy segment list (RFC 9256 section 4): an SR-MPLS label or an SRv6 SID.
 */
public sealed interface Segment {
    /**
     * An SR-MPLS segment, as a 20-bit label.
     *
     * @param label label value, 16..1048575
     */
    record Mpls(long label) implements Segment {
        /**
         * Checks the label range.
         */
        public Mpls {
            if (label < 16 || label > 1_048_575) {
                throw new IllegalArgumentException("MPLS label " + label + " is outside 16..1048575");
            }
        }

        @Override
        public String toString() {
            return Long.toString(label);
        }
    }

    /**
     * An SRv6 segment.
     *
     * @param sid the SID
     */
    record Srv6(Inet6Address sid) implements Segment {
        /**
         * Checks the SID is present.
         */
        public Srv6 {
            requireNonNull(sid);
        }

        @Override
        public String toString() {
            return sid.getHostAddress();
        }
    }
}
