/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.bytes.Octets;
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
 * FSv2 NLRI codec (draft-ietf-idr-fsv2-ip-basic sections 3.1-3.3 and 4.4): 2-octet NLRI length, Dependent Filters
 * Chain, User Order, filter family TLVs (2-octet type, 2-octet length) holding component TLVs (4 flag bits,
 * 12-bit type, 2-octet length). Components of the IP Basic family (type from {@link Fsv2Config}) with known types
 * are decoded to {@link Fsv2IpComponent}; all others are carried as {@link Fsv2OpaqueComponent}.
 *
 * <p>Errors follow section 5.1: an NLRI shorter than {@link #MIN_LENGTH} (section 3.1's 8 octets), a length
 * overrunning the field, or a TLV not exactly contained in its parent is SESSION_RESET; no filter family, duplicate or
 * unsorted TLVs, empty families and malformed or wrongly sized IP Basic values are TREAT_AS_WITHDRAW.
 */
public final class Fsv2NlriCodec {
    /**
     * Shortest NLRI that is not a session reset: DFC (4) + User Order (4), the minimum section 3.1 states. Section
     * 5.1 asks for "at least 20 octets" and itemises 16 (one family TLV header and one component TLV header
     * more); an NLRI between 8 and 19 octets whose TLVs are exactly contained in their parents is well-formed and
     * its boundaries are known, so it never resets the session: without a filter family, or with an empty one, it
     * is treat-as-withdraw; otherwise it is decoded (Flowsteer itself sends 18-octet NLRIs for one 1-octet term).
     */
    public static final int MIN_LENGTH = 8;
    private static final int TLV_HEADER = 4;
    private static final int OPTIONAL_FLAG = 0x8000;

    private final @NonNull Fsv2Config config;
    private final @NonNull Afi afi;

    /**
     * A codec for one address family.
     *
     * @param config the TBD code points
     * @param afi IPv4 or IPv6
     */
    public Fsv2NlriCodec(final @NonNull Fsv2Config config, final @NonNull Afi afi) {
        this.config = Objects.requireNonNull(config);
        this.afi = Objects.requireNonNull(afi);
    }

    /**
     * The codec for an MP_REACH_NLRI / MP_UNREACH_NLRI AFI/SAFI pair, if it is the configured FSv2 SAFI with
     * IPv4 or IPv6. The FSv2 VPN SAFI is not handled: the draft does not place a route distinguisher.
     *
     * @param config the TBD code points
     * @param afi the AFI code
     * @param safi the SAFI code
     * @return the codec, or null
     */
    public static @Nullable Fsv2NlriCodec forAfiSafi(final @NonNull Fsv2Config config, final int afi,
            final int safi) {
        final Afi family = Afi.forCode(afi);
        return family == null || safi != config.safi() ? null : new Fsv2NlriCodec(config, family);
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
     * Encodes one NLRI, length prefix included.
     *
     * @param nlri the NLRI
     * @param out the buffer to append to
     * @throws EncodeException when a length exceeds 16 bits or an IP component sits outside the IP Basic family
     */
    public void encode(final @NonNull Fsv2Nlri nlri, final @NonNull ByteBuf out) {
        if (nlri.afi() != afi) {
            throw new EncodeException("afi " + nlri.afi() + " NLRI given to an " + afi + " codec");
        }
        int length = 8;
        for (Fsv2FilterFamily family : nlri.families()) {
            length += TLV_HEADER + familyLength(family);
        }
        if (length > 0xffff) {
            throw new EncodeException("fsv2 NLRI length " + length + " exceeds 16 bits");
        }
        out.writeShort(length);
        out.writeInt((int) nlri.dependentFiltersChain());
        out.writeInt((int) nlri.userOrder());
        for (Fsv2FilterFamily family : nlri.families()) {
            out.writeShort(family.familyType());
            out.writeShort(familyLength(family));
            for (Fsv2Component component : family.components()) {
                out.writeShort((component.optional() ? OPTIONAL_FLAG : 0) | component.componentType());
                if (component instanceof Fsv2IpComponent ip) {
                    out.writeShort(ComponentValueCodec.encodedLength(ip.component()));
                    ComponentValueCodec.encode(ip.component(), out);
                } else if (component instanceof Fsv2OpaqueComponent opaque) {
                    final Octets value = opaque.value();
                    out.writeShort(value.length());
                    out.writeBytes(value.toByteArray());
                }
            }
        }
    }

    /**
     * Encodes one NLRI into a fresh array.
     *
     * @param nlri the NLRI
     * @return the octets, length prefix included
     */
    public byte @NonNull [] encode(final @NonNull Fsv2Nlri nlri) {
        final ByteBuf buf = Unpooled.buffer(64);
        encode(nlri, buf);
        final byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        return out;
    }

    private int familyLength(final Fsv2FilterFamily family) {
        int length = 0;
        for (Fsv2Component component : family.components()) {
            if (component instanceof Fsv2IpComponent ip) {
                if (family.familyType() != config.ipBasicFamilyType()) {
                    throw new EncodeException("fsv2 ip component " + ip.component().type().fieldName()
                        + " outside the ip basic family " + config.ipBasicFamilyType());
                }
                length += TLV_HEADER + ComponentValueCodec.encodedLength(ip.component());
            } else if (component instanceof Fsv2OpaqueComponent opaque) {
                length += TLV_HEADER + opaque.value().length();
            }
        }
        if (length > 0xffff) {
            throw new EncodeException("fsv2 filter family length " + length + " exceeds 16 bits");
        }
        return length;
    }

    /**
     * Decodes one NLRI. On return, and also when a TREAT_AS_WITHDRAW error is thrown, the reader index is just past
     * the NLRI.
     *
     * @param in the NLRI field, positioned at a length field
     * @return the NLRI
     * @throws WireFormatException with the section 5.1 treatment
     */
    public @NonNull Fsv2Nlri decode(final @NonNull ByteBuf in) throws WireFormatException {
        if (in.readableBytes() < 2) {
            throw reset("fsv2 NLRI length field truncated");
        }
        final int length = in.readUnsignedShort();
        if (length > in.readableBytes()) {
            throw reset("fsv2 NLRI length " + length + " overruns the NLRI field (" + in.readableBytes()
                + " octets left)");
        }
        if (length < MIN_LENGTH) {
            throw reset("fsv2 NLRI length " + length + " below the minimum of " + MIN_LENGTH);
        }
        final int start = in.readerIndex();
        final int end = start + length;
        checkStructure(in, start + 8, end);
        try {
            return decodeBody(in, end);
        } finally {
            in.readerIndex(end);
        }
    }

    private static void checkStructure(final ByteBuf in, final int from, final int end) throws WireFormatException {
        int pos = from;
        while (pos < end) {
            if (end - pos < TLV_HEADER) {
                throw reset("fsv2 filter family TLV header not contained in the NLRI");
            }
            final int familyEnd = pos + TLV_HEADER + in.getUnsignedShort(pos + 2);
            if (familyEnd > end) {
                throw reset("fsv2 filter family TLV overruns the NLRI");
            }
            pos += TLV_HEADER;
            while (pos < familyEnd) {
                if (familyEnd - pos < TLV_HEADER) {
                    throw reset("fsv2 filter component TLV header not contained in its family");
                }
                final int componentEnd = pos + TLV_HEADER + in.getUnsignedShort(pos + 2);
                if (componentEnd > familyEnd) {
                    throw reset("fsv2 filter component TLV overruns its family");
                }
                pos = componentEnd;
            }
        }
    }

    private Fsv2Nlri decodeBody(final ByteBuf in, final int end) throws WireFormatException {
        final long dfc = in.readUnsignedInt();
        final long userOrder = in.readUnsignedInt();
        final List<Fsv2FilterFamily> families = new ArrayList<>(1);
        int previousFamily = -1;
        while (in.readerIndex() < end) {
            final int familyType = in.readUnsignedShort();
            final int familyEnd = in.readUnsignedShort() + in.readerIndex();
            if (familyType <= previousFamily) {
                throw OperatorCodec.malformed("fsv2 filter family " + familyType + " follows family "
                    + previousFamily + ": duplicate or unsorted");
            }
            previousFamily = familyType;
            if (familyEnd == in.readerIndex()) {
                throw OperatorCodec.malformed("fsv2 filter family " + familyType + " has no components");
            }
            families.add(new Fsv2FilterFamily(familyType, decodeComponents(in, familyType, familyEnd)));
        }
        if (families.isEmpty()) {
            throw OperatorCodec.malformed("fsv2 NLRI has no filter family");
        }
        return new Fsv2Nlri(afi, dfc, userOrder, families);
    }

    private List<Fsv2Component> decodeComponents(final ByteBuf in, final int familyType, final int familyEnd)
            throws WireFormatException {
        final boolean ipBasic = familyType == config.ipBasicFamilyType();
        final List<Fsv2Component> components = new ArrayList<>(4);
        int previous = -1;
        while (in.readerIndex() < familyEnd) {
            final int flagsAndType = in.readUnsignedShort();
            final int valueEnd = in.readUnsignedShort() + in.readerIndex();
            final int componentType = flagsAndType & Fsv2Component.MAX_TYPE;
            final boolean optional = (flagsAndType & OPTIONAL_FLAG) != 0;
            if (componentType <= previous) {
                throw OperatorCodec.malformed("fsv2 component type " + componentType + " follows type " + previous
                    + ": duplicate or unsorted");
            }
            previous = componentType;
            final ComponentType known = ipBasic ? ComponentType.forFsv2Code(componentType) : null;
            if (known == null) {
                final byte[] value = new byte[valueEnd - in.readerIndex()];
                in.readBytes(value);
                components.add(new Fsv2OpaqueComponent(optional, componentType, Octets.copyOf(value)));
                continue;
            }
            final FlowComponent component = ComponentValueCodec.decode(known, afi, in, valueEnd);
            if (in.readerIndex() != valueEnd) {
                throw OperatorCodec.malformed("fsv2 " + known.fieldName() + " value length does not match its TLV");
            }
            final String error = Fsv1Nlri.checkFamily(afi, component);
            if (error != null) {
                throw OperatorCodec.malformed(error);
            }
            components.add(new Fsv2IpComponent(optional, component));
        }
        return components;
    }

    /**
     * Decodes an NLRI field packed with many FSv2 NLRIs.
     *
     * @param field the field; it is read to its end
     * @return the well-formed NLRIs and the errors of malformed ones
     * @throws WireFormatException SESSION_RESET when NLRI boundaries cannot be determined
     */
    public @NonNull DecodedNlris<Fsv2Nlri> decodeAll(final @NonNull ByteBuf field) throws WireFormatException {
        return DecodedNlris.collect(field, this::decode);
    }

    private static WireFormatException reset(final String message) {
        return new WireFormatException(ErrorTreatment.SESSION_RESET, message);
    }
}
