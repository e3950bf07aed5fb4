/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpMessage;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.BgpProtocolException;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bgp.UpdateMessageCodec;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A BGP peer played by the test, one message at a time over a blocking socket: it accepts the speaker's
 * connection, and reads and writes whole messages.
 */
final class ScriptedPeer implements AutoCloseable {
    /** How long a read or an accept waits before the test fails. */
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final BgpMessageCodec codec = new BgpMessageCodec(new UpdateMessageCodec(new ExtendedCommunityCodec()));
    private final ServerSocket server;
    private Socket socket;
    private DataInputStream in;

    ScriptedPeer() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(READ_TIMEOUT_MILLIS);
    }

    /**
     * Connects to a speaker's listen address instead of waiting for its connection.
     */
    void connect(final InetSocketAddress address) throws IOException {
        socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        in = new DataInputStream(socket.getInputStream());
    }

    int port() {
        return server.getLocalPort();
    }

    void accept() throws IOException {
        socket = server.accept();
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        in = new DataInputStream(socket.getInputStream());
    }

    byte[] readRaw() throws IOException {
        final byte[] header = new byte[BgpMessageCodec.HEADER_LENGTH];
        in.readFully(header);
        final int length = (header[16] & 0xff) << 8 | header[17] & 0xff;
        final byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, header.length);
        in.readFully(message, header.length, length - header.length);
        return message;
    }

    BgpMessage read() throws IOException, BgpProtocolException {
        return codec.decode(Unpooled.wrappedBuffer(readRaw()), true);
    }

    /**
     * Reads until a message of the type arrives, skipping others (KEEPALIVEs, End-of-RIB markers).
     */
    <T extends BgpMessage> T readUntil(final Class<T> type) throws IOException, BgpProtocolException {
        while (true) {
            final BgpMessage message = read();
            if (type.isInstance(message)) {
                return type.cast(message);
            }
        }
    }

    /**
     * Answers the speaker's OPEN as an IPv4 flowspec peer with a 4-octet AS and hold time 90 s, then KEEPALIVE.
     *
     * @param peerAs the AS this peer announces
     * @return the speaker's OPEN
     */
    OpenMessage answerOpen(final long peerAs) throws IOException, BgpProtocolException {
        final OpenMessage open = readUntil(OpenMessage.class);
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) peerAs, 90,
            (Inet4Address) InetAddress.getByName("10.0.0.2"), List.of(new Capability.Multiprotocol(1, 133),
                new Capability.FourOctetAs(peerAs))), out);
        BgpMessageCodec.encodeKeepalive(out);
        write(out);
        return open;
    }

    /**
     * Reads for a while, skipping KEEPALIVEs, and tells whether no UPDATE came in that time.
     *
     * @param wait how long to wait for one
     * @return true when none came
     */
    boolean noUpdateWithin(final Duration wait) throws IOException, BgpProtocolException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            readUntil(UpdateMessage.class);
            return false;
        } catch (SocketTimeoutException quiet) {
            return true;
        } finally {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        }
    }

    /**
     * Reads the flowspec NLRIs advertised until the next End-of-RIB marker.
     *
     * @return them, in the order they came
     */
    List<Fsv1Nlri> routesUntilEndOfRib() throws IOException, BgpProtocolException {
        final List<Fsv1Nlri> sent = new ArrayList<>();
        while (true) {
            final UpdateMessage update = readUntil(UpdateMessage.class);
            if (update.endOfRib() != null) {
                return sent;
            }
            if (update.mpReach() != null) {
                sent.addAll(update.mpReach().flowspec());
            }
        }
    }

    boolean closedByPeer() throws IOException {
        try {
            while (true) {
                readRaw();
            }
        } catch (EOFException e) {
            return true;
        }
    }

    void write(final ByteBuf message) throws IOException {
        final byte[] out = new byte[message.readableBytes()];
        message.readBytes(out);
        write(out);
    }

    void write(final byte[] message) throws IOException {
        socket.getOutputStream().write(message);
        socket.getOutputStream().flush();
    }

    /**
     * Closes the session's connection, keeping the listening socket for the next.
     */
    void closeSocket() throws IOException {
        if (socket != null) {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        server.close();
    }

    /**
     * An UPDATE message (RFC 4271 section 4.3) with no withdrawn routes and the given path attributes, byte for
     * byte as a peer would send it, for attributes the codecs would not build (malformed ones included).
     *
     * @param attributesHex the path attributes in hex, spaces allowed
     * @return the whole message
     */
    static byte[] rawUpdate(final String attributesHex) {
        final byte[] attributes = HexFormat.of().parseHex(attributesHex.replace(" ", ""));
        final ByteBuf out = Unpooled.buffer();
        for (int i = 0; i < 16; i++) {
            out.writeByte(0xff);
        }
        out.writeShort(19 + 4 + attributes.length).writeByte(2).writeShort(0).writeShort(attributes.length)
            .writeBytes(attributes);
        final byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }
}
