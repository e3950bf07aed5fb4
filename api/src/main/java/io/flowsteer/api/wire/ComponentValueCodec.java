/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;

/**
 * Encodes and decodes the value of any IP flowspec component (everything after the FSv1 type octet, or the value
 * of an FSv2 IP Basic component TLV): RFC 8955 section 4.2.2, RFC 8956 section 3,
 * draft-ietf-idr-fsv2-ip-basic section 4.4.
 */
final class ComponentValueCodec {
    private ComponentValueCodec() {
        // utility class
    }

    static int encodedLength(final FlowComponent component) {
        if (component instanceof IpPrefixComponent prefix) {
            return PrefixCodec.encodedLength(prefix);
        }
        if (component instanceof NumericComponent numeric) {
            return OperatorCodec.numericLength(numeric);
        }
        return component instanceof BitmaskComponent bitmask ? OperatorCodec.bitmaskLength(bitmask) : 0;
    }

    static void encode(final FlowComponent component, final ByteBuf out) {
        if (component instanceof IpPrefixComponent prefix) {
            PrefixCodec.encode(prefix, out);
        } else if (component instanceof NumericComponent numeric) {
            OperatorCodec.encodeNumeric(numeric, out);
        } else if (component instanceof BitmaskComponent bitmask) {
            OperatorCodec.encodeBitmask(bitmask, out);
        }
    }

    static FlowComponent decode(final ComponentType type, final Afi afi, final ByteBuf in, final int end)
            throws WireFormatException {
        if (type == ComponentType.FLOW_LABEL && afi != Afi.IPV6) {
            throw OperatorCodec.malformed("flow label component is IPv6 only");
        }
        return switch (type.kind()) {
            case PREFIX -> PrefixCodec.decode(type, afi, in, end);
            case NUMERIC -> OperatorCodec.decodeNumeric(type, in, end);
            case BITMASK -> OperatorCodec.decodeBitmask(type, afi, in, end);
            default -> throw new IllegalStateException(type.kind().name());
        };
    }
}
