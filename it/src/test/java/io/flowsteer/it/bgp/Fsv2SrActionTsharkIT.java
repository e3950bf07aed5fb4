/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.engine.FlowspecRoutes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.AddressFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToSrPolicySegmentListBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.sr.policy.segment.list.OriginatorBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPrefixBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.MatchBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The redirect to SR Policy segment list action (draft-liu-idr-flowspec-redirect-sr-segment-list section 3) as the
 * real in-JVM speaker sends it, checked by an independent decoder. No daemon Flowsteer can peer with speaks the
 * FSv2 SAFI, so the peer is a scripted socket on 127.0.0.1 that negotiates IPv4 FSv2 and records the UPDATE octets
 * the speaker writes; tshark then dissects them (wrapped in a pcap) and must find the UPDATE, its MP_REACH_NLRI
 * for AFI 1 / SAFI 245 and path attribute 129 (optional transitive) of length 69 whose octets are exactly the
 * hand-written FSv2 Action container below. No Karaf.
 */
class Fsv2SrActionTsharkIT {
    private static final long AS = 65001;
    /**
     * Hand-written: wide community container (type 1, flags 0, length 63), value 0x80000002, source and context AS
     * 0, Parameter(s) TLV (type 3, length 48) holding the draft-liu section 3.1 sub-TLV (sub-type 0xfff0, length
     * 44, F flag, AFI 1, color 10, endpoint 192.0.2.9, Protocol-Origin 30, originator 65000 / 192.0.2.2,
     * discriminator 1, segment list 3).
     */
    private static final String SR_CONTAINER = "0001 00 00 003f 80000002 00000000 00000000 03 0030"
        + " fff0 002c 80 0001 00 0000000a c0000209 0000001e"
        + " 0000fde8 00000000 00000000 00000000 c0000202 00000001 00000003";

    @TempDir
    Path dir;

