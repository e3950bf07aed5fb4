/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static io.flowsteer.api.bgp.PathAttributeType.FLAG_EXTENDED_LENGTH;
import static io.flowsteer.api.bgp.PathAttributeType.FLAG_OPTIONAL;
import static io.flowsteer.api.bgp.PathAttributeType.FLAG_TRANSITIVE;
import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv1NlriCodec;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.Fsv2NlriCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Builds the UPDATEs that advertise and withdraw flowspec routes. Advertisements carry MP_REACH_NLRI as the very
 * first path attribute (RFC 7606 section 5.1), then ORIGIN IGP, AS_PATH (empty
 * for iBGP, the local AS for eBGP, RFC 4271 section 5.1.2; 2-octet with AS_TRANS and AS4_PATH when 4-octet AS is
 * not negotiated, RFC 6793 section 4.2.2), LOCAL_PREF 100 for iBGP, MP_REACH_NLRI with a next hop of length 0
 * (RFC 8955 section 4) or, for a redirect to IP next hop, the target's 4 or 16 octets
 * (draft-simpson-idr-flowspec-redirect section 3), the action communities and the caller's other attributes.
 * NLRIs with equal attributes are
 * packed into one UPDATE up to the session's maximum message size and, when the encoder has one, up to a maximum
 * number of NLRIs per UPDATE (see {@link #DEFAULT_MAX_NLRIS_PER_UPDATE}). Withdrawals use MP_UNREACH_NLRI (RFC 4760
 * section 4). Instances are immutable and thread-safe.
 */
public final class UpdateMessageEncoder {
    /**
     * The number of NLRIs per UPDATE the speaker packs by default. RFC 4271 section 9.2 and RFC 4760 allow any
     * number that fits the message; this cap is for receivers whose cost per route grows with the number of NLRIs
     * in the UPDATE that carried it. gobgpd 3.10 keeps the received MP_REACH_NLRI, with all its NLRIs, in every
     * route built from it, and rebuilds that whole attribute (serialising every NLRI in it) for each route it
     * advertises onwards, so a full 4096-octet UPDATE of about 580 host-route NLRIs costs it about 580 times the
     * work of a one-NLRI UPDATE for every route in it. 32 NLRIs keep that factor small while the header and
     * attributes (about 60 octets for an eBGP flowspec UPDATE with one community) stay a minor share of the message;
     * docs/performance.md has the measurements.
     */
    public static final int DEFAULT_MAX_NLRIS_PER_UPDATE = 32;

    private static final int LOCAL_PREF_DEFAULT = 100;
    private static final int MP_REACH_OVERHEAD = 4 + 5;
    private static final int MP_UNREACH_OVERHEAD = 4 + 3;

    private final @NonNull ExtendedCommunityCodec communityCodec;
    private final @NonNull Fsv2Config fsv2;
    private final int maxNlrisPerUpdate;

    /**
     * An encoder writing communities with the given codec and FSv2 with the default code points, packing as many
     * NLRIs as fit the message.
     *
     * @param communityCodec the codec
     */
    public UpdateMessageEncoder(final @NonNull ExtendedCommunityCodec communityCodec) {
        this(communityCodec, Fsv2Config.DEFAULT);
    }

    /**
     * An encoder writing communities with the given codec and FSv2 NLRIs (draft-ietf-idr-fsv2-ip-basic section 3)
     * with the configured SAFI and IP Basic family type, packing as many NLRIs as fit the message.
     *
     * @param communityCodec the codec
     * @param fsv2 the FSv2 code points
     */
    public UpdateMessageEncoder(final @NonNull ExtendedCommunityCodec communityCodec,
            final @NonNull Fsv2Config fsv2) {
        this(communityCodec, fsv2, Integer.MAX_VALUE);
    }

    /**
     * An encoder that puts at most the given number of NLRIs into one UPDATE (advertisement or withdrawal), and
     * never more than fit the session's maximum message size.
     *
     * @param communityCodec the codec
     * @param fsv2 the FSv2 code points
     * @param maxNlrisPerUpdate the most NLRIs per UPDATE, at least 1 ({@link #DEFAULT_MAX_NLRIS_PER_UPDATE} is
     *        what the speaker uses, {@link Integer#MAX_VALUE} packs by size only)
     * @throws IllegalArgumentException when maxNlrisPerUpdate is less than 1
     */
    public UpdateMessageEncoder(final @NonNull ExtendedCommunityCodec communityCodec,
            final @NonNull Fsv2Config fsv2, final int maxNlrisPerUpdate) {
        this.communityCodec = requireNonNull(communityCodec);
        this.fsv2 = requireNonNull(fsv2);
        if (maxNlrisPerUpdate < 1) {
            throw new IllegalArgumentException("at least one NLRI per UPDATE, not " + maxNlrisPerUpdate);
        }
        this.maxNlrisPerUpdate = maxNlrisPerUpdate;
    }

    /**
     * The most NLRIs this encoder puts into one UPDATE.
     *
     * @return the cap, {@link Integer#MAX_VALUE} when only the message size limits it
     */
    public int maxNlrisPerUpdate() {
        return maxNlrisPerUpdate;
    }

    /**
     * UPDATEs advertising NLRIs that share attributes.
     *
     * @param family the flowspec family of all NLRIs
     * @param attributes their attributes
     * @param nlris the NLRIs
     * @param session the session's encoding parameters
     * @return the messages, each a complete UPDATE
     * @throws EncodeException when an NLRI or attribute cannot be encoded or one NLRI does not fit a message
     */
    public @NonNull List<byte[]> advertise(final @NonNull BgpFamily family, final @NonNull RouteAttributes attributes,
            final @NonNull List<? extends FlowspecNlri> nlris, final @NonNull SessionEncoding session) {
        final ByteBuf before = Unpooled.buffer();
        final ByteBuf after = Unpooled.buffer();
        writeAttribute(before, FLAG_TRANSITIVE, PathAttributeType.ORIGIN, Unpooled.wrappedBuffer(new byte[] {0}));
        final ByteBuf asPath = Unpooled.buffer();
        ByteBuf as4Path = null;
        if (!session.internal()) {
            asPath.writeByte(AsPathSegment.AS_SEQUENCE).writeByte(1);
            if (session.fourOctetAs()) {
                asPath.writeInt((int) session.localAs());
            } else if (session.localAs() > 0xffff) {
                asPath.writeShort(OpenMessage.AS_TRANS);
                as4Path = Unpooled.buffer().writeByte(AsPathSegment.AS_SEQUENCE).writeByte(1)
                    .writeInt((int) session.localAs());
            } else {
                asPath.writeShort((int) session.localAs());
            }
        }
        writeAttribute(before, FLAG_TRANSITIVE, PathAttributeType.AS_PATH, asPath);
        if (session.internal()) {
            writeAttribute(before, FLAG_TRANSITIVE, PathAttributeType.LOCAL_PREF,
                Unpooled.buffer(4).writeInt(LOCAL_PREF_DEFAULT));
        }
        if (!attributes.extendedCommunities().isEmpty()) {
            final ByteBuf value = Unpooled.buffer();
            communityCodec.encodeAttribute(attributes.extendedCommunities(), value);
            writeAttribute(after, FLAG_OPTIONAL | FLAG_TRANSITIVE, PathAttributeType.EXTENDED_COMMUNITIES, value);
        }
        if (as4Path != null) {
            writeAttribute(after, FLAG_OPTIONAL | FLAG_TRANSITIVE, PathAttributeType.AS4_PATH, as4Path);
        }
        if (!attributes.ipv6ExtendedCommunities().isEmpty()) {
            final ByteBuf value = Unpooled.buffer();
            communityCodec.encodeIpv6Attribute(attributes.ipv6ExtendedCommunities(), value);
            writeAttribute(after, FLAG_OPTIONAL | FLAG_TRANSITIVE, PathAttributeType.IPV6_EXTENDED_COMMUNITIES,
                value);
        }
        final List<RawAttribute> others = new ArrayList<>(attributes.others());
        others.sort(Comparator.comparingInt(RawAttribute::type));
        for (RawAttribute other : others) {
            writeAttribute(after, other.flags(), other.type(), Unpooled.wrappedBuffer(other.value().toByteArray()));
        }
        final byte[] nextHop = nextHop(family, attributes);
        final int fixed = BgpMessageCodec.HEADER_LENGTH + 4 + before.readableBytes() + MP_REACH_OVERHEAD
            + nextHop.length + after.readableBytes();
        final List<byte[]> messages = new ArrayList<>();
        for (List<byte[]> batch : pack(family, nlris, fixed, session.maxMessageSize())) {
            final ByteBuf out = Unpooled.buffer(session.maxMessageSize());
            final int start = BgpMessageCodec.startMessage(out, BgpMessage.UPDATE);
            out.writeShort(0);
            final int attributesAt = out.writerIndex();
            out.writeShort(0);
            // RFC 7606 section 5.1: MP_REACH_NLRI is the very first path attribute
            out.writeByte(FLAG_OPTIONAL | FLAG_EXTENDED_LENGTH).writeByte(PathAttributeType.MP_REACH_NLRI);
            final int mpLengthAt = out.writerIndex();
            out.writeShort(0);
            out.writeShort(family.afi().code()).writeByte(family.safi(fsv2)).writeByte(nextHop.length)
                .writeBytes(nextHop).writeByte(0);
            batch.forEach(out::writeBytes);
            out.setShort(mpLengthAt, out.writerIndex() - mpLengthAt - 2);
            out.writeBytes(before, before.readerIndex(), before.readableBytes());
            out.writeBytes(after, after.readerIndex(), after.readableBytes());
            out.setShort(attributesAt, out.writerIndex() - attributesAt - 2);
            BgpMessageCodec.finish(out, start);
            messages.add(toArray(out));
        }
        return messages;
    }

    /**
     * The next hop field's octets: none for flowspec (RFC 8955 section 4), the redirect target when there is one.
     */
    private static byte @NonNull [] nextHop(final BgpFamily family, final RouteAttributes attributes) {
        final InetAddress hop = attributes.nextHop();
        if (hop == null) {
            return new byte[0];
        }
        final byte[] octets = hop.getAddress();
        if (octets.length * 8 != family.afi().addressBits()) {
            throw new EncodeException("next hop " + hop.getHostAddress() + " is not of the address family of "
                + family);
        }
        return octets;
    }

    /**
     * UPDATEs withdrawing NLRIs with MP_UNREACH_NLRI.
     *
     * @param family the flowspec family of all NLRIs
     * @param nlris the NLRIs
     * @param session the session's encoding parameters
     * @return the messages
     */
    public @NonNull List<byte[]> withdraw(final @NonNull BgpFamily family,
            final @NonNull List<? extends FlowspecNlri> nlris, final @NonNull SessionEncoding session) {
        final List<byte[]> messages = new ArrayList<>();
        final int fixed = BgpMessageCodec.HEADER_LENGTH + 4 + MP_UNREACH_OVERHEAD;
        for (List<byte[]> batch : pack(family, nlris, fixed, session.maxMessageSize())) {
            messages.add(unreach(family, batch));
        }
        return messages;
    }

    /**
     * The End-of-RIB marker of a family, RFC 4724 section 2: an empty UPDATE for IPv4 unicast, else an UPDATE
     * with an empty MP_UNREACH_NLRI.
     *
     * @param family the family
     * @return the message
     */
    public byte @NonNull [] endOfRib(final @NonNull BgpFamily family) {
        if (family == BgpFamily.IPV4_UNICAST) {
            final ByteBuf out = Unpooled.buffer(23);
            final int start = BgpMessageCodec.startMessage(out, BgpMessage.UPDATE);
            out.writeInt(0);
            BgpMessageCodec.finish(out, start);
            return toArray(out);
        }
        return unreach(family, List.of());
    }

    private byte[] unreach(final BgpFamily family, final List<byte[]> batch) {
        final ByteBuf out = Unpooled.buffer();
        final int start = BgpMessageCodec.startMessage(out, BgpMessage.UPDATE);
        out.writeShort(0);
        final int attributesAt = out.writerIndex();
        out.writeShort(0);
        out.writeByte(FLAG_OPTIONAL | FLAG_EXTENDED_LENGTH).writeByte(PathAttributeType.MP_UNREACH_NLRI);
        final int mpLengthAt = out.writerIndex();
        out.writeShort(0);
        out.writeShort(family.afi().code()).writeByte(family.safi(fsv2));
        batch.forEach(out::writeBytes);
        out.setShort(mpLengthAt, out.writerIndex() - mpLengthAt - 2);
        out.setShort(attributesAt, out.writerIndex() - attributesAt - 2);
        BgpMessageCodec.finish(out, start);
        return toArray(out);
    }

    private List<List<byte[]>> pack(final BgpFamily family, final List<? extends FlowspecNlri> nlris,
            final int fixed, final int maxSize) {
        final Fsv1NlriCodec codec = Fsv1NlriCodec.forAfiSafi(family.afi().code(), family.safi());
        final Fsv2NlriCodec codec2 = family.isFsv2() ? new Fsv2NlriCodec(fsv2, family.afi()) : null;
        if (codec == null && codec2 == null) {
            throw new EncodeException(family + " is not a flowspec family");
        }
        final List<List<byte[]>> batches = new ArrayList<>();
        List<byte[]> batch = new ArrayList<>();
        int size = fixed;
        for (FlowspecNlri nlri : nlris) {
            final byte[] encoded;
            if (codec2 != null && nlri instanceof Fsv2Nlri v2) {
                encoded = codec2.encode(v2);
            } else if (codec != null && nlri instanceof Fsv1Nlri v1) {
                encoded = codec.encode(v1);
            } else {
                throw new EncodeException(nlri.getClass().getSimpleName() + " cannot be sent in " + family);
            }
            if (fixed + encoded.length > maxSize) {
                throw new EncodeException("flowspec NLRI of " + encoded.length + " octets does not fit a "
                    + maxSize + "-octet UPDATE");
            }
            if (size + encoded.length > maxSize || batch.size() >= maxNlrisPerUpdate) {
                batches.add(batch);
                batch = new ArrayList<>();
                size = fixed;
            }
            batch.add(encoded);
            size += encoded.length;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static void writeAttribute(final ByteBuf out, final int flags, final int type, final ByteBuf value) {
        final int length = value.readableBytes();
        if (length > 0xff) {
            out.writeByte(flags | FLAG_EXTENDED_LENGTH).writeByte(type).writeShort(length);
        } else {
            out.writeByte(flags & ~FLAG_EXTENDED_LENGTH).writeByte(type).writeByte(length);
        }
        out.writeBytes(value, value.readerIndex(), length);
    }

    private static byte[] toArray(final ByteBuf buf) {
        final byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        return out;
    }
}
