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

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.Ipv6ExtendedCommunity;
import io.flowsteer.api.community.RedirectToIpNextHop;
import io.flowsteer.api.community.RegularExtendedCommunity;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.DecodedNlris;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv1NlriCodec;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.Fsv2NlriCodec;
import io.netty.buffer.ByteBuf;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Decodes the body of an UPDATE (RFC 4271 section 4.3) with the revised error handling of RFC 7606: errors that
 * leave the attribute and NLRI boundaries intact are recorded in {@link UpdateMessage#errors()} with their
 * treatment (treat-as-withdraw, section 2; attribute discard, sections 3(g) and 7); an attribute overrunning the
 * attribute list is treat-as-withdraw when the NLRIs can still be located (section 4); errors that leave no
 * NLRI to locate (an overrunning MP_REACH_NLRI / MP_UNREACH_NLRI, or an overrun with neither an MP attribute read
 * nor IPv4 NLRIs), MP_REACH_NLRI / MP_UNREACH_NLRI length or NLRI boundary errors, an unrecognized well-known
 * attribute and a repeated MP attribute throw {@link BgpProtocolException}, the session reset.
 * Instances are immutable and thread-safe.
 */
public final class UpdateMessageCodec {
    private final @NonNull ExtendedCommunityCodec communityCodec;
    private final @NonNull Fsv2Config fsv2;

    /**
     * A codec decoding communities with the given codec and FSv2 with the default code points.
     *
     * @param communityCodec the extended community codec
     */
    public UpdateMessageCodec(final @NonNull ExtendedCommunityCodec communityCodec) {
        this(communityCodec, Fsv2Config.DEFAULT);
    }

    /**
     * A codec decoding communities with the given codec and FSv2 NLRIs (draft-ietf-idr-fsv2-ip-basic section 3)
     * of the configured SAFI.
     *
     * @param communityCodec the extended community codec
     * @param fsv2 the FSv2 code points
     */
    public UpdateMessageCodec(final @NonNull ExtendedCommunityCodec communityCodec, final @NonNull Fsv2Config fsv2) {
        this.communityCodec = requireNonNull(communityCodec);
        this.fsv2 = requireNonNull(fsv2);
    }

    /**
     * Decodes an UPDATE body.
     *
     * @param in the body, just past the header; read to its end
     * @param fourOctetAs whether AS numbers in AS_PATH are 4 octets (RFC 6793 section 4)
     * @return the message
     * @throws BgpProtocolException UPDATE Message Error for the session-reset cases
     */
    public @NonNull UpdateMessage decode(final @NonNull ByteBuf in, final boolean fourOctetAs)
            throws BgpProtocolException {
        final int withdrawnLength = in.readUnsignedShort();
        if (withdrawnLength + 2 > in.readableBytes()) {
            throw listError("withdrawn routes length " + withdrawnLength + " overruns the message");
        }
        final List<IpPrefix> withdrawn = readPrefixes(in.readSlice(withdrawnLength), Afi.IPV4);
        final int attributesLength = in.readUnsignedShort();
        if (attributesLength > in.readableBytes()) {
            throw listError("path attributes length " + attributesLength + " overruns the message");
        }
        final Builder builder = new Builder(fourOctetAs);
        final ByteBuf attributes = in.readSlice(attributesLength);
        while (attributes.isReadable()) {
            builder.attribute(attributes);
        }
        final List<IpPrefix> nlri = readPrefixes(in, Afi.IPV4);
        if (!builder.locatable(nlri)) {
            throw listError("path attribute list overrun before any NLRI could be located (RFC 7606 section 4)");
        }
        return builder.build(withdrawn, nlri);
    }

    private static BgpProtocolException listError(final String message) {
        return new BgpProtocolException(NotificationMessage.UPDATE_MESSAGE_ERROR,
            NotificationMessage.MALFORMED_ATTRIBUTE_LIST, message);
    }

    private static List<IpPrefix> readPrefixes(final ByteBuf in, final Afi afi) throws BgpProtocolException {
        final List<IpPrefix> out = new ArrayList<>();
        while (in.isReadable()) {
            final int length = in.readUnsignedByte();
            final int octets = (length + 7) / 8;
            if (length > afi.addressBits() || octets > in.readableBytes()) {
                // RFC 7606 section 5.3: the NLRI boundaries are lost
                throw new BgpProtocolException(NotificationMessage.UPDATE_MESSAGE_ERROR,
                    NotificationMessage.INVALID_NETWORK_FIELD, "prefix length " + length + " is invalid");
            }
            final byte[] address = new byte[afi.addressBits() / 8];
            in.readBytes(address, 0, octets);
            if (length % 8 != 0) {
                address[octets - 1] &= (byte) (0xff << 8 - length % 8);
            }
            out.add(new IpPrefix(address(address), length));
        }
        return out;
    }

    private static InetAddress address(final byte[] octets) {
        try {
            return InetAddress.getByAddress(octets);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 octets are always an address", e);
        }
    }

    private final class Builder {
        private final boolean fourOctetAs;
        private final BitSet seen = new BitSet(256);
        private final List<WireFormatException> errors = new ArrayList<>(0);
        private final List<RawAttribute> others = new ArrayList<>(0);
        private List<RegularExtendedCommunity> extendedCommunities = List.of();
        private List<Ipv6ExtendedCommunity> ipv6ExtendedCommunities = List.of();
        private @Nullable Integer origin;
        private @Nullable List<AsPathSegment> asPath;
        private @Nullable Inet4Address nextHop;
        private @Nullable Long localPref;
        private @Nullable MpReachNlri mpReach;
        private @Nullable MpUnreachNlri mpUnreach;
        private boolean overrun;

        Builder(final boolean fourOctetAs) {
            this.fourOctetAs = fourOctetAs;
        }

        void attribute(final ByteBuf in) throws BgpProtocolException {
            if (in.readableBytes() < 3) {
                overrun(in, "truncated path attribute header");
                return;
            }
            final int flags = in.readUnsignedByte();
            final int type = in.readUnsignedByte();
            final boolean extended = (flags & FLAG_EXTENDED_LENGTH) != 0;
            if (extended && in.readableBytes() < 2) {
                overrun(in, "truncated path attribute header");
                return;
            }
            final int length = extended ? in.readUnsignedShort() : in.readUnsignedByte();
            if (length > in.readableBytes()) {
                final String message = "attribute " + type + " length " + length + " overruns the attribute list";
                if (type == PathAttributeType.MP_REACH_NLRI || type == PathAttributeType.MP_UNREACH_NLRI) {
                    // the NLRIs cannot be located: RFC 7606 section 4, a more severe error
                    throw listError(message);
                }
                overrun(in, message);
                return;
            }
            final ByteBuf value = in.readSlice(length);
            if (seen.get(type)) {
                if (type == PathAttributeType.MP_REACH_NLRI || type == PathAttributeType.MP_UNREACH_NLRI) {
                    throw listError("attribute " + type + " appears twice (RFC 7606 section 3 g)");
                }
                error(ErrorTreatment.ATTRIBUTE_DISCARD, "attribute " + type + " repeated, discarded");
                return;
            }
            seen.set(type);
            if (!expectedFlags(flags, type)) {
                return;
            }
            switch (type) {
                case PathAttributeType.ORIGIN -> origin(flags, value);
                case PathAttributeType.AS_PATH -> asPath(flags, value);
                case PathAttributeType.NEXT_HOP -> nextHop(flags, value);
                case PathAttributeType.LOCAL_PREF -> localPref(flags, value);
                case PathAttributeType.MP_REACH_NLRI -> mpReach(value);
                case PathAttributeType.MP_UNREACH_NLRI -> mpUnreach(value);
                case PathAttributeType.EXTENDED_COMMUNITIES -> {
                    if (length == 0) {
                        // RFC 7606 section 7.14: the length must be a non-zero multiple of 8
                        error(ErrorTreatment.TREAT_AS_WITHDRAW, "EXTENDED_COMMUNITIES of length 0");
                        return;
                    }
                    try {
                        extendedCommunities = communityCodec.decodeAttribute(value);
                    } catch (WireFormatException e) {
                        errors.add(e);
                    }
                }
                case PathAttributeType.IPV6_EXTENDED_COMMUNITIES -> {
                    if (length == 0) {
                        // RFC 7606 section 7.15 (RFC 5701): a non-zero multiple of 20
                        error(ErrorTreatment.TREAT_AS_WITHDRAW,
                            "IPv6 address specific extended communities of length 0");
                        return;
                    }
                    try {
                        ipv6ExtendedCommunities = communityCodec.decodeIpv6Attribute(value);
                    } catch (WireFormatException e) {
                        errors.add(e);
                    }
                }
                default -> other(flags, type, value);
            }
        }

        /**
         * RFC 7606 section 4: the last attribute overruns the Total Path Attribute Length, or fewer octets than an
         * attribute header remain. Treat-as-withdraw, the NLRI field located by the Total Path Attribute Length;
         * {@link #locatable} decides at the end whether the UPDATE's NLRIs could be located.
         */
        private void overrun(final ByteBuf in, final String message) {
            in.skipBytes(in.readableBytes());
            overrun = true;
            error(ErrorTreatment.TREAT_AS_WITHDRAW, message + " (RFC 7606 section 4)");
        }

        /**
         * Whether the NLRIs of an UPDATE whose attribute list overran are located: an MP_REACH_NLRI or
         * MP_UNREACH_NLRI was read before the overrun, or the UPDATE has IPv4 NLRIs. Otherwise the routes it was
         * meant to carry may be in the part that could not be read, and only a session reset is safe.
         */
        boolean locatable(final List<IpPrefix> nlri) {
            return !overrun || mpReach != null || mpUnreach != null || !nlri.isEmpty();
        }

        /**
         * RFC 7606 section 3 (c): an attribute whose Optional or Transitive bit conflicts with its specification is
         * malformed, treat-as-withdraw. EXTENDED_COMMUNITIES and IPv6 address specific extended communities are
         * optional transitive (RFC 4360 section 2, RFC 5701 section 2); MP_REACH_NLRI and MP_UNREACH_NLRI optional
         * non-transitive (RFC 4760 sections 3, 4), still read so that their NLRIs are withdrawn.
         *
         * @return false when the attribute is to be skipped
         */
        private boolean expectedFlags(final int flags, final int type) {
            final int expected = switch (type) {
                case PathAttributeType.EXTENDED_COMMUNITIES, PathAttributeType.IPV6_EXTENDED_COMMUNITIES ->
                    FLAG_OPTIONAL | FLAG_TRANSITIVE;
                case PathAttributeType.MP_REACH_NLRI, PathAttributeType.MP_UNREACH_NLRI -> FLAG_OPTIONAL;
                default -> -1;
            };
            if (expected < 0 || (flags & (FLAG_OPTIONAL | FLAG_TRANSITIVE)) == expected) {
                return true;
            }
            error(ErrorTreatment.TREAT_AS_WITHDRAW, "attribute " + type + " has wrong flags " + flags
                + " (RFC 7606 section 3 c)");
            return type == PathAttributeType.MP_REACH_NLRI || type == PathAttributeType.MP_UNREACH_NLRI;
        }

        private boolean wellKnown(final int flags, final int type) {
            if ((flags & (FLAG_OPTIONAL | FLAG_TRANSITIVE)) != FLAG_TRANSITIVE) {
                // RFC 7606 section 3 (c)
                error(ErrorTreatment.TREAT_AS_WITHDRAW, "attribute " + type + " has wrong flags " + flags);
                return false;
            }
            return true;
        }

        private void origin(final int flags, final ByteBuf value) {
            if (wellKnown(flags, PathAttributeType.ORIGIN)) {
                if (value.readableBytes() != 1 || value.getUnsignedByte(value.readerIndex()) > 2) {
                    error(ErrorTreatment.TREAT_AS_WITHDRAW, "malformed ORIGIN (RFC 7606 section 7.1)");
                } else {
                    origin = (int) value.readUnsignedByte();
                }
            }
        }

        private void asPath(final int flags, final ByteBuf value) {
            if (!wellKnown(flags, PathAttributeType.AS_PATH)) {
                return;
            }
            final int width = fourOctetAs ? 4 : 2;
            final List<AsPathSegment> segments = new ArrayList<>();
            while (value.isReadable()) {
                if (value.readableBytes() < 2) {
                    error(ErrorTreatment.TREAT_AS_WITHDRAW, "truncated AS_PATH segment (RFC 7606 section 7.2)");
                    return;
                }
                final int segmentType = value.readUnsignedByte();
                final int count = value.readUnsignedByte();
                if (segmentType < 1 || segmentType > 4 || count == 0 || count * width > value.readableBytes()) {
                    error(ErrorTreatment.TREAT_AS_WITHDRAW, "malformed AS_PATH segment (RFC 7606 section 7.2)");
                    return;
                }
                final List<Long> numbers = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    numbers.add(fourOctetAs ? value.readUnsignedInt() : value.readUnsignedShort());
                }
                segments.add(new AsPathSegment(segmentType, numbers));
            }
            asPath = segments;
        }

        private void nextHop(final int flags, final ByteBuf value) {
            if (wellKnown(flags, PathAttributeType.NEXT_HOP)) {
                if (value.readableBytes() != 4) {
                    error(ErrorTreatment.TREAT_AS_WITHDRAW, "NEXT_HOP length is not 4 (RFC 7606 section 7.3)");
                } else {
                    final byte[] octets = new byte[4];
                    value.readBytes(octets);
                    nextHop = (Inet4Address) address(octets);
                }
            }
        }

        private void localPref(final int flags, final ByteBuf value) {
            if (wellKnown(flags, PathAttributeType.LOCAL_PREF)) {
                if (value.readableBytes() != 4) {
                    error(ErrorTreatment.TREAT_AS_WITHDRAW, "LOCAL_PREF length is not 4 (RFC 7606 section 7.5)");
                } else {
                    localPref = value.readUnsignedInt();
                }
            }
        }

        private void mpReach(final ByteBuf value) throws BgpProtocolException {
            if (value.readableBytes() < 5) {
                throw mpError("MP_REACH_NLRI shorter than 5 octets");
            }
            final int afi = value.readUnsignedShort();
            final int safi = value.readUnsignedByte();
            final int nextHopLength = value.readUnsignedByte();
            if (nextHopLength + 1 > value.readableBytes()) {
                throw mpError("MP_REACH_NLRI next hop length " + nextHopLength + " overruns the attribute");
            }
            final ByteBuf nextHopField = value.readSlice(nextHopLength);
            value.skipBytes(1);
            final BgpFamily family = BgpFamily.forCodes(afi, safi, fsv2);
            if (family == null) {
                // a family this speaker did not negotiate; RFC 4760 section 7 lets it be ignored
                return;
            }
            InetAddress hop = null;
            final int width = family.afi().addressBits() / 8;
            if (nextHopLength >= width) {
                final byte[] octets = new byte[width];
                nextHopField.readBytes(octets);
                hop = address(octets);
            }
            if (family.isFsv2()) {
                mpReach = new MpReachNlri(family, hop, List.of(), List.of(), fsv2(family, value));
            } else if (family.isFlowspec()) {
                mpReach = new MpReachNlri(family, hop, List.of(), flowspec(family, value));
            } else {
                mpReach = new MpReachNlri(family, hop, readPrefixes(value, family.afi()), List.of());
            }
        }

        private void mpUnreach(final ByteBuf value) throws BgpProtocolException {
            if (value.readableBytes() < 3) {
                throw mpError("MP_UNREACH_NLRI shorter than 3 octets");
            }
            final int afi = value.readUnsignedShort();
            final int safi = value.readUnsignedByte();
            final BgpFamily family = BgpFamily.forCodes(afi, safi, fsv2);
            if (family == null) {
                return;
            }
            if (family.isFsv2()) {
                mpUnreach = new MpUnreachNlri(family, List.of(), List.of(), fsv2(family, value));
            } else if (family.isFlowspec()) {
                mpUnreach = new MpUnreachNlri(family, List.of(), flowspec(family, value));
            } else {
                mpUnreach = new MpUnreachNlri(family, readPrefixes(value, family.afi()), List.of());
            }
        }

        private List<Fsv1Nlri> flowspec(final BgpFamily family, final ByteBuf value) throws BgpProtocolException {
            final Fsv1NlriCodec codec = Fsv1NlriCodec.forAfiSafi(family.afi().code(), family.safi());
            try {
                final DecodedNlris<Fsv1Nlri> decoded = requireNonNull(codec).decodeAll(value);
                errors.addAll(decoded.malformed());
                return decoded.nlris();
            } catch (WireFormatException e) {
                throw new BgpProtocolException(NotificationMessage.UPDATE_MESSAGE_ERROR,
                    NotificationMessage.OPTIONAL_ATTRIBUTE_ERROR, e);
            }
        }

        private List<Fsv2Nlri> fsv2(final BgpFamily family, final ByteBuf value) throws BgpProtocolException {
            try {
                // draft-ietf-idr-fsv2-ip-basic section 5.1: malformed NLRIs are treat-as-withdraw when the
                // boundaries hold, else the session is reset
                final DecodedNlris<Fsv2Nlri> decoded = new Fsv2NlriCodec(fsv2, family.afi()).decodeAll(value);
                errors.addAll(decoded.malformed());
                return decoded.nlris();
            } catch (WireFormatException e) {
                throw new BgpProtocolException(NotificationMessage.UPDATE_MESSAGE_ERROR,
                    NotificationMessage.OPTIONAL_ATTRIBUTE_ERROR, e);
            }
        }

        private BgpProtocolException mpError(final String message) {
            // RFC 7606 section 7.11: session reset when the MP attribute itself cannot be parsed
            return new BgpProtocolException(NotificationMessage.UPDATE_MESSAGE_ERROR,
                NotificationMessage.OPTIONAL_ATTRIBUTE_ERROR, message);
        }

        private void other(final int flags, final int type, final ByteBuf value) throws BgpProtocolException {
            if ((flags & FLAG_OPTIONAL) == 0 && type != 6) {
                // RFC 4271 section 6.3; ATOMIC_AGGREGATE (6) is the one other well-known attribute
                throw new BgpProtocolException(NotificationMessage.UPDATE_MESSAGE_ERROR,
                    NotificationMessage.UNRECOGNIZED_WELL_KNOWN, "unrecognized well-known attribute " + type);
            }
            others.add(new RawAttribute(flags, type, Octets.read(value, value.readableBytes())));
        }

        private void error(final ErrorTreatment treatment, final String message) {
            errors.add(new WireFormatException(treatment, message));
        }

        UpdateMessage build(final List<IpPrefix> withdrawn, final List<IpPrefix> nlri) {
            final boolean reach = !nlri.isEmpty() || mpReach != null;
            if (reach && (origin == null && !seen.get(PathAttributeType.ORIGIN)
                || asPath == null && !seen.get(PathAttributeType.AS_PATH))) {
                // RFC 7606 section 3 (d)
                error(ErrorTreatment.TREAT_AS_WITHDRAW, "missing well-known mandatory attribute ORIGIN or AS_PATH");
            }
            if (!nlri.isEmpty() && !seen.get(PathAttributeType.NEXT_HOP)) {
                error(ErrorTreatment.TREAT_AS_WITHDRAW, "missing NEXT_HOP");
            }
            return new UpdateMessage(withdrawn, origin, asPath, nextHop, localPref,
                new RouteAttributes(extendedCommunities, ipv6ExtendedCommunities, others, redirectNextHop()), mpReach,
                mpUnreach, nlri, errors);
        }

        /**
         * The next hop of flowspec routes that redirect to it (draft-simpson-idr-flowspec-redirect section 3); any
         * other flowspec next hop means nothing (RFC 8955 section 4) and is not kept.
         */
        private @Nullable InetAddress redirectNextHop() {
            if (mpReach == null || !mpReach.routes().family().isFlowspec()) {
                return null;
            }
            return extendedCommunities.stream().anyMatch(RedirectToIpNextHop.class::isInstance) ? mpReach.nextHop()
                : null;
        }
    }
}
