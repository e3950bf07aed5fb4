/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes operator lists: numeric_op (RFC 8955 section 4.2.1.1) and bitmask_op (RFC 8955 section
 * 4.2.1.2), shared with draft-ietf-idr-fsv2-ip-basic section 4.1. Encoding uses the shortest value length, except
 * for the flow label, always 4 octets (RFC 8956 section 3.7); the a bit of a first term is never sent and is ignored
 * on receipt.
 */
final class OperatorCodec {
    private static final int END = 0x80;
    private static final int AND = 0x40;
    private static final int LEN_SHIFT = 4;
    private static final int LEN_MASK = 0x30;
    private static final int NOT = 0x02;
    private static final int MATCH = 0x01;
    private static final int COMPARISON_MASK = 0x07;

    private OperatorCodec() {
        // utility class
    }

    static int lengthCode(final ComponentType type, final long value) {
        if (type == ComponentType.FLOW_LABEL) {
            // RFC 8956 section 3.7: flow label values SHOULD be encoded as 4-octet quantities
            return 2;
        }
        if (value >>> 8 == 0 || type == ComponentType.DSCP || type == ComponentType.FRAGMENT) {
            return 0;
        }
        if (value >>> 16 == 0) {
            return 1;
        }
        return value >>> 32 == 0 ? 2 : 3;
    }

    static int numericLength(final NumericComponent component) {
        int size = 0;
        for (NumericTerm term : component.terms()) {
            size += 1 + (1 << lengthCode(component.type(), term.value()));
        }
        return size;
    }

    static int bitmaskLength(final BitmaskComponent component) {
        int size = 0;
        for (BitmaskTerm term : component.terms()) {
            size += 1 + (1 << lengthCode(component.type(), term.mask()));
        }
        return size;
    }

    static void encodeNumeric(final NumericComponent component, final ByteBuf out) {
        final List<NumericTerm> terms = component.terms();
        final int last = terms.size() - 1;
        for (int i = 0; i <= last; i++) {
            final NumericTerm term = terms.get(i);
            final int len = lengthCode(component.type(), term.value());
            out.writeByte((i == last ? END : 0) | (i > 0 && term.and() ? AND : 0) | len << LEN_SHIFT
                | term.comparison());
            writeValue(out, len, term.value());
        }
    }

    static void encodeBitmask(final BitmaskComponent component, final ByteBuf out) {
        final List<BitmaskTerm> terms = component.terms();
        final int last = terms.size() - 1;
        for (int i = 0; i <= last; i++) {
            final BitmaskTerm term = terms.get(i);
            final int len = lengthCode(component.type(), term.mask());
            out.writeByte((i == last ? END : 0) | (i > 0 && term.and() ? AND : 0) | len << LEN_SHIFT
                | (term.not() ? NOT : 0) | (term.match() ? MATCH : 0));
            writeValue(out, len, term.mask());
        }
    }

    private static void writeValue(final ByteBuf out, final int len, final long value) {
        switch (len) {
            case 0 -> out.writeByte((int) value);
            case 1 -> out.writeShort((int) value);
            case 2 -> out.writeInt((int) value);
            default -> out.writeLong(value);
        }
    }

    static NumericComponent decodeNumeric(final ComponentType type, final ByteBuf in, final int end)
            throws WireFormatException {
        final List<NumericTerm> terms = new ArrayList<>(4);
        boolean more = true;
        while (more) {
            final int op = readOperator(type, in, end);
            final long value = readValue(type, in, end, op);
            terms.add(new NumericTerm(!terms.isEmpty() && (op & AND) != 0, op & COMPARISON_MASK,
                type == ComponentType.DSCP ? value & 0x3f : value));
            more = (op & END) == 0;
        }
        final String error = ValueLimits.checkNumeric(type, terms);
        if (error != null) {
            throw malformed(error);
        }
        return new NumericComponent(type, terms);
    }

    static BitmaskComponent decodeBitmask(final ComponentType type, final Afi afi, final ByteBuf in,
            final int end) throws WireFormatException {
        final List<BitmaskTerm> terms = new ArrayList<>(2);
        final long reservedMask = type != ComponentType.FRAGMENT ? -1L
            : afi == Afi.IPV4 ? 0x0f : 0x0e;
        boolean more = true;
        while (more) {
            final int op = readOperator(type, in, end);
            final long mask = readValue(type, in, end, op) & reservedMask;
            terms.add(new BitmaskTerm(!terms.isEmpty() && (op & AND) != 0, (op & NOT) != 0, (op & MATCH) != 0,
                mask));
            more = (op & END) == 0;
        }
        final String error = ValueLimits.checkBitmask(type, terms);
        if (error != null) {
            throw malformed(error);
        }
        return new BitmaskComponent(type, terms);
    }

    private static int readOperator(final ComponentType type, final ByteBuf in, final int end)
            throws WireFormatException {
        if (in.readerIndex() >= end) {
            throw malformed(type.fieldName() + " operator list ends without the end-of-list bit");
        }
        final int op = in.readUnsignedByte();
        final int len = (op & LEN_MASK) >> LEN_SHIFT;
        if ((type == ComponentType.DSCP || type == ComponentType.FRAGMENT) && len != 0) {
            throw malformed(type.fieldName() + " value must be encoded as a single octet");
        }
        if (type == ComponentType.TCP_FLAGS && len > 1) {
            throw malformed("tcp flags bitmask must be encoded in 1 or 2 octets");
        }
        return op;
    }

    private static long readValue(final ComponentType type, final ByteBuf in, final int end, final int op)
            throws WireFormatException {
        final int len = (op & LEN_MASK) >> LEN_SHIFT;
        final int size = 1 << len;
        if (end - in.readerIndex() < size) {
            throw malformed(type.fieldName() + " value of " + size + " octets overruns the component");
        }
        return switch (len) {
            case 0 -> in.readUnsignedByte();
            case 1 -> in.readUnsignedShort();
            case 2 -> in.readUnsignedInt();
            default -> in.readLong();
        };
    }

    static WireFormatException malformed(final String message) {
        return new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW, message);
    }
}
