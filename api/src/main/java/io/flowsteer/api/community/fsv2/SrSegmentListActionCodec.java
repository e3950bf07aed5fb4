/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.fsv2;

import static io.flowsteer.api.bytes.FieldChecks.range;
import static io.flowsteer.api.bytes.FieldChecks.unsigned;

import io.flowsteer.api.community.Addresses;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Encodes and decodes the FSv2 Action SubTLV "Redirect to SR Policy Segment List",
 * draft-liu-idr-flowspec-redirect-sr-segment-list section 3.1:
 *
 * <pre>
 * Sub-Type (2, TBD1) | Length (2) | Flags F R ...... (1) | AFI (2) | Reserved (1) | Color (4)
 * | Endpoint (4 or 16) | Protocol-Origin (4) | Originator (20) | Discriminator (4) | Segment List ID (4)
 * </pre>
 *
 * <p>The value is 44 octets with AFI 1 and 56 with AFI 2. Malformed, section 4, handled as
 * {@link ErrorTreatment#TREAT_AS_WITHDRAW}: an AFI other than 1 or 2, a Segment List ID of 0, a
 * length that does not match the AFI or runs past the buffer, and (Flowsteer's reading of "an
 * unsigned non-zero 32-bit integer" in section 3.1) a Color of 0. Reserved bits are sent as zero
 * and ignored on receipt.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SrSegmentListActionCodec {
    /**
     * Flowsteer's stand-in for TBD1, the FSv2 action sub-type, which IANA has not assigned yet.
     * Replace it with the IANA value once assigned.
     */
    public static final int DEFAULT_SUB_TYPE = 0xfff0;
    /** Value length with an IPv4 endpoint. */
    public static final int IPV4_VALUE_LENGTH = 44;
    /** Value length with an IPv6 endpoint. */
    public static final int IPV6_VALUE_LENGTH = 56;

    private static final int HEADER_LENGTH = 4;
    private static final int FALLBACK_BIT = 0x80;
    private static final int RECOVERY_BIT = 0x40;

    private final int subType;

    /**
     * A codec using {@link #DEFAULT_SUB_TYPE}.
     */
    public SrSegmentListActionCodec() {
        this(DEFAULT_SUB_TYPE);
    }

    /**
     * A codec using the given sub-type.
     *
     * @param subType the 2-octet FSv2 action sub-type
     */
    public SrSegmentListActionCodec(final int subType) {
        this.subType = unsigned("sub-type", subType, 16);
    }

    /**
     * The sub-type this codec reads and writes.
     *
     * @return the sub-type
     */
    public int subType() {
        return subType;
    }

    /**
     * Decodes a whole sub-TLV, sub-type and length included.
     *
     * @param in the buffer, advanced past the sub-TLV
     * @return the action
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if the sub-TLV is malformed
     *     or has another sub-type
     */
    public @NonNull SrSegmentListAction decode(final @NonNull ByteBuf in) throws WireFormatException {
        if (in.readableBytes() < HEADER_LENGTH) {
            throw malformed("action sub-TLV header needs 4 octets, " + in.readableBytes() + " left");
        }
        final int type = in.readUnsignedShort();
        if (type != subType) {
            throw malformed("action sub-type " + type + " is not redirect to SR policy segment list (" + subType + ")");
        }
        final int length = in.readUnsignedShort();
        if (length > in.readableBytes()) {
            throw malformed("action sub-TLV length " + length + " exceeds the " + in.readableBytes() + " octets left");
        }
        return decodeValue(in.readSlice(length));
    }

    /**
     * Decodes the value of the sub-TLV, for callers that have read sub-type and length themselves.
     *
     * @param value exactly the value octets; all are consumed
     * @return the action
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if the value is malformed
     */
    public @NonNull SrSegmentListAction decodeValue(final @NonNull ByteBuf value) throws WireFormatException {
        final int length = value.readableBytes();
        if (length < HEADER_LENGTH) {
            throw malformed("segment list action value length " + length + " is shorter than its 4-octet header");
        }
        final int flags = value.readUnsignedByte();
        final int afi = value.readUnsignedShort();
        value.skipBytes(1);
        final int expected = switch (afi) {
            case SrSegmentListAction.AFI_IPV4 -> IPV4_VALUE_LENGTH;
            case SrSegmentListAction.AFI_IPV6 -> IPV6_VALUE_LENGTH;
            default -> throw malformed("segment list action AFI " + afi + " is neither 1 nor 2");
        };
        if (length != expected) {
            throw malformed("segment list action length " + length + " does not match AFI " + afi + " (" + expected
                + ")");
        }
        final long color = value.readUnsignedInt();
        if (color == 0) {
            throw malformed("segment list action color 0, must be non-zero");
        }
        final InetAddress endpoint = afi == SrSegmentListAction.AFI_IPV4 ? Addresses.readIpv4(value)
            : Addresses.readIpv6(value);
        final long protocolOrigin = value.readUnsignedInt();
        final Originator originator = new Originator(value.readUnsignedInt(), Addresses.readIpv6(value));
        final long discriminator = value.readUnsignedInt();
        final long segmentListId = value.readUnsignedInt();
        if (segmentListId == 0) {
            throw malformed("segment list action segment list id 0 is reserved");
        }
        return new SrSegmentListAction((flags & FALLBACK_BIT) != 0, (flags & RECOVERY_BIT) != 0, color, endpoint,
            protocolOrigin, originator, discriminator, segmentListId);
    }

    /**
     * Encodes the whole sub-TLV, sub-type and length included.
     *
     * @param action the action
     * @param out the buffer to write to; nothing is written if the action is refused
     * @throws EncodeException naming the field if a value does not fit
     */
    public void encode(final @NonNull SrSegmentListAction action, final @NonNull ByteBuf out) {
        final long color = range("color", action.color(), 1, 0xffffffffL);
        final long protocolOrigin = unsigned("protocol-origin", action.protocolOrigin(), 32);
        final long asn = unsigned("originator asn", action.originator().asn(), 32);
        final long discriminator = unsigned("discriminator", action.discriminator(), 32);
        final long segmentListId = range("segment-list-id", action.segmentListId(), 1, 0xffffffffL);
        final int afi = action.afi();
        out.writeShort(subType);
        out.writeShort(afi == SrSegmentListAction.AFI_IPV4 ? IPV4_VALUE_LENGTH : IPV6_VALUE_LENGTH);
        out.writeByte((action.fallback() ? FALLBACK_BIT : 0) | (action.recovery() ? RECOVERY_BIT : 0));
        out.writeShort(afi);
        out.writeByte(0);
        out.writeInt((int) color);
        Addresses.write(action.endpoint(), out);
        out.writeInt((int) protocolOrigin);
        out.writeInt((int) asn);
        Addresses.write(action.originator().nodeAddress(), out);
        out.writeInt((int) discriminator);
        out.writeInt((int) segmentListId);
    }

    private static WireFormatException malformed(final String message) {
        return new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW, message);
    }
}
