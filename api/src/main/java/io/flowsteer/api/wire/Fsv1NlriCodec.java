/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * FSv1 NLRI codec for one AFI/SAFI pair: IPv4 or IPv6 (RFC 8955 section 4, RFC 8956 section 3), SAFI 133 or VPN
 * SAFI 134 with an 8-octet route distinguisher (RFC 8955 section 8). The length is one octet below 240 and two
 * octets (high nibble 0xf) from 240 to 4095 (RFC 8955 section 4.1).
 *
 * <p>Errors (RFC 8955 section 4.2 and RFC 7606 sections 3 and 5.3): a length that overruns the NLRI field leaves
 * the rest of the field unparseable, so it is {@link ErrorTreatment#SESSION_RESET}; anything wrong inside an NLRI
 * whose boundaries are known (unknown or unsorted component types, bad values) is
 * {@link ErrorTreatment#TREAT_AS_WITHDRAW}.
 */
public final class Fsv1NlriCodec {
    /** SAFI 133, dissemination of flow specification rules. */
    public static final int SAFI_FLOWSPEC = 133;
    /** SAFI 134, L3VPN dissemination of flow specification rules. */
    public static final int SAFI_FLOWSPEC_VPN = 134;
    /** Largest NLRI length the 2-octet form carries. */
    public static final int MAX_LENGTH = 0xfff;
    private static final int EXTENDED_LENGTH = 0xf0;
    private static final int RD_LENGTH = 8;

    private final @NonNull Afi afi;
    private final boolean vpn;

    /**
     * A codec for one address family, with or without route distinguisher.
     *
     * @param afi IPv4 or IPv6
     * @param vpn true for SAFI 134 (route distinguisher present)
     */
    public Fsv1NlriCodec(final @NonNull Afi afi, final boolean vpn) {
        this.afi = Objects.requireNonNull(afi);
        this.vpn = vpn;
    }

    /**
     * The codec for an MP_REACH_NLRI / MP_UNREACH_NLRI AFI/SAFI pair, if it is an FSv1 one.
     *
     * @param afi the AFI code
     * @param safi the SAFI code
     * @return the codec, or null when the pair is not IPv4/IPv6 with SAFI 133 or 134
     */
    public static @Nullable Fsv1NlriCodec forAfiSafi(final int afi, final int safi) {
        final Afi family = Afi.forCode(afi);
        if (family == null || safi != SAFI_FLOWSPEC && safi != SAFI_FLOWSPEC_VPN) {
            return null;
        }
        return new Fsv1NlriCodec(family, safi == SAFI_FLOWSPEC_VPN);
    }

    /**
     * The address family this codec handles.
     *
     * @return the AFI
     */
    public @NonNull Afi afi() {
        return afi;
    }

    /**
     * The SAFI this codec handles.
     *
     * @return 133 or 134
     */
    public int safi() {
        return vpn ? SAFI_FLOWSPEC_VPN : SAFI_FLOWSPEC;
    }

    /**
     * Encodes one NLRI, length prefix included.
     *
     * @param nlri the NLRI
     * @param out the buffer to append to
     * @throws EncodeException when the NLRI does not fit this AFI/SAFI or exceeds 4095 octets
     */
    public void encode(final @NonNull Fsv1Nlri nlri, final @NonNull ByteBuf out) {
        if (nlri.afi() != afi) {
            throw new EncodeException("afi " + nlri.afi() + " NLRI given to an " + afi + " codec");
        }
        final RouteDistinguisher rd = nlri.routeDistinguisher();
        if (vpn != (rd != null)) {
            throw new EncodeException(vpn ? "route distinguisher missing for SAFI 134"
                : "route distinguisher not allowed for SAFI 133");
        }
        final List<FlowComponent> components = nlri.components();
        int length = rd != null ? RD_LENGTH : 0;
        for (int i = 0, size = components.size(); i < size; i++) {
            length += 1 + ComponentValueCodec.encodedLength(components.get(i));
        }
        if (length > MAX_LENGTH) {
            throw new EncodeException("flowspec NLRI length " + length + " exceeds " + MAX_LENGTH);
        }
        if (length < EXTENDED_LENGTH) {
            out.writeByte(length);
        } else {
            out.writeShort(0xf000 | length);
        }
        if (rd != null) {
            out.writeLong(rd.value());
        }
        for (int i = 0, size = components.size(); i < size; i++) {
            final FlowComponent component = components.get(i);
            out.writeByte(component.type().fsv1Code());
            ComponentValueCodec.encode(component, out);
        }
    }

    /**
     * Encodes one NLRI into a fresh array.
     *
     * @param nlri the NLRI
     * @return the octets, length prefix included
     */
    public byte @NonNull [] encode(final @NonNull Fsv1Nlri nlri) {
        final ByteBuf buf = Unpooled.buffer(32);
        encode(nlri, buf);
        final byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        return out;
    }

    /**
     * Decodes one NLRI. On return, and also when a TREAT_AS_WITHDRAW error is thrown, the reader index is just past
     * the NLRI, so decoding can continue with the next one.
     *
     * @param in the NLRI field, positioned at a length octet
     * @return the NLRI
     * @throws WireFormatException SESSION_RESET when the length overruns the field, TREAT_AS_WITHDRAW when the
     *     NLRI content is malformed
     */
    public @NonNull Fsv1Nlri decode(final @NonNull ByteBuf in) throws WireFormatException {
        if (!in.isReadable()) {
            throw new WireFormatException(ErrorTreatment.SESSION_RESET, "flowspec NLRI length octet missing");
        }
        int length = in.readUnsignedByte();
        if (length >= EXTENDED_LENGTH) {
            if (!in.isReadable()) {
                throw new WireFormatException(ErrorTreatment.SESSION_RESET,
                    "flowspec NLRI extended length truncated");
            }
            length = (length & 0x0f) << 8 | in.readUnsignedByte();
        }
        if (length > in.readableBytes()) {
            throw new WireFormatException(ErrorTreatment.SESSION_RESET, "flowspec NLRI length " + length
                + " overruns the NLRI field (" + in.readableBytes() + " octets left)");
        }
        final int end = in.readerIndex() + length;
        try {
            return decodeBody(in, end);
        } finally {
            in.readerIndex(end);
        }
    }

    private Fsv1Nlri decodeBody(final ByteBuf in, final int end) throws WireFormatException {
        RouteDistinguisher rd = null;
        if (vpn) {
            if (end - in.readerIndex() < RD_LENGTH) {
                throw OperatorCodec.malformed("flowspec VPN NLRI shorter than its route distinguisher");
            }
            rd = new RouteDistinguisher(in.readLong());
        }
        final List<FlowComponent> components = new ArrayList<>(4);
        int previous = 0;
        while (in.readerIndex() < end) {
            final int code = in.readUnsignedByte();
            final ComponentType type = ComponentType.forFsv1Code(code);
            if (type == null || type == ComponentType.FLOW_LABEL && afi != Afi.IPV6) {
                throw OperatorCodec.malformed("unknown flowspec component type " + code);
            }
            if (code <= previous) {
                throw OperatorCodec.malformed("flowspec component type " + code + " follows type " + previous
                    + ": types must be strictly increasing");
            }
            previous = code;
            components.add(ComponentValueCodec.decode(type, afi, in, end));
        }
        // order, family and value constraints were checked while decoding; only emptiness is left
        if (components.isEmpty()) {
            throw OperatorCodec.malformed("flowspec NLRI has no components");
        }
        return new Fsv1Nlri(afi, rd, components);
    }

    /**
     * Decodes an NLRI field (MP_REACH_NLRI or MP_UNREACH_NLRI) packed with many NLRIs.
     *
     * @param field the field; it is read to its end
     * @return the well-formed NLRIs and the errors of malformed ones
     * @throws WireFormatException SESSION_RESET when NLRI boundaries cannot be determined
     */
    public @NonNull DecodedNlris<Fsv1Nlri> decodeAll(final @NonNull ByteBuf field) throws WireFormatException {
        return DecodedNlris.collect(field, this::decode);
    }
}
