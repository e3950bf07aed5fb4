/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTarget;

/**
 * Table entries the tests push.
 */
final class Tables {
    private Tables() {
        // utility
    }

    static IndirectionEntry nextHops(final long id, final String... addresses) {
        return new IndirectionEntry(new IndirectionKey(0, id), "next-hops " + id, new IndirectionTarget.NextHops(
            java.util.Arrays.stream(addresses).map(InetAddresses::forString).toList()));
    }

    static IndirectionEntry bindingSid(final long id, final long label) {
        return new IndirectionEntry(new IndirectionKey(2, id), null, new IndirectionTarget.MplsBindingSid(label));
    }

    static IndirectionEntry tunnel(final long id, final String name) {
        return new IndirectionEntry(new IndirectionKey(3, id), null, new IndirectionTarget.Tunnel(name));
    }

    static IndirectionEntry srPolicy(final long id, final long color, final String endpoint) {
        return new IndirectionEntry(new IndirectionKey(0, id), null,
            new IndirectionTarget.SrPolicy(color, InetAddresses.forString(endpoint)));
    }
}
