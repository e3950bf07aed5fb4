/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.fsv2;

import static io.flowsteer.api.bytes.FieldChecks.unsigned;
import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.wide.CommunityContainer;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.community.wide.WideCommunityEnvelope;
import io.flowsteer.api.community.wide.WideCommunityEnvelopeCodec;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Encodes and decodes the FSv2 Action community, the Wide Community container that carries FSv2 Action
 * SubTLVs. draft-liu-idr-flowspec-redirect-sr-segment-list section 3 carries its action "as a Flow
 * Specification v2 (FSv2) Action SubTLV carried in a Wide Community container"; draft-ietf-idr-fsv2-ip-basic-06
 * section 2 item 5 calls that container the "FSv2 Action Community Container" and leaves it TODO. Flowsteer
 * lays it out like the Redirect Load Balancing Group (draft-wu-idr-flowspec-redirect-group-01 section 2,
 * {@link io.flowsteer.api.community.wide.RedirectGroupCodec}), in the BGP Community Container attribute (path
 * attribute 129, {@link CommunityContainerCodec}):
 *
 * <pre>
 * container: type 1 (2) | flags ..CT (1) | reserved (1) | length (2)
 * contents:  community value (4, TBD, default 0x80000002) | source AS (4) | context AS (4) | TLVs
 * TLV:       type (1) | length (2) | value;  exactly one Parameter(s) TLV (type 3) holds the action sub-TLVs
 * action:    sub-type (2) | length (2) | value     (draft-liu section 3)
 * </pre>
 *
 * <p>The redirect to SR Policy segment list sub-TLV is decoded with the {@link SrSegmentListActionCodec} given
 * (its sub-type is configurable); any other sub-type is kept as an {@link UnknownFsv2Action}.
 *
 * <p>Malformed, {@link ErrorTreatment#TREAT_AS_WITHDRAW} (draft-liu section 4 for the action sub-TLV, RFC 7606
 * for the container, Flowsteer's reading for the rest since the container is undefined): contents shorter than
 * the 12 octets before the TLVs, a TLV or action sub-TLV header or length that runs past its parent, no
 * Parameter(s) TLV or more than one, and a redirect to SR Policy segment list sub-TLV that
 * {@link SrSegmentListActionCodec#decodeValue(ByteBuf)} refuses (AFI neither 1 nor 2, length not matching the
 * AFI, color 0, segment list id 0). Each exception message names the field.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Fsv2ActionContainerCodec {
    /**
     * Flowsteer's stand-in for the FSv2 Action community value, which no draft defines yet
     * (draft-ietf-idr-fsv2-ip-basic-06 section 2 item 5 leaves the container TODO); next to the redirect group's
     * 0x80000001. Replace it with the IANA value once assigned.
     */
    public static final long DEFAULT_COMMUNITY_VALUE = 0x80000002L;

    private static final int ACTION_HEADER = 4;

    private final @NonNull WideCommunityEnvelopeCodec envelopeCodec;
    private final @NonNull SrSegmentListActionCodec srSegmentListCodec;

    /**
     * A codec using {@link #DEFAULT_COMMUNITY_VALUE} and {@link SrSegmentListActionCodec#DEFAULT_SUB_TYPE}.
     */
    public Fsv2ActionContainerCodec() {
        this(DEFAULT_COMMUNITY_VALUE, new SrSegmentListActionCodec());
    }

    /**
     * A codec using the given community value and SR segment list action codec.
     *
     * @param communityValue the 4-octet community value of the FSv2 Action community
     * @param srSegmentListCodec the codec (and so the sub-type) of the redirect to SR Policy segment list action
     */
    public Fsv2ActionContainerCodec(final long communityValue,
            final @NonNull SrSegmentListActionCodec srSegmentListCodec) {
        envelopeCodec = new WideCommunityEnvelopeCodec(communityValue, "FSv2 action community", "");
        this.srSegmentListCodec = requireNonNull(srSegmentListCodec, "SR segment list codec");
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
     * The codec of the redirect to SR Policy segment list action sub-TLV.
     *
     * @return the codec
     */
    public @NonNull SrSegmentListActionCodec srSegmentListCodec() {
        return srSegmentListCodec;
    }

    /**
     * Whether a container is a wide community carrying this codec's community value.
     *
     * @param container a container from {@link CommunityContainerCodec#decodeAttribute(ByteBuf)}
     * @return true if {@link #decode(CommunityContainer)} applies
     */
    public boolean isFsv2ActionContainer(final @NonNull CommunityContainer container) {
        return envelopeCodec.carries(container);
    }

    /**
     * Decodes every FSv2 Action community of a BGP Community Container attribute value, skipping the other
     * containers (the redirect group, unknown wide communities).
     *
     * @param attributeValue the value of path attribute 129; all readable octets are consumed
     * @return the FSv2 Action communities, in wire order; empty when there is none
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if the attribute's containers do
     *     not fit or an FSv2 Action community is malformed
     */
    public @NonNull List<@NonNull Fsv2ActionCommunity> decodeAttribute(final @NonNull ByteBuf attributeValue)
            throws WireFormatException {
        final List<@NonNull Fsv2ActionCommunity> result = new ArrayList<>();
        for (final CommunityContainer container : CommunityContainerCodec.decodeAttribute(attributeValue)) {
            if (isFsv2ActionContainer(container)) {
                result.add(decode(container));
            }
        }
        return List.copyOf(result);
    }

    /**
     * Decodes a container holding an FSv2 Action community.
     *
     * @param container the container; see {@link #isFsv2ActionContainer(CommunityContainer)}
     * @return the community
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW}, naming the field, if the
     *     container is not an FSv2 Action community or is malformed
     */
    public @NonNull Fsv2ActionCommunity decode(final @NonNull CommunityContainer container)
            throws WireFormatException {
        final WideCommunityEnvelope envelope = envelopeCodec.decode(container);
        final List<Fsv2Action> actions = new ArrayList<>();
        decodeActions(Unpooled.wrappedBuffer(envelope.parameters().toByteArray()), envelope.parametersOffset(),
            actions);
        return new Fsv2ActionCommunity(envelope.confederationBit(), envelope.transitivityBit(), envelope.sourceAs(),
            envelope.contextAs(), actions, envelope.otherTlvs());
    }

    /**
     * Encodes a community as a wide community container.
     *
     * @param community the community
     * @return the container, ready for {@link CommunityContainerCodec#encode(CommunityContainer, ByteBuf)}
     * @throws EncodeException naming the field if a value does not fit, an SR segment list action is refused by
     *     {@link SrSegmentListActionCodec#encode(SrSegmentListAction, ByteBuf)}, an unknown action uses the SR
     *     segment list sub-type, or an other TLV is a Parameter(s) TLV
     */
    public @NonNull CommunityContainer encode(final @NonNull Fsv2ActionCommunity community) {
        final ByteBuf params = Unpooled.buffer();
        for (final Fsv2Action action : community.actions()) {
            if (action instanceof SrSegmentListAction sr) {
                srSegmentListCodec.encode(sr, params);
            } else {
                final UnknownFsv2Action unknown = (UnknownFsv2Action) action;
                final int subType = unsigned("action sub-type", unknown.subType(), 16);
                if (subType == srSegmentListCodec.subType()) {
                    throw new EncodeException("unknown action sub-type " + subType
                        + " is the redirect to SR policy segment list sub-type");
                }
                params.writeShort(subType).writeShort(unsigned("action length", unknown.value().length(), 16));
                unknown.value().writeTo(params);
            }
        }
        return envelopeCodec.encode(new WideCommunityEnvelope(community.confederationBit(),
            community.transitivityBit(), community.sourceAs(), community.contextAs(),
            Octets.read(params, params.readableBytes()), 0, community.otherTlvs()));
    }

    /**
     * Encodes a community as a complete container, header included.
     *
     * @param community the community
     * @param out the buffer to write to; nothing is written if the community is refused
     * @throws EncodeException as {@link #encode(Fsv2ActionCommunity)}
     */
    public void encode(final @NonNull Fsv2ActionCommunity community, final @NonNull ByteBuf out) {
        CommunityContainerCodec.encode(encode(community), out);
    }

    private void decodeActions(final ByteBuf params, final int baseOffset, final List<Fsv2Action> actions)
            throws WireFormatException {
        while (params.isReadable()) {
            final int offset = baseOffset + params.readerIndex();
            if (params.readableBytes() < ACTION_HEADER) {
                throw malformed("FSv2 action sub-TLV header at offset " + offset + " needs 4 octets, "
                    + params.readableBytes() + " left in the Parameter(s) TLV");
            }
            final int subType = params.readUnsignedShort();
            final int length = params.readUnsignedShort();
            if (length > params.readableBytes()) {
                throw malformed("FSv2 action sub-TLV " + subType + " at offset " + offset + " has length " + length
                    + ", exceeds the " + params.readableBytes() + " octets left in the Parameter(s) TLV");
            }
            final ByteBuf value = params.readSlice(length);
            if (subType == srSegmentListCodec.subType()) {
                actions.add(srSegmentListCodec.decodeValue(value));
            } else {
                actions.add(new UnknownFsv2Action(subType, Octets.read(value, length)));
            }
        }
    }

    private static WireFormatException malformed(final String message) {
        return new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW, message);
    }
}
