/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import io.netty.buffer.ByteBuf;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Frames and decodes BGP messages (RFC 4271 section 4.1 header, section 6.1 header checks) and encodes every
 * message but UPDATE, which {@link UpdateMessageEncoder} builds. Decoding an UPDATE is delegated to
 * {@link UpdateMessageCodec}. Instances are immutable and thread-safe.
 */
public final class BgpMessageCodec {
    /** Length of the header: marker, length, type. */
    public static final int HEADER_LENGTH = 19;
    /** Largest message without extended messages, RFC 4271 section 4.1. */
    public static final int MAX_STANDARD = 4096;
    /** Largest message with extended messages, RFC 8654 section 4. */
    public static final int MAX_EXTENDED = 65535;
    private static final int MARKER_LENGTH = 16;
    private static final int PARAM_CAPABILITIES = 2;

    private final @NonNull UpdateMessageCodec updateCodec;

    /**
     * A codec decoding UPDATEs with the given codec.
     *
     * @param updateCodec the UPDATE codec
     */
    public BgpMessageCodec(final @NonNull UpdateMessageCodec updateCodec) {
        this.updateCodec = requireNonNull(updateCodec);
    }

    /**
     * Checks the header at the reader index and tells how long the message is (RFC 4271 section 6.1).
     *
     * @param in the received octets; not advanced
     * @param maxSize the largest message allowed now (4096, or 65535 once extended messages are negotiated)
     * @return the message length, or -1 when fewer than 19 octets are readable
     * @throws BgpProtocolException Message Header Error: not synchronized (marker not all ones), bad length
     */
    public static int frameLength(final @NonNull ByteBuf in, final int maxSize) throws BgpProtocolException {
        if (in.readableBytes() < HEADER_LENGTH) {
            return -1;
        }
        final int start = in.readerIndex();
        for (int i = 0; i < MARKER_LENGTH; i++) {
            if (in.getByte(start + i) != (byte) 0xff) {
                throw new BgpProtocolException(NotificationMessage.MESSAGE_HEADER_ERROR,
                    NotificationMessage.CONNECTION_NOT_SYNCHRONIZED, "marker is not all ones");
            }
        }
        final int length = in.getUnsignedShort(start + MARKER_LENGTH);
        if (length < HEADER_LENGTH || length > maxSize) {
            throw badLength(length);
        }
        return length;
    }

    /**
     * Decodes one framed message.
     *
     * @param frame exactly one message, header included
     * @param fourOctetAs whether the 4-octet AS capability was negotiated (AS_PATH width, RFC 6793 section 4)
     * @return the message
     * @throws BgpProtocolException when the message calls for a NOTIFICATION
     */
    public @NonNull BgpMessage decode(final @NonNull ByteBuf frame, final boolean fourOctetAs)
            throws BgpProtocolException {
        final int length = frame.readableBytes();
        frame.skipBytes(MARKER_LENGTH + 2);
        final int type = frame.readUnsignedByte();
        switch (type) {
            case BgpMessage.OPEN:
                checkLength(length, length >= 29);
                return decodeOpen(frame);
            case BgpMessage.UPDATE:
                checkLength(length, length >= 23);
                return updateCodec.decode(frame, fourOctetAs);
            case BgpMessage.NOTIFICATION:
                checkLength(length, length >= 21);
                return new NotificationMessage(frame.readUnsignedByte(), frame.readUnsignedByte(),
                    Octets.read(frame, frame.readableBytes()));
            case BgpMessage.KEEPALIVE:
                checkLength(length, length == HEADER_LENGTH);
                return KeepaliveMessage.INSTANCE;
            case BgpMessage.ROUTE_REFRESH:
                if (length != 23) {
                    // RFC 7313 section 5: ROUTE-REFRESH Message Error, Invalid Message Length
                    throw new BgpProtocolException(NotificationMessage.ROUTE_REFRESH_ERROR, 1,
                        Octets.read(frame.readerIndex(0), length), "ROUTE-REFRESH length " + length);
                }
                final int afi = frame.readUnsignedShort();
                frame.skipBytes(1);
                return new RouteRefreshMessage(afi, frame.readUnsignedByte());
            default:
                throw new BgpProtocolException(NotificationMessage.MESSAGE_HEADER_ERROR,
                    NotificationMessage.BAD_MESSAGE_TYPE, Octets.copyOf(new byte[] {(byte) type}),
                    "bad message type " + type);
        }
    }

    private static void checkLength(final int length, final boolean ok) throws BgpProtocolException {
        if (!ok) {
            throw badLength(length);
        }
    }

