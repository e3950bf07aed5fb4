/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import io.flowsteer.api.wire.BitmaskComponent;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FragmentFlags;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.TcpFlags;

/**
 * The YANG {@code bits} types of flowsteer-flowspec as the bit values on the wire.
 */
public final class FlagBits {
    private FlagBits() {
        // Utility class
    }

    /**
     * TCP flags as in the TCP header's flags octet, plus NS as 0x100 (RFC 8955 section 4.2.2.9).
     *
     * @param flags the flags, or null for none
     * @return the bit mask
     */
    public static long tcp(final @Nullable TcpFlags flags) {
        if (flags == null) {
            return 0;
        }
        return bit(flags.getFin(), 0x01) | bit(flags.getSyn(), 0x02) | bit(flags.getRst(), 0x04)
            | bit(flags.getPsh(), 0x08) | bit(flags.getAck(), 0x10) | bit(flags.getUrg(), 0x20)
            | bit(flags.getEce(), 0x40) | bit(flags.getCwr(), 0x80) | bit(flags.getNs(), 0x100);
    }

    /**
     * Fragment flags as in the fragment component's bitmask (RFC 8955 section 4.2.2.12).
     *
     * @param flags the flags, or null for none
     * @return the bit mask
     */
    public static long fragment(final @Nullable FragmentFlags flags) {
        if (flags == null) {
            return 0;
        }
        return bit(flags.getDontFragment(), BitmaskComponent.FRAGMENT_DF)
            | bit(flags.getIsFragment(), BitmaskComponent.FRAGMENT_ISF)
            | bit(flags.getFirstFragment(), BitmaskComponent.FRAGMENT_FF)
            | bit(flags.getLastFragment(), BitmaskComponent.FRAGMENT_LF);
    }

    private static long bit(final boolean set, final long value) {
        return set ? value : 0;
    }
}