    @Test
    void theSpeakersUpdateCarriesTheSrActionInAttribute129AsTsharkDecodesIt() throws Exception {
        final InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (ServerSocket server = new ServerSocket(0, 1, loopback);
             SpeakerUnderTest speaker = new SpeakerUnderTest(loopback, AS, loopback, server.getLocalPort(), AS,
                 Set.of(BgpFamily.IPV4_FSV2))) {
            server.setSoTimeout((int) SpeakerUnderTest.TIMEOUT.toMillis());
            try (Socket socket = server.accept()) {
                socket.setSoTimeout((int) SpeakerUnderTest.TIMEOUT.toMillis());
                final DataInputStream in = new DataInputStream(socket.getInputStream());
                final OutputStream out = socket.getOutputStream();
                assertEquals(1, readMessage(in)[18], "OPEN first");
                final ByteBuf open = Unpooled.buffer();
                BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) AS, 90, TestRoutes.ipv4("127.0.0.2"), List.of(
                    new Capability.Multiprotocol(1, Fsv2Config.DEFAULT_SAFI), new Capability.FourOctetAs(AS))),
                    open);
                BgpMessageCodec.encodeKeepalive(open);
                out.write(ByteBufUtil.getBytes(open));
                out.flush();
                speaker.awaitEstablished();
                speaker.advertise(List.of(FlowspecRoutes.of(((Compilation.Compiled) new RuleCompiler()
                    .compile(pinnedRule())).rule())));
                final byte[] update = readReachUpdate(in);
                final Path pcap = dir.resolve("update.pcap");
                final byte[] frame = writePcap(pcap, update);
                checkDissection(pcap, frame);
            }
        }
    }

    private static Rule pinnedRule() {
        return new RuleBuilder().setName("pin").setVersion(FlowspecVersion.Fsv2).setAddressFamily(AddressFamily.Ipv4)
            .setMatch(new MatchBuilder().setDestinationPrefix(new DestinationPrefixBuilder()
                .setPrefix(new IpPrefix("192.0.2.0/24")).build()).build())
            .setActions(new ActionsBuilder().setRedirectToSrPolicySegmentList(
                new RedirectToSrPolicySegmentListBuilder().setColor(Uint32.valueOf(10)).setEndpoint(ipv4("192.0.2.9"))
                    .setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration.Configuration))
                    .setOriginator(new OriginatorBuilder().setAsn(Uint32.valueOf(65000))
                        .setAddress(ipv4("192.0.2.2")).build())
                    .setDiscriminator(Uint32.ONE).setSegmentListId(Uint32.valueOf(3)).setFallback(true).build())
                .build())
            .build();
    }

    private void checkDissection(final Path pcap, final byte[] frame) throws Exception {
        final Process process = new ProcessBuilder("tshark", "-n", "-r", pcap.toString(), "-T", "pdml")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        final byte[] xml;
        try (InputStream stdout = process.getInputStream()) {
            xml = stdout.readAllBytes();
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tshark finished");
        assertEquals(0, process.exitValue(), "tshark exit status");
        final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        final Document pdml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));

        assertEquals(List.of("2"), shows(pdml, "bgp.type"), "one UPDATE");
        assertEquals(List.of("1"), shows(pdml, "bgp.update.path_attribute.mp_reach_nlri.afi"));
        assertEquals(List.of(String.valueOf(Fsv2Config.DEFAULT_SAFI)),
            shows(pdml, "bgp.update.path_attribute.mp_reach_nlri.safi"));
        Element container = null;
        final NodeList attributes = pdml.getElementsByTagName("field");
        for (int i = 0; i < attributes.getLength(); i++) {
            final Element field = (Element) attributes.item(i);
            if ("bgp.update.path_attribute".equals(field.getAttribute("name"))
                    && "129".equals(child(field, "bgp.update.path_attribute.type_code").getAttribute("show"))) {
                container = field;
            }
        }
        assertNotNull(container, "tshark shows path attribute 129");
        assertEquals("0xc0", child(container, "bgp.update.path_attribute.flags").getAttribute("show"),
            "optional transitive");
        assertEquals("69", child(container, "bgp.update.path_attribute.length").getAttribute("show"));
        // the whole attribute, as tshark delimits it: header c0 81 45, then the container
        final int pos = Integer.parseInt(container.getAttribute("pos"));
        final int size = Integer.parseInt(container.getAttribute("size"));
        assertEquals(3 + 69, size);
        final byte[] expected = HexFormat.of().parseHex(("c08145" + SR_CONTAINER).replace(" ", ""));
        final byte[] actual = new byte[size];
        System.arraycopy(frame, pos, actual, 0, size);
        assertArrayEquals(expected, actual, HexFormat.of().formatHex(actual));
    }

    private static List<String> shows(final Document pdml, final String name) {
        final List<String> values = new ArrayList<>();
        final NodeList fields = pdml.getElementsByTagName("field");
        for (int i = 0; i < fields.getLength(); i++) {
            final Element field = (Element) fields.item(i);
            if (name.equals(field.getAttribute("name"))) {
                values.add(field.getAttribute("show"));
            }
        }
        return values;
    }

    private static Element child(final Element parent, final String name) {
        final NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && name.equals(element.getAttribute("name"))) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " under " + parent.getAttribute("showname"));
    }

    /** Reads messages until an UPDATE with an MP_REACH_NLRI (type 14); End-of-RIB and KEEPALIVEs are skipped. */
    private static byte[] readReachUpdate(final DataInputStream in) throws IOException {
        while (true) {
            final byte[] message = readMessage(in);
            if (message[18] == 2 && hasAttribute(message, 14)) {
                return message;
            }
        }
    }

    private static boolean hasAttribute(final byte[] update, final int wanted) {
        final int withdrawn = (update[19] & 0xff) << 8 | update[20] & 0xff;
        int at = 21 + withdrawn + 2;
        while (at < update.length) {
            final int flags = update[at] & 0xff;
            final int type = update[at + 1] & 0xff;
            final boolean extended = (flags & 0x10) != 0;
            final int length = extended ? (update[at + 2] & 0xff) << 8 | update[at + 3] & 0xff : update[at + 2] & 0xff;
            if (type == wanted) {
                return true;
            }
            at += (extended ? 4 : 3) + length;
        }
        return false;
    }

    private static byte[] readMessage(final DataInputStream in) throws IOException {
        final byte[] header = new byte[BgpMessageCodec.HEADER_LENGTH];
        in.readFully(header);
        final int length = (header[16] & 0xff) << 8 | header[17] & 0xff;
        final byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, header.length);
        in.readFully(message, header.length, length - header.length);
        return message;
    }

    /**
     * Writes a classic pcap (Ethernet link type) with one frame, IPv4 192.0.2.1:40000 to 192.0.2.2:179, TCP PSH+ACK
     * carrying the payload, and returns the frame so that tshark's positions can be read back.
     */
    private static byte[] writePcap(final Path file, final byte[] payload) throws IOException {
        final int ipLength = 40 + payload.length;
        final ByteBuffer ip = ByteBuffer.allocate(ipLength);
        ip.put((byte) 0x45).put((byte) 0).putShort((short) ipLength).putShort((short) 1).putShort((short) 0x4000)
            .put((byte) 64).put((byte) 6).putShort((short) 0)
            .put(new byte[] {(byte) 192, 0, 2, 1}).put(new byte[] {(byte) 192, 0, 2, 2});
        int sum = 0;
        for (int i = 0; i < 20; i += 2) {
            sum += (ip.get(i) & 0xff) << 8 | ip.get(i + 1) & 0xff;
        }
        while (sum >>> 16 != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        ip.putShort(10, (short) ~sum);
        ip.putShort((short) 40000).putShort((short) 179).putInt(1).putInt(1).put((byte) 0x50).put((byte) 0x18)
            .putShort((short) 65535).putShort((short) 0).putShort((short) 0).put(payload);
        final ByteBuffer frame = ByteBuffer.allocate(14 + ipLength);
        frame.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00}).put(ip.array());
        final ByteBuffer pcap = ByteBuffer.allocate(24 + 16 + frame.capacity());
        pcap.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1);
        pcap.putInt(1_700_000_000).putInt(0).putInt(frame.capacity()).putInt(frame.capacity()).put(frame.array());
        Files.write(file, pcap.array());
        return frame.array();
    }

    private static IpAddressNoZone ipv4(final String address) {
        return new IpAddressNoZone(new Ipv4AddressNoZone(address));
    }
}
