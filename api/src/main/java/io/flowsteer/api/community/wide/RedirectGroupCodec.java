/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static io.flowsteer.api.bytes.FieldChecks.range;
import static io.flowsteer.api.bytes.FieldChecks.unsigned;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.Addresses;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Encodes and decodes the Redirect Load Balancing Group community, draft-wu-idr-flowspec-redirect-group-01
 * section 2, inside a BGP Wide Community container (draft-ietf-idr-wide-bgp-communities):
 *
 * <pre>
 * container: type 1 (2) | flags ..CT (1) | reserved (1) | length (2)
 * contents:  community value (4) | source AS (4) | context AS (4) | TLVs
 * TLV:       type (1) | length (2) | value;  the Parameter(s) TLV (type 3) holds the path-tlvs
 * path-tlv:  type 1..8 (1) | length (2) | flags (2) | IPv4 (4) or IPv6 (16) | [color (4)] | [weight (1)]
 * </pre>
 *
 * <p>Error handling, section 5: no Parameter(s) TLV or more than one, and a path-tlv whose length
 * does not match its type, are malformed with {@link ErrorTreatment#TREAT_AS_WITHDRAW}. Flowsteer
 * applies the same treatment to the other ways a group can fail to parse: a TLV running past its
 * parent, a path-tlv type outside 1..8 (no type matches its length), and a weight of 0 (outside the
 * 1..255 the weighted types define). A path-tlv that exactly duplicates an earlier one is ignored
 * (section 2.3, {@link ErrorTreatment#IGNORE}): the decode succeeds without it and reports it in
 * {@link RedirectGroupDecodeResult#warnings()}.
 *
 * <p>Only the T and C bits of the container flags are kept; to re-advertise a received group
 * unchanged (section 6.3, configuration situation A) forward the received {@link CommunityContainer}.
 */
public final class RedirectGroupCodec {
    /**
     * Flowsteer's stand-in for the Redirect Load Balancing Group community value, which the draft
     * leaves TBD (section 7). Replace it with the IANA value once assigned.
     */
    public static final long DEFAULT_COMMUNITY_VALUE = 0x80000001L;

    private static final int FIXED_CONTENTS = 12;
    private static final int TLV_HEADER = 3;
    private static final int CONFEDERATION_BIT = 0x02;
    private static final int TRANSITIVITY_BIT = 0x01;
    private static final int FLAGS_LENGTH = 2;
    private static final int COLOR_LENGTH = 4;
    private static final int WEIGHT_LENGTH = 1;
    private static final int MAX_TYPE = 8;

    private final long communityValue;

    /**
     * A codec using {@link #DEFAULT_COMMUNITY_VALUE}.
     */
    public RedirectGroupCodec() {
        this(DEFAULT_COMMUNITY_VALUE);
    }

    /**
     * A codec using the given community value for the Redirect Load Balancing Group.
     *
     * @param communityValue the 4-octet community value
     */
    public RedirectGroupCodec(final long communityValue) {
        this.communityValue = unsigned("community value", communityValue, 32);
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
    public boolean isRedirectGroup(final @NonNull CommunityContainer container) {
        final Octets contents = container.contents();
        return container.type() == CommunityContainer.TYPE_WIDE_COMMUNITY && contents.length() >= COLOR_LENGTH
            && ((long) contents.get(0) << 24 | contents.get(1) << 16 | contents.get(2) << 8 | contents.get(3))
                == communityValue;
    }

    /**
     * Decodes a container holding a Redirect Load Balancing Group.
     *
     * @param container the container; see {@link #isRedirectGroup(CommunityContainer)}
     * @return the community and the warnings for ignored duplicates
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if the group is malformed
     */
    public @NonNull RedirectGroupDecodeResult decode(final @NonNull CommunityContainer container)
            throws WireFormatException {
        if (!isRedirectGroup(container)) {
            throw malformed("container type " + container.type() + " is not a redirect load balancing group");
        }
        final ByteBuf in = Unpooled.wrappedBuffer(container.contents().toByteArray());
        if (in.readableBytes() < FIXED_CONTENTS) {
            throw malformed("wide community needs 12 octets before its TLVs, has " + in.readableBytes());
        }
        in.skipBytes(COLOR_LENGTH);
        final long sourceAs = in.readUnsignedInt();
        final long contextAs = in.readUnsignedInt();
        final List<WideCommunityTlv> others = new ArrayList<>();
        final List<RedirectPath> paths = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        int parameterTlvs = 0;
        while (in.isReadable()) {
            final int offset = in.readerIndex();
            final ByteBuf value = readTlv(in, "wide community TLV");
            final int type = in.getUnsignedByte(offset);
            if (type == WideCommunityTlv.PARAMETERS) {
                parameterTlvs++;
                decodePaths(value, offset + TLV_HEADER, paths, warnings);
            } else {
                others.add(new WideCommunityTlv(type, Octets.read(value, value.readableBytes())));
            }
        }
        if (parameterTlvs != 1) {
            throw malformed("redirect load balancing group has " + parameterTlvs
                + " Parameter(s) TLVs, needs exactly 1 (draft-wu-idr-flowspec-redirect-group-01 section 5.1)");
        }
        final int flags = container.flags();
        return new RedirectGroupDecodeResult(new RedirectGroupCommunity((flags & CONFEDERATION_BIT) != 0,
            (flags & TRANSITIVITY_BIT) != 0, sourceAs, contextAs, paths, others), warnings);
    }

    /**
     * Encodes a group as a wide community container.
     *
     * @param group the group
     * @return the container, ready for {@link CommunityContainerCodec#encode(CommunityContainer, ByteBuf)}
     * @throws EncodeException naming the field if a value does not fit, a weight is outside 1..255, a path
     *     is repeated, or an other TLV is a Parameter(s) TLV
     */
    public @NonNull CommunityContainer encode(final @NonNull RedirectGroupCommunity group) {
        final ByteBuf params = Unpooled.buffer();
        final Set<RedirectPath> seen = new HashSet<>();
        for (final RedirectPath path : group.paths()) {
            if (!seen.add(path)) {
                throw new EncodeException("paths repeat " + path);
            }
            encodePath(path, params);
        }
        final ByteBuf contents = Unpooled.buffer();
        contents.writeInt((int) communityValue);
        contents.writeInt((int) unsigned("source-as", group.sourceAs(), 32));
        contents.writeInt((int) unsigned("context-as", group.contextAs(), 32));
        for (final WideCommunityTlv tlv : group.otherTlvs()) {
            if (tlv.type() < WideCommunityTlv.PARAMETERS) {
                writeTlv(tlv.type(), Unpooled.wrappedBuffer(tlv.value().toByteArray()), contents);
            }
        }
        writeTlv(WideCommunityTlv.PARAMETERS, params, contents);
        for (final WideCommunityTlv tlv : group.otherTlvs()) {
            if (tlv.type() == WideCommunityTlv.PARAMETERS) {
                throw new EncodeException("other-tlvs type 3 duplicates the Parameter(s) TLV");
            }
            if (tlv.type() > WideCommunityTlv.PARAMETERS) {
                writeTlv(tlv.type(), Unpooled.wrappedBuffer(tlv.value().toByteArray()), contents);
            }
        }
        unsigned("container length", contents.readableBytes(), 16);
        return new CommunityContainer(CommunityContainer.TYPE_WIDE_COMMUNITY,
            (group.confederationBit() ? CONFEDERATION_BIT : 0) | (group.transitivityBit() ? TRANSITIVITY_BIT : 0),
            Octets.read(contents, contents.readableBytes()));
    }

    /**
     * Encodes a group as a complete container, header included.
     *
     * @param group the group
     * @param out the buffer to write to
     * @throws EncodeException as {@link #encode(RedirectGroupCommunity)}
     */
    public void encode(final @NonNull RedirectGroupCommunity group, final @NonNull ByteBuf out) {
        CommunityContainerCodec.encode(encode(group), out);
    }

    /**
     * The path-tlv value length each type 1..8 must have, section 2.3.
     *
     * @param type the path-tlv type
     * @return the length, or -1 for a type outside 1..8
     */
    public static int pathLength(final int type) {
        if (type < 1 || type > MAX_TYPE) {
            return -1;
        }
        final int bits = type - 1;
        return FLAGS_LENGTH + ((bits & 4) != 0 ? Addresses.IPV6_LENGTH : Addresses.IPV4_LENGTH)
            + ((bits & 2) != 0 ? COLOR_LENGTH : 0) + ((bits & 1) != 0 ? WEIGHT_LENGTH : 0);
    }

    private static void decodePaths(final ByteBuf params, final int baseOffset, final List<RedirectPath> paths,
            final List<String> warnings) throws WireFormatException {
        while (params.isReadable()) {
            final int offset = baseOffset + params.readerIndex();
            final int type = params.getUnsignedByte(params.readerIndex());
            final ByteBuf value = readTlv(params, "path-tlv");
            final int expected = pathLength(type);
            if (expected != value.readableBytes()) {
                throw malformed("path-tlv type " + type + " has length " + value.readableBytes()
                    + (expected < 0 ? ", type unknown" : ", must be " + expected)
                    + " (draft-wu-idr-flowspec-redirect-group-01 section 5.2)");
            }
            final int bits = type - 1;
            final int flags = value.readUnsignedShort();
            final InetAddress endpoint = (bits & 4) != 0 ? Addresses.readIpv6(value) : Addresses.readIpv4(value);
            final OptionalLong color = (bits & 2) != 0 ? OptionalLong.of(value.readUnsignedInt())
                : OptionalLong.empty();
            final OptionalInt weight = (bits & 1) != 0 ? OptionalInt.of(value.readUnsignedByte()) : OptionalInt.empty();
            if (weight.isPresent() && weight.getAsInt() == 0) {
                throw malformed("path-tlv type " + type + " at offset " + offset + " has weight 0, must be 1..255");
            }
            final RedirectPath path = new RedirectPath(flags, endpoint, color, weight);
            if (paths.contains(path)) {
                warnings.add("path-tlv type " + type + " at offset " + offset + " duplicates an earlier one, ignored"
                    + " (draft-wu-idr-flowspec-redirect-group-01 section 2.3)");
            } else {
                paths.add(path);
            }
        }
    }

    private static void encodePath(final RedirectPath path, final ByteBuf out) {
        final int flags = unsigned("flags", path.flags(), 16);
        final long color = path.color().isPresent() ? unsigned("color", path.color().getAsLong(), 32) : 0;
        final int weight = path.weight().isPresent() ? (int) range("weight", path.weight().getAsInt(), 1, 255) : 0;
        final int type = path.tlvType();
        out.writeByte(type).writeShort(pathLength(type)).writeShort(flags);
        Addresses.write(path.endpoint(), out);
        if (path.color().isPresent()) {
            out.writeInt((int) color);
        }
        if (path.weight().isPresent()) {
            out.writeByte(weight);
        }
    }

    private static ByteBuf readTlv(final ByteBuf in, final String what) throws WireFormatException {
        if (in.readableBytes() < TLV_HEADER) {
            throw malformed(what + " header needs 3 octets, " + in.readableBytes() + " left");
        }
        in.skipBytes(1);
        final int length = in.readUnsignedShort();
        if (length > in.readableBytes()) {
            throw malformed(what + " length " + length + " exceeds the " + in.readableBytes() + " octets left");
        }
        return in.readSlice(length);
    }

    private static void writeTlv(final int type, final ByteBuf value, final ByteBuf out) {
        final int length = unsigned("tlv length", value.readableBytes(), 16);
        out.writeByte(unsigned("tlv type", type, 8)).writeShort(length).writeBytes(value);
    }

    private static WireFormatException malformed(final String message) {
        return new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW, message);
    }
}
