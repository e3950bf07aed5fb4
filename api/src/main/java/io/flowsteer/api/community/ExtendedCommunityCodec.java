/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import static io.flowsteer.api.bytes.FieldChecks.unsigned;
import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Encodes and decodes the flowspec action extended communities: the 8-octet form of RFC 4360
 * section 2 and the 20-octet form of RFC 5701 section 2, one at a time or as the whole value of an
 * EXTENDED_COMMUNITIES (type 16) or IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY (type 25) attribute.
 *
 * <p>Error handling, RFC 7606: an attribute whose length is not a multiple of 8 (section 7.14) or of
 * 20 (section 7.15) is malformed and handled as {@link ErrorTreatment#TREAT_AS_WITHDRAW}; RFC 8955
 * and RFC 8956 add nothing for flowspec, so the same treatment applies to flowspec routes. Within a
 * well-formed attribute no single community is malformed: reserved bits are ignored (RFC 8955
 * section 7, draft-ietf-idr-flowspec-redirect-ip section 3), communities Flowsteer does not know are
 * kept verbatim, a traffic-rate with a negative rate is decoded with rate 0, discarding all traffic
 * (RFC 8955 sections 7.1 and 7.2: "negative values MUST be treated as zero"), and a traffic-rate
 * whose rate is NaN, which the RFC does not cover and no action can use, is kept verbatim as an
 * {@link UnknownExtendedCommunity} so that it still propagates unchanged.
 *
 * <p>Dialects, all decoded whatever a router is configured to take: redirect to VRF with an IPv6 route target at
 * 0x000d (RFC 8956 section 6.1) and at 0x800b (the draft before it), see {@link RedirectToVrfIpv6.CodePoint};
 * redirect to IP as the draft-ietf-idr-flowspec-redirect-ip communities and as the "redirect to IP next hop"
 * community of draft-simpson-idr-flowspec-redirect section 3 ({@link RedirectToIpNextHop}), whose target is the
 * route's next hop.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ExtendedCommunityCodec {
    /** Octets of an RFC 4360 extended community. */
    public static final int LENGTH = 8;
    /** Octets of an RFC 5701 IPv6 address specific extended community. */
    public static final int IPV6_LENGTH = 20;

    static final int TRANSITIVE_EXPERIMENTAL = 0x80;
    static final int TRAFFIC_RATE_BYTES = 0x8006;
    static final int TRAFFIC_ACTION = 0x8007;
    static final int REDIRECT_AS2 = 0x8008;
    static final int TRAFFIC_MARKING = 0x8009;
    static final int TRAFFIC_RATE_PACKETS = 0x800c;
    static final int SFC_CLASSIFIER = 0x800d;
    static final int REDIRECT_IPV4_RT = 0x8108;
    static final int REDIRECT_AS4 = 0x8208;
    static final int REDIRECT_TO_IPV4 = 0x010c;
    static final int INTERFACE_SET = 0x0702;
    static final int SFIR_POOL = 0x0b01;
    static final int SFC_MPLS_LABELS = 0x0b02;
    static final int REDIRECT_TO_IPV6 = 0x000c;
    static final int REDIRECT_IPV6_RT = 0x000d;
    static final int REDIRECT_IPV6_RT_DRAFT = 0x800b;
    static final int REDIRECT_TO_IP_NEXT_HOP = 0x0800;

    private static final int COPY_BIT = 0x01;
    private static final int SAMPLE_BIT = 0x02;
    private static final int TERMINAL_BIT = 0x01;
    private static final int DSCP_MASK = 0x3f;
    private static final int OUTBOUND_BIT = 0x8000;
    private static final int INBOUND_BIT = 0x4000;
    private static final int GROUP_ID_MASK = 0x3fff;
    private static final int SEQUENCE_ID_SHIFT = 1;
    private static final int SEQUENCE_ID_MASK = 0x0f;

    /**
     * The type and sub-type (type in the high octet) of every community this codec knows at a fixed code point,
     * with a name for messages. Immutable.
     */
    private static final Map<Integer, String> FIXED = Map.ofEntries(
        Map.entry(TRAFFIC_RATE_BYTES, "traffic-rate-bytes (RFC 8955 section 7)"),
        Map.entry(TRAFFIC_ACTION, "traffic-action (RFC 8955 section 7)"),
        Map.entry(REDIRECT_AS2, "redirect to VRF, 2-octet AS route target (RFC 8955 section 7)"),
        Map.entry(TRAFFIC_MARKING, "traffic-marking (RFC 8955 section 7)"),
        Map.entry(TRAFFIC_RATE_PACKETS, "traffic-rate-packets (RFC 8955 section 7)"),
        Map.entry(SFC_CLASSIFIER, "SFC classifier (RFC 9015)"),
        Map.entry(REDIRECT_IPV4_RT, "redirect to VRF, IPv4 route target (RFC 8955 section 7)"),
        Map.entry(REDIRECT_AS4, "redirect to VRF, 4-octet AS route target (RFC 8955 section 7)"),
        Map.entry(REDIRECT_TO_IPV4, "redirect to IPv4 (draft-ietf-idr-flowspec-redirect-ip)"),
        Map.entry(REDIRECT_TO_IP_NEXT_HOP, "redirect to IP next hop (draft-simpson-idr-flowspec-redirect)"),
        Map.entry(INTERFACE_SET, "interface-set (draft-ietf-idr-flowspec-interfaceset)"),
        Map.entry(SFIR_POOL, "SFIR pool identifier (RFC 9015)"),
        Map.entry(SFC_MPLS_LABELS, "SFC MPLS mixed labels (RFC 9015)"));

    private final @NonNull ExtendedCommunityCodePoints codePoints;

    /**
     * A codec with the {@link ExtendedCommunityCodePoints#DEFAULT default} code points.
     */
    public ExtendedCommunityCodec() {
        this(ExtendedCommunityCodePoints.DEFAULT);
    }

    /**
     * A codec with the given code points for the communities whose code points are TBD.
     *
     * @param codePoints the code points
     */
    public ExtendedCommunityCodec(final @NonNull ExtendedCommunityCodePoints codePoints) {
        this.codePoints = requireNonNull(codePoints);
    }

    /**
     * The community this codec decodes at a fixed (IANA assigned) type and sub-type, if any: a configurable code
     * point ({@link ExtendedCommunityCodePoints}) set to it would take that community's place.
     *
     * @param type the type octet
     * @param subType the sub-type octet
     * @return a name for the community with its specification, or null if the code point is free
     */
    public static @Nullable String fixedCommunityAt(final int type, final int subType) {
        return FIXED.get((type & 0xff) << 8 | subType & 0xff);
    }

    /**
     * The code points this codec uses.
     *
     * @return the code points
     */
    public @NonNull ExtendedCommunityCodePoints codePoints() {
        return codePoints;
    }

    /**
     * Decodes the whole value of an EXTENDED_COMMUNITIES attribute.
     *
     * @param value the attribute value; all readable octets are consumed
     * @return the communities, in wire order
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if the length is not a
     *     multiple of 8 (RFC 7606 section 7.14)
     */
    public @NonNull List<@NonNull RegularExtendedCommunity> decodeAttribute(final @NonNull ByteBuf value)
            throws WireFormatException {
        final int length = value.readableBytes();
        if (length % LENGTH != 0) {
            throw new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW,
                "EXTENDED_COMMUNITIES length " + length + " is not a multiple of 8 (RFC 7606 section 7.14)");
        }
        final List<@NonNull RegularExtendedCommunity> result = new ArrayList<>(length / LENGTH);
        while (value.isReadable()) {
            result.add(decode(value));
        }
        return List.copyOf(result);
    }

    /**
     * Encodes the whole value of an EXTENDED_COMMUNITIES attribute.
     *
     * @param communities the communities, in the order to send them
     * @param out the buffer to write to
     * @throws EncodeException if a community holds a value its field cannot carry
     */
    public void encodeAttribute(final @NonNull List<? extends RegularExtendedCommunity> communities,
            final @NonNull ByteBuf out) {
        for (final RegularExtendedCommunity community : communities) {
            encode(community, out);
        }
    }

    /**
     * Decodes the whole value of an IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY attribute.
     *
     * @param value the attribute value; all readable octets are consumed
     * @return the communities, in wire order
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if the length is not a
     *     multiple of 20 (RFC 7606 section 7.15)
     */
    public @NonNull List<@NonNull Ipv6ExtendedCommunity> decodeIpv6Attribute(final @NonNull ByteBuf value)
            throws WireFormatException {
        final int length = value.readableBytes();
        if (length % IPV6_LENGTH != 0) {
            throw new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW,
                "IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY length " + length
                    + " is not a multiple of 20 (RFC 7606 section 7.15)");
        }
        final List<@NonNull Ipv6ExtendedCommunity> result = new ArrayList<>(length / IPV6_LENGTH);
        while (value.isReadable()) {
            result.add(decodeIpv6(value));
        }
        return List.copyOf(result);
    }

    /**
     * Encodes the whole value of an IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY attribute.
     *
     * @param communities the communities, in the order to send them
     * @param out the buffer to write to
     * @throws EncodeException if a community holds a value its field cannot carry
     */
    public void encodeIpv6Attribute(final @NonNull List<? extends Ipv6ExtendedCommunity> communities,
            final @NonNull ByteBuf out) {
        for (final Ipv6ExtendedCommunity community : communities) {
            encodeIpv6(community, out);
        }
    }

    /**
     * Decodes one 8-octet extended community.
     *
     * @param in the buffer, advanced by 8
     * @return the community; never null, an unknown one is an {@link UnknownExtendedCommunity}
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if fewer than 8 octets
     *     are readable
     */
    public @NonNull RegularExtendedCommunity decode(final @NonNull ByteBuf in) throws WireFormatException {
        if (in.readableBytes() < LENGTH) {
            throw new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW,
                "extended community needs 8 octets, " + in.readableBytes() + " left");
        }
        final ByteBuf ec = in.readSlice(LENGTH);
        final int type = ec.getUnsignedByte(0);
        final int subType = ec.getUnsignedByte(1);
        if (type == codePoints.indirectionIdType() && subType == codePoints.indirectionIdSubType()) {
            final int flags = ec.getUnsignedByte(2);
            return new RedirectToIndirectionId(flags >>> SEQUENCE_ID_SHIFT & SEQUENCE_ID_MASK,
                (flags & COPY_BIT) != 0, ec.getUnsignedByte(3), ec.getUnsignedInt(4));
        }
        if (type == TRANSITIVE_EXPERIMENTAL && subType == codePoints.acoSubType()) {
            return new ActionChainOrdering(ec.getUnsignedByte(2), ec.getUnsignedByte(3));
        }
        return switch (type << 8 | subType) {
            case TRAFFIC_RATE_BYTES -> {
                final float rate = ec.getFloat(4);
                yield Float.isNaN(rate) ? unknown(ec)
                    : new TrafficRateBytes(ec.getUnsignedShort(2), receivedRate(rate));
            }
            case TRAFFIC_RATE_PACKETS -> {
                final float rate = ec.getFloat(4);
                yield Float.isNaN(rate) ? unknown(ec)
                    : new TrafficRatePackets(ec.getUnsignedShort(2), receivedRate(rate));
            }
            case TRAFFIC_ACTION -> {
                final int bits = ec.getUnsignedByte(7);
                yield new TrafficAction((bits & SAMPLE_BIT) != 0, (bits & TERMINAL_BIT) != 0);
            }
            case REDIRECT_AS2 -> new RedirectToVrfAs2(ec.getUnsignedShort(2), ec.getUnsignedInt(4));
            case REDIRECT_IPV4_RT -> new RedirectToVrfIpv4(Addresses.readIpv4(ec.skipBytes(2)),
                ec.getUnsignedShort(6));
            case REDIRECT_AS4 -> new RedirectToVrfAs4(ec.getUnsignedInt(2), ec.getUnsignedShort(6));
            case TRAFFIC_MARKING -> new TrafficMarking(ec.getUnsignedByte(7) & DSCP_MASK);
            case REDIRECT_TO_IPV4 -> new RedirectToIpv4(Addresses.readIpv4(ec.skipBytes(2)),
                (ec.getUnsignedShort(6) & COPY_BIT) != 0);
            case REDIRECT_TO_IP_NEXT_HOP -> new RedirectToIpNextHop((ec.getUnsignedByte(7) & COPY_BIT) != 0);
            case INTERFACE_SET -> {
                final int bits = ec.getUnsignedShort(6);
                yield new InterfaceSet(ec.getUnsignedInt(2), (bits & OUTBOUND_BIT) != 0, (bits & INBOUND_BIT) != 0,
                    bits & GROUP_ID_MASK);
            }
            case SFC_CLASSIFIER -> new SfcClassifier(ec.getUnsignedMedium(2), ec.getUnsignedByte(5),
                ec.getUnsignedShort(6));
            case SFIR_POOL -> new SfirPoolIdentifier(sixOctets(ec));
            case SFC_MPLS_LABELS -> new SfcMplsMixedLabels(sixOctets(ec));
            default -> unknown(ec);
        };
    }

    /**
     * Decodes one 20-octet IPv6 address specific extended community.
     *
     * @param in the buffer, advanced by 20
     * @return the community; never null, an unknown one is an {@link UnknownIpv6ExtendedCommunity}
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if fewer than 20 octets
     *     are readable
     */
    public @NonNull Ipv6ExtendedCommunity decodeIpv6(final @NonNull ByteBuf in) throws WireFormatException {
        if (in.readableBytes() < IPV6_LENGTH) {
            throw new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW,
                "IPv6 address specific extended community needs 20 octets, " + in.readableBytes() + " left");
        }
        final ByteBuf ec = in.readSlice(IPV6_LENGTH);
        return switch (ec.getUnsignedShort(0)) {
            case REDIRECT_TO_IPV6 -> new RedirectToIpv6(Addresses.readIpv6(ec.skipBytes(2)),
                (ec.getUnsignedShort(18) & COPY_BIT) != 0);
            case REDIRECT_IPV6_RT -> new RedirectToVrfIpv6(Addresses.readIpv6(ec.skipBytes(2)),
                ec.getUnsignedShort(18));
            case REDIRECT_IPV6_RT_DRAFT -> new RedirectToVrfIpv6(Addresses.readIpv6(ec.skipBytes(2)),
                ec.getUnsignedShort(18), RedirectToVrfIpv6.CodePoint.DRAFT_0X800B);
            default -> new UnknownIpv6ExtendedCommunity(Octets.read(ec.readerIndex(0), IPV6_LENGTH));
        };
    }

    /**
     * Encodes one 8-octet extended community.
     *
     * @param community the community
     * @param out the buffer to write to; 8 octets are written, or none if the community is refused
     * @throws EncodeException naming the field if a value does not fit its field
     */
    public void encode(final @NonNull RegularExtendedCommunity community, final @NonNull ByteBuf out) {
        // Check and assemble the community as one long first, so that a refused value writes nothing.
        out.writeLong(toLong(requireNonNull(community)));
    }

    /**
     * Encodes one 20-octet IPv6 address specific extended community.
     *
     * @param community the community
     * @param out the buffer to write to; 20 octets are written, or none if the community is refused
     * @throws EncodeException naming the field if a value does not fit its field
     */
    public void encodeIpv6(final @NonNull Ipv6ExtendedCommunity community, final @NonNull ByteBuf out) {
        if (community instanceof RedirectToIpv6 redirect) {
            out.writeShort(REDIRECT_TO_IPV6);
            Addresses.write(redirect.target(), out);
            out.writeShort(redirect.copy() ? COPY_BIT : 0);
        } else if (community instanceof RedirectToVrfIpv6 redirect) {
            final int local = unsigned("local-administrator", redirect.localAdministrator(), 16);
            out.writeShort(redirect.codePoint().typeAndSubType());
            Addresses.write(redirect.globalAdministrator(), out);
            out.writeShort(local);
        } else if (community instanceof UnknownIpv6ExtendedCommunity unknown) {
            if (unknown.octets().length() != IPV6_LENGTH) {
                throw new EncodeException("octets length " + unknown.octets().length() + " is not 20");
            }
            unknown.octets().writeTo(out);
        } else {
            throw new IllegalStateException("unhandled community " + community);
        }
    }

    private long toLong(final RegularExtendedCommunity community) {
        if (community instanceof TrafficRateBytes rate) {
            return header(TRAFFIC_RATE_BYTES) | rateBits("traffic-rate-bytes", rate.asNumber(), rate.rate());
        } else if (community instanceof TrafficRatePackets rate) {
            return header(TRAFFIC_RATE_PACKETS) | rateBits("traffic-rate-packets", rate.asNumber(), rate.rate());
        } else if (community instanceof TrafficAction action) {
            return header(TRAFFIC_ACTION) | (action.sample() ? SAMPLE_BIT : 0) | (action.terminal() ? TERMINAL_BIT : 0);
        } else if (community instanceof RedirectToVrfAs2 rt) {
            return header(REDIRECT_AS2) | unsigned("as-number", (long) rt.asNumber(), 16) << 32
                | unsigned("local-administrator", rt.localAdministrator(), 32);
        } else if (community instanceof RedirectToVrfIpv4 rt) {
            return header(REDIRECT_IPV4_RT) | ipv4Bits(rt.globalAdministrator().getAddress()) << 16
                | unsigned("local-administrator", (long) rt.localAdministrator(), 16);
        } else if (community instanceof RedirectToVrfAs4 rt) {
            return header(REDIRECT_AS4) | unsigned("as-number", rt.asNumber(), 32) << 16
                | unsigned("local-administrator", (long) rt.localAdministrator(), 16);
        } else if (community instanceof TrafficMarking marking) {
            return header(TRAFFIC_MARKING) | unsigned("dscp", (long) marking.dscp(), 6);
        } else if (community instanceof RedirectToIpv4 redirect) {
            return header(REDIRECT_TO_IPV4) | ipv4Bits(redirect.target().getAddress()) << 16
                | (redirect.copy() ? COPY_BIT : 0);
        } else if (community instanceof RedirectToIpNextHop redirect) {
            return header(REDIRECT_TO_IP_NEXT_HOP) | (redirect.copy() ? COPY_BIT : 0);
        } else if (community instanceof RedirectToIndirectionId redirect) {
            final long flags = unsigned("sequence-id", (long) redirect.sequenceId(), 4) << SEQUENCE_ID_SHIFT
                | (redirect.copy() ? COPY_BIT : 0);
            return header(codePoints.indirectionIdType() << 8 | codePoints.indirectionIdSubType()) | flags << 40
                | unsigned("id-type", (long) redirect.idType(), 8) << 32
                | unsigned("indirection-id", redirect.indirectionId(), 32);
        } else if (community instanceof ActionChainOrdering aco) {
            return header(TRANSITIVE_EXPERIMENTAL << 8 | codePoints.acoSubType())
                | unsigned("ac-interaction", (long) aco.interaction(), 8) << 40
                | unsigned("ac-failure", (long) aco.failure(), 8) << 32;
        } else if (community instanceof InterfaceSet set) {
            return header(INTERFACE_SET) | unsigned("as-number", set.asNumber(), 32) << 16
                | (set.outbound() ? OUTBOUND_BIT : 0) | (set.inbound() ? INBOUND_BIT : 0)
                | unsigned("group-id", (long) set.groupId(), 14);
        } else if (community instanceof SfcClassifier sfc) {
            return header(SFC_CLASSIFIER) | unsigned("spi", (long) sfc.servicePathId(), 24) << 24
                | unsigned("si", (long) sfc.serviceIndex(), 8) << 16
                | unsigned("sft", (long) sfc.serviceFunctionType(), 16);
        } else if (community instanceof SfirPoolIdentifier pool) {
            return header(SFIR_POOL) | unsigned("sfir-pool-identifier", pool.poolId(), 48);
        } else if (community instanceof SfcMplsMixedLabels labels) {
            return header(SFC_MPLS_LABELS) | unsigned("value", labels.value(), 48);
        } else if (community instanceof UnknownExtendedCommunity unknown) {
            final Octets octets = unknown.octets();
            if (octets.length() != LENGTH) {
                throw new EncodeException("octets length " + octets.length() + " is not 8");
            }
            long bits = 0;
            for (int i = 0; i < LENGTH; i++) {
                bits = bits << 8 | octets.get(i);
            }
            return bits;
        } else {
            throw new IllegalStateException("unhandled community " + community);
        }
    }

    private static long header(final int typeAndSubType) {
        return (long) typeAndSubType << 48;
    }

    private static long rateBits(final String field, final int asNumber, final float rate) {
        if (!usableRate(rate)) {
            throw new EncodeException(field + " rate " + rate + " is not a non-negative number");
        }
        return unsigned("as-number", (long) asNumber, 16) << 32 | Integer.toUnsignedLong(Float.floatToRawIntBits(rate));
    }

    /**
     * RFC 8955 sections 7.1 and 7.2: "On decoding, negative values MUST be treated as zero (discard all traffic)".
     */
    private static float receivedRate(final float rate) {
        return rate < 0 ? 0f : rate;
    }

    private static boolean usableRate(final float rate) {
        return !Float.isNaN(rate) && rate >= 0;
    }

    private static long ipv4Bits(final byte[] address) {
        long bits = 0;
        for (final byte octet : address) {
            bits = bits << 8 | octet & 0xff;
        }
        return bits;
    }

    private static long sixOctets(final ByteBuf ec) {
        return (long) ec.getUnsignedShort(2) << 32 | ec.getUnsignedInt(4);
    }

    private static UnknownExtendedCommunity unknown(final ByteBuf ec) {
        return new UnknownExtendedCommunity(Octets.read(ec.readerIndex(0), LENGTH));
    }
}
