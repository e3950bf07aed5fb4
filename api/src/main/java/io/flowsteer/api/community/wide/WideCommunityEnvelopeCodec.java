/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static io.flowsteer.api.bytes.FieldChecks.unsigned;
import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The envelope shared by the wide communities Flowsteer knows, draft-ietf-idr-wide-bgp-communities section 2:
 *
 * <pre>
 * container: type 1 (2) | flags ..CT (1) | reserved (1) | length (2)
 * contents:  community value (4) | source AS (4) | context AS (4) | TLVs
 * TLV:       type (1) | length (2) | value;  exactly one Parameter(s) TLV (type 3)
 * </pre>
 *
 * <p>One instance stands for one community value; what the Parameter(s) TLV holds is for the caller (the
 * Redirect Load Balancing Group's path-tlvs, {@link RedirectGroupCodec}; the FSv2 action sub-TLVs,
 * {@link io.flowsteer.api.community.fsv2.Fsv2ActionContainerCodec}). Contents shorter than the 12 octets before
 * the TLVs, a TLV header or length running past the contents, and no Parameter(s) TLV or more than one are
 * malformed with {@link ErrorTreatment#TREAT_AS_WITHDRAW}, the treatment of every community attribute (RFC 7606
 * sections 7.8, 7.14, 7.15). Immutable and thread-safe.
 */
public final class WideCommunityEnvelopeCodec {
    /** Octets of a wide community TLV header: type (1), length (2). */
    public static final int TLV_HEADER = 3;

    private static final int VALUE_LENGTH = 4;
    private static final int FIXED_CONTENTS = 12;
    private static final int CONFEDERATION_BIT = 0x02;
    private static final int TRANSITIVITY_BIT = 0x01;

    private final long communityValue;
    private final @NonNull String name;
    private final @NonNull String reference;

    /**
     * An envelope codec for one community value.
     *
     * @param communityValue the 4-octet community value
     * @param name what the community is called in error messages, such as "FSv2 action community"
     * @param reference the specification section an error message cites, appended after a space; may be empty
     * @throws EncodeException if the community value exceeds 32 bits
     */
    public WideCommunityEnvelopeCodec(final long communityValue, final @NonNull String name,
            final @NonNull String reference) {
        this.communityValue = unsigned("community value", communityValue, 32);
        this.name = requireNonNull(name, "name");
        this.reference = reference.isEmpty() ? "" : " " + reference;
    }

    /**
     * The community value this codec recognises and sends.
     *
     * @return the community value
     */
    public long communityValue() {
        return communityValue;
    }

    /**
     * Whether a container is a wide community carrying this codec's community value.
     *
     * @param container a container from {@link CommunityContainerCodec#decodeAttribute(ByteBuf)}
     * @return true if {@link #decode(CommunityContainer)} applies
     */
    public boolean carries(final @NonNull CommunityContainer container) {
        final Octets contents = container.contents();
        return container.type() == CommunityContainer.TYPE_WIDE_COMMUNITY && contents.length() >= VALUE_LENGTH
            && ((long) contents.get(0) << 24 | contents.get(1) << 16 | contents.get(2) << 8 | contents.get(3))
                == communityValue;
    }

    /**
     * Opens a container carrying this codec's community value.
     *
     * @param container the container; see {@link #carries(CommunityContainer)}
     * @return the envelope, its Parameter(s) TLV value undecoded
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW}, naming the field, if the
     *     container carries another community or its contents are malformed
     */
    public @NonNull WideCommunityEnvelope decode(final @NonNull CommunityContainer container)
            throws WireFormatException {
        if (!carries(container)) {
            throw malformed("container type " + container.type() + " is not the " + name + " (value "
                + Long.toHexString(communityValue) + ")");
        }
        final ByteBuf in = Unpooled.wrappedBuffer(container.contents().toByteArray());
        if (in.readableBytes() < FIXED_CONTENTS) {
            throw malformed(name + " needs 12 octets before its TLVs, has " + in.readableBytes());
        }
        in.skipBytes(VALUE_LENGTH);
        final long sourceAs = in.readUnsignedInt();
        final long contextAs = in.readUnsignedInt();
        final List<WideCommunityTlv> others = new ArrayList<>();
        Octets parameters = null;
        int parametersOffset = 0;
        int parameterTlvs = 0;
        while (in.isReadable()) {
            final int offset = in.readerIndex();
            final ByteBuf value = readTlv(in, name + " TLV");
            final int type = in.getUnsignedByte(offset);
            if (type == WideCommunityTlv.PARAMETERS) {
                parameterTlvs++;
                parameters = Octets.read(value, value.readableBytes());
                parametersOffset = offset + TLV_HEADER;
            } else {
                others.add(new WideCommunityTlv(type, Octets.read(value, value.readableBytes())));
            }
        }
        if (parameterTlvs != 1 || parameters == null) {
            throw malformed(name + " has " + parameterTlvs + " Parameter(s) TLVs, needs exactly 1" + reference);
        }
        final int flags = container.flags();
        return new WideCommunityEnvelope((flags & CONFEDERATION_BIT) != 0, (flags & TRANSITIVITY_BIT) != 0,
            sourceAs, contextAs, parameters, parametersOffset, others);
    }