    private static BgpProtocolException badLength(final int length) {
        return new BgpProtocolException(NotificationMessage.MESSAGE_HEADER_ERROR,
            NotificationMessage.BAD_MESSAGE_LENGTH, Octets.copyOf(new byte[] {(byte) (length >> 8), (byte) length}),
            "bad message length " + length);
    }

    private static OpenMessage decodeOpen(final ByteBuf in) throws BgpProtocolException {
        final int version = in.readUnsignedByte();
        if (version != 4) {
            throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR,
                NotificationMessage.UNSUPPORTED_VERSION, Octets.copyOf(new byte[] {0, 4}), "version " + version);
        }
        final int myAs = in.readUnsignedShort();
        final int holdTime = in.readUnsignedShort();
        final byte[] id = new byte[4];
        in.readBytes(id);
        final int paramsLength = in.readUnsignedByte();
        if (paramsLength != in.readableBytes()) {
            throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR, 0,
                "optional parameters length " + paramsLength + " but " + in.readableBytes() + " octets follow");
        }
        final List<Capability> capabilities = new ArrayList<>();
        while (in.isReadable()) {
            if (in.readableBytes() < 2) {
                throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR, 0, "truncated parameter");
            }
            final int paramType = in.readUnsignedByte();
            final int paramLength = in.readUnsignedByte();
            if (paramLength > in.readableBytes()) {
                throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR, 0, "parameter overruns");
            }
            if (paramType != PARAM_CAPABILITIES) {
                throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR,
                    NotificationMessage.UNSUPPORTED_OPTIONAL_PARAMETER, "optional parameter type " + paramType);
            }
            decodeCapabilities(in.readSlice(paramLength), capabilities);
        }
        return new OpenMessage(version, myAs, holdTime, ipv4(id), capabilities);
    }

    private static void decodeCapabilities(final ByteBuf in, final List<Capability> out)
            throws BgpProtocolException {
        while (in.isReadable()) {
            if (in.readableBytes() < 2) {
                throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR, 0, "truncated capability");
            }
            final int code = in.readUnsignedByte();
            final int length = in.readUnsignedByte();
            if (length > in.readableBytes()) {
                throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR, 0,
                    "capability " + code + " overruns its parameter");
            }
            out.add(decodeCapability(code, in.readSlice(length)));
        }
    }

    private static Capability decodeCapability(final int code, final ByteBuf value) {
        final int length = value.readableBytes();
        switch (code) {
            case Capability.MULTIPROTOCOL:
                if (length == 4) {
                    final int afi = value.readUnsignedShort();
                    value.skipBytes(1);
                    return new Capability.Multiprotocol(afi, value.readUnsignedByte());
                }
                break;
            case Capability.ROUTE_REFRESH:
                if (length == 0) {
                    return new Capability.RouteRefresh();
                }
                break;
            case Capability.EXTENDED_MESSAGE:
                if (length == 0) {
                    return new Capability.ExtendedMessage();
                }
                break;
            case Capability.FOUR_OCTET_AS:
                if (length == 4) {
                    return new Capability.FourOctetAs(value.readUnsignedInt());
                }
                break;
            case Capability.GRACEFUL_RESTART:
                if (length >= 2 && (length - 2) % 4 == 0) {
                    final int flagsTime = value.readUnsignedShort();
                    final List<Capability.GracefulRestartFamily> families = new ArrayList<>();
                    while (value.isReadable()) {
                        final int afi = value.readUnsignedShort();
                        final int safi = value.readUnsignedByte();
                        families.add(new Capability.GracefulRestartFamily(afi, safi,
                            (value.readUnsignedByte() & 0x80) != 0));
                    }
                    return new Capability.GracefulRestart((flagsTime & 0x8000) != 0, flagsTime & 0xfff, families);
                }
                break;
            case Capability.LONG_LIVED_GRACEFUL_RESTART:
                if (length % 7 == 0) {
                    final List<Capability.LongLivedFamily> families = new ArrayList<>();
                    while (value.isReadable()) {
                        families.add(new Capability.LongLivedFamily(value.readUnsignedShort(),
                            value.readUnsignedByte(), (value.readUnsignedByte() & 0x80) != 0,
                            value.readUnsignedMedium()));
                    }
                    return new Capability.LongLivedGracefulRestart(families);
                }
                break;
            default:
                break;
        }
        // RFC 5492 section 3: a capability that is not understood (or malformed) is ignored, kept verbatim
        return new Capability.Unknown(code, Octets.read(value.readerIndex(0), length));
    }

    private static Inet4Address ipv4(final byte[] octets) {
        try {
            return (Inet4Address) InetAddress.getByAddress(octets);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 octets are always an IPv4 address", e);
        }
    }

    /**
     * Writes the 19-octet header with a length to be patched by {@link #finish(ByteBuf, int)}.
     *
     * @param out the buffer
     * @param type the message type
     * @return the index of the message start
     */
    static int startMessage(final ByteBuf out, final int type) {
        final int start = out.writerIndex();
        for (int i = 0; i < MARKER_LENGTH; i++) {
            out.writeByte(0xff);
        }
        out.writeShort(0);
        out.writeByte(type);
        return start;
    }

    static void finish(final ByteBuf out, final int start) {
        out.setShort(start + MARKER_LENGTH, out.writerIndex() - start);
    }

    /**
     * Encodes an OPEN with its capabilities in one Capabilities optional parameter (RFC 5492 section 4).
     *
     * @param open the message
     * @param out the buffer
     */
    public static void encodeOpen(final @NonNull OpenMessage open, final @NonNull ByteBuf out) {
        final int start = startMessage(out, BgpMessage.OPEN);
        out.writeByte(open.version());
        out.writeShort(open.myAs());
        out.writeShort(open.holdTime());
        out.writeBytes(open.bgpIdentifier().getAddress());
        final int paramsLengthAt = out.writerIndex();
        out.writeByte(0);
        if (!open.capabilities().isEmpty()) {
            out.writeByte(PARAM_CAPABILITIES);
            final int paramLengthAt = out.writerIndex();
            out.writeByte(0);
            for (Capability capability : open.capabilities()) {
                encodeCapability(capability, out);
            }
            out.setByte(paramLengthAt, out.writerIndex() - paramLengthAt - 1);
        }
        out.setByte(paramsLengthAt, out.writerIndex() - paramsLengthAt - 1);
        finish(out, start);
    }

    private static void encodeCapability(final Capability capability, final ByteBuf out) {
        out.writeByte(capability.code());
        final int lengthAt = out.writerIndex();
        out.writeByte(0);
        if (capability instanceof Capability.Multiprotocol mp) {
            out.writeShort(mp.afi()).writeByte(0).writeByte(mp.safi());
        } else if (capability instanceof Capability.FourOctetAs four) {
            out.writeInt((int) four.asNumber());
        } else if (capability instanceof Capability.GracefulRestart gr) {
            out.writeShort((gr.restartState() ? 0x8000 : 0) | gr.restartTime() & 0xfff);
            for (Capability.GracefulRestartFamily family : gr.families()) {
                out.writeShort(family.afi()).writeByte(family.safi()).writeByte(family.forwardingState() ? 0x80 : 0);
            }
        } else if (capability instanceof Capability.LongLivedGracefulRestart llgr) {
            for (Capability.LongLivedFamily family : llgr.families()) {
                out.writeShort(family.afi()).writeByte(family.safi()).writeByte(family.forwardingState() ? 0x80 : 0)
                    .writeMedium(family.staleTime());
            }
        } else if (capability instanceof Capability.Unknown unknown) {
            unknown.value().writeTo(out);
        }
        out.setByte(lengthAt, out.writerIndex() - lengthAt - 1);
    }

    /**
     * Encodes a KEEPALIVE.
     *
     * @param out the buffer
     */
    public static void encodeKeepalive(final @NonNull ByteBuf out) {
        finish(out, startMessage(out, BgpMessage.KEEPALIVE));
    }

    /**
     * Encodes a NOTIFICATION.
     *
     * @param notification the message
     * @param out the buffer
     */
    public static void encodeNotification(final @NonNull NotificationMessage notification,
            final @NonNull ByteBuf out) {
        final int start = startMessage(out, BgpMessage.NOTIFICATION);
        out.writeByte(notification.code()).writeByte(notification.subcode());
        notification.data().writeTo(out);
        finish(out, start);
    }

    /**
     * Encodes a ROUTE-REFRESH.
     *
     * @param refresh the message
     * @param out the buffer
     */
    public static void encodeRouteRefresh(final @NonNull RouteRefreshMessage refresh, final @NonNull ByteBuf out) {
        final int start = startMessage(out, BgpMessage.ROUTE_REFRESH);
        out.writeShort(refresh.afi()).writeByte(0).writeByte(refresh.safi());
        finish(out, start);
    }
}
