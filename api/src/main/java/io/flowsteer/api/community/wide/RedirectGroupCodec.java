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

    private static final int FLAGS_LENGTH = 2;
    private static final int COLOR_LENGTH = 4;
    private static final int WEIGHT_LENGTH = 1;
    private static final int MAX_TYPE = 8;

    private final @NonNull WideCommunityEnvelopeCodec envelopeCodec;

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
        envelopeCodec = new WideCommunityEnvelopeCodec(communityValue, "redirect load balancing group",
            "(draft-wu-idr-flowspec-redirect-group-01 section 5.1)");
    }

    /**
     * The community value this codec recognises and sends.
     *
     * @return the community value
     */
    public long communityValue() {
        return envelopeCodec.communityValue();
    }

    /**
     * Whether a container is a wide community carrying this codec's community value.
     *
     * @param container a container from {@link CommunityContainerCodec#decodeAttribute(ByteBuf)}
     * @return true if {@link #decode(CommunityContainer)} applies
     */
    public boolean isRedirectGroup(final @NonNull CommunityContainer container) {
        return envelopeCodec.carries(container);
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
        final WideCommunityEnvelope envelope = envelopeCodec.decode(container);
        final List<RedirectPath> paths = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        decodePaths(Unpooled.wrappedBuffer(envelope.parameters().toByteArray()), envelope.parametersOffset(), paths,
            warnings);
        return new RedirectGroupDecodeResult(new RedirectGroupCommunity(envelope.confederationBit(),
            envelope.transitivityBit(), envelope.sourceAs(), envelope.contextAs(), paths, envelope.otherTlvs()),
            warnings);
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
        return envelopeCodec.encode(new WideCommunityEnvelope(group.confederationBit(), group.transitivityBit(),
            group.sourceAs(), group.contextAs(), Octets.read(params, params.readableBytes()), 0, group.otherTlvs()));
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
            final ByteBuf value = WideCommunityEnvelopeCodec.readTlv(params, "path-tlv");
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

    private static WireFormatException malformed(final String message) {
        return new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW, message);
    }
}
