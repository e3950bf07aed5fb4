/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.netty.buffer.ByteBuf;

/**
 * Access for {@code io.flowsteer.api.order} to the canonical value encoding the RFC 8955 section 5.1 memcmp rule
 * compares.
 */
public final class WireOrderSupport {
    private WireOrderSupport() {
        // utility class
    }

    /**
     * Writes the canonical encoding of a component value (without the FSv1 type octet or FSv2 TLV header).
     *
     * @param component the component
     * @param out the buffer to append to
     */
    public static void encodeValue(final FlowComponent component, final ByteBuf out) {
        ComponentValueCodec.encode(component, out);
    }
}
