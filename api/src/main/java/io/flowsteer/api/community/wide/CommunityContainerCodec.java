/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static io.flowsteer.api.bytes.FieldChecks.unsigned;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Splits the value of a BGP Community Container attribute into its containers and joins them again,
 * draft-ietf-idr-wide-bgp-communities section 2. A container header that does not fit, or a
 * container length that runs past the attribute, makes the attribute malformed; as for every other
 * community attribute (RFC 7606 sections 7.8, 7.14, 7.15) the treatment is
 * {@link ErrorTreatment#TREAT_AS_WITHDRAW}.
 */
public final class CommunityContainerCodec {
    /**
     * The path attribute type of the BGP Community Container attribute: 129, the value IANA lists
     * (as a temporary registration) for draft-ietf-idr-wide-bgp-communities. The codec itself only
     * handles the attribute value; the attribute header belongs to the UPDATE codec.
     */
    public static final int ATTRIBUTE_TYPE = 129;
    /** Octets of the container common header: type, flags, reserved, length. */
    public static final int HEADER_LENGTH = 6;

    private CommunityContainerCodec() {
        // utility class
    }

    /**
     * Decodes the whole attribute value.
     *
     * @param value the attribute value; all readable octets are consumed
     * @return the containers, in wire order
     * @throws WireFormatException with {@link ErrorTreatment#TREAT_AS_WITHDRAW} if a container does not fit
     */
    public static @NonNull List<@NonNull CommunityContainer> decodeAttribute(final @NonNull ByteBuf value)
            throws WireFormatException {
        final List<@NonNull CommunityContainer> result = new ArrayList<>();
        while (value.isReadable()) {
            if (value.readableBytes() < HEADER_LENGTH) {
                throw new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW,
                    "community container header needs 6 octets, " + value.readableBytes() + " left");
            }
            final int type = value.readUnsignedShort();
            final int flags = value.readUnsignedByte();
            value.skipBytes(1);
            final int length = value.readUnsignedShort();
            if (length > value.readableBytes()) {
                throw new WireFormatException(ErrorTreatment.TREAT_AS_WITHDRAW,
                    "community container length " + length + " exceeds the " + value.readableBytes()
                        + " octets left in the attribute");
            }
            result.add(new CommunityContainer(type, flags, Octets.read(value, length)));
        }
        return List.copyOf(result);
    }

    /**
     * Encodes the whole attribute value.
     *
     * @param containers the containers, in the order to send them
     * @param out the buffer to write to
     * @throws EncodeException if a field does not fit
     */
    public static void encodeAttribute(final @NonNull List<@NonNull CommunityContainer> containers,
            final @NonNull ByteBuf out) {
        for (final CommunityContainer container : containers) {
            encode(container, out);
        }
    }

    /**
     * Encodes one container.
     *
     * @param container the container
     * @param out the buffer to write to
     * @throws EncodeException if a field does not fit
     */
    public static void encode(final @NonNull CommunityContainer container, final @NonNull ByteBuf out) {
        final int type = unsigned("container type", container.type(), 16);
        final int flags = unsigned("container flags", container.flags(), 8);
        final int length = unsigned("container length", container.contents().length(), 16);
        out.writeShort(type).writeByte(flags).writeByte(0).writeShort(length);
        container.contents().writeTo(out);
    }
}