    /**
     * Closes an envelope around an encoded Parameter(s) TLV value: the other TLVs of lower type go before it, those
     * of higher type after it.
     *
     * @param envelope the envelope; its {@link WideCommunityEnvelope#parametersOffset()} is not used
     * @return the container, ready for {@link CommunityContainerCodec#encode(CommunityContainer, ByteBuf)}
     * @throws EncodeException naming the field if a value does not fit or an other TLV is a Parameter(s) TLV
     */
    public @NonNull CommunityContainer encode(final @NonNull WideCommunityEnvelope envelope) {
        for (final WideCommunityTlv tlv : envelope.otherTlvs()) {
            if (tlv.type() == WideCommunityTlv.PARAMETERS) {
                throw new EncodeException("other-tlvs type 3 duplicates the Parameter(s) TLV");
            }
        }
        final ByteBuf contents = Unpooled.buffer();
        contents.writeInt((int) communityValue);
        contents.writeInt((int) unsigned("source-as", envelope.sourceAs(), 32));
        contents.writeInt((int) unsigned("context-as", envelope.contextAs(), 32));
        for (final WideCommunityTlv tlv : envelope.otherTlvs()) {
            if (tlv.type() < WideCommunityTlv.PARAMETERS) {
                writeTlv(tlv.type(), tlv.value(), contents);
            }
        }
        writeTlv(WideCommunityTlv.PARAMETERS, envelope.parameters(), contents);
        for (final WideCommunityTlv tlv : envelope.otherTlvs()) {
            if (tlv.type() > WideCommunityTlv.PARAMETERS) {
                writeTlv(tlv.type(), tlv.value(), contents);
            }
        }
        unsigned("container length", contents.readableBytes(), 16);
        return new CommunityContainer(CommunityContainer.TYPE_WIDE_COMMUNITY,
            (envelope.confederationBit() ? CONFEDERATION_BIT : 0)
                | (envelope.transitivityBit() ? TRANSITIVITY_BIT : 0),
            Octets.read(contents, contents.readableBytes()));
    }

    /**
     * Reads one TLV of the 1-octet type, 2-octet length layout, section 2.2.
     *
     * @param in the buffer, at the TLV header; left after the TLV
     * @param what what the TLV is called in error messages
     * @return the TLV value, a slice of {@code in}
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if the header or the value runs
     *     past {@code in}
     */
    static @NonNull ByteBuf readTlv(final @NonNull ByteBuf in, final @NonNull String what)
            throws WireFormatException {
        if (in.readableBytes() < TLV_HEADER) {
            throw malformed(what + " header needs 3 octets, " + in.readableBytes() + " left");
        }
        final int type = in.readUnsignedByte();
        final int length = in.readUnsignedShort();
        if (length > in.readableBytes()) {
            throw malformed(what + " " + type + " length " + length + " exceeds the " + in.readableBytes()
                + " octets left");
        }
        return in.readSlice(length);
    }

    private static void writeTlv(final int type, final Octets value, final ByteBuf out) {
        final int length = unsigned("tlv length", value.length(), 16);
        out.writeByte(unsigned("tlv type", type, 8)).writeShort(length);
        value.writeTo(out);
    }

    private static WireFormatException malformed(final String message) {
        return new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW, message);
    }
}
