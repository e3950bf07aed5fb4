/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.tshark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An independent decoder for cross-checks: wraps BGP UPDATE path attributes into a classic pcap (Ethernet, IPv4,
 * one TCP segment to port 179) and lets Wireshark's tshark dissect it. Callers supply arbitrary path attribute
 * octets (for example extended communities, RFC 4360) and an MP_REACH_NLRI (RFC 4760 section 3) and then read any
 * tshark field from the PDML output. If tshark is not installed, {@link #dissect} throws, so tests fail instead of
 * silently skipping.
 */
public final class TsharkHarness {
    /** Path attribute flag: optional. */
    public static final int OPTIONAL = 0x80;
    /** Path attribute flag: transitive. */
    public static final int TRANSITIVE = 0x40;
    /** Path attribute flag: extended length. */
    public static final int EXTENDED_LENGTH = 0x10;
    private static final int MP_REACH_NLRI = 14;
    private static final int MP_UNREACH_NLRI = 15;

    private TsharkHarness() {
        // utility class
    }

    /**
     * One path attribute; the extended-length flag is set when the value exceeds 255 octets.
     *
     * @param flags attribute flags (OPTIONAL, TRANSITIVE, ...)
     * @param type attribute type code
     * @param value the value
     * @return flags, type, length and value
     */
    public static byte[] pathAttribute(final int flags, final int type, final byte[] value) {
        final boolean extended = value.length > 255 || (flags & EXTENDED_LENGTH) != 0;
        final ByteBuffer buf = ByteBuffer.allocate(value.length + (extended ? 4 : 3));
        buf.put((byte) (flags | (extended ? EXTENDED_LENGTH : 0))).put((byte) type);
        if (extended) {
            buf.putShort((short) value.length);
        } else {
            buf.put((byte) value.length);
        }
        return buf.put(value).array();
    }

    /**
     * An MP_REACH_NLRI attribute (RFC 4760 section 3).
     *
     * @param afi AFI
     * @param safi SAFI
     * @param nextHop next hop octets (empty for flowspec)
     * @param nlri the NLRI field
     * @return the complete attribute
     */
    public static byte[] mpReachNlri(final int afi, final int safi, final byte[] nextHop, final byte[] nlri) {
        final ByteBuffer buf = ByteBuffer.allocate(5 + nextHop.length + nlri.length);
        buf.putShort((short) afi).put((byte) safi).put((byte) nextHop.length).put(nextHop).put((byte) 0).put(nlri);
        return pathAttribute(OPTIONAL | EXTENDED_LENGTH, MP_REACH_NLRI, buf.array());
    }

    /**
     * An MP_UNREACH_NLRI attribute (RFC 4760 section 4).
     *
     * @param afi AFI
     * @param safi SAFI
     * @param nlri the withdrawn NLRI field
     * @return the complete attribute
     */
    public static byte[] mpUnreachNlri(final int afi, final int safi, final byte[] nlri) {
        final ByteBuffer buf = ByteBuffer.allocate(3 + nlri.length);
        buf.putShort((short) afi).put((byte) safi).put(nlri);
        return pathAttribute(OPTIONAL | EXTENDED_LENGTH, MP_UNREACH_NLRI, buf.array());
    }

    /**
     * ORIGIN IGP plus an empty AS_PATH, the well-known mandatory attributes of an UPDATE that announces routes.
     *
     * @return the two attributes
     */
    public static byte[] originAndEmptyAsPath() {
        return concat(pathAttribute(TRANSITIVE, 1, new byte[] {0}), pathAttribute(TRANSITIVE, 2, new byte[0]));
    }

    /**
     * A BGP UPDATE message (RFC 4271 section 4.3) with no withdrawn routes and no IPv4 NLRI.
     *
     * @param pathAttributes concatenated path attributes
     * @return the message, marker included
     */
    public static byte[] update(final byte[]... pathAttributes) {
        final byte[] attrs = concat(pathAttributes);
        final ByteBuffer buf = ByteBuffer.allocate(23 + attrs.length);
        for (int i = 0; i < 16; i++) {
            buf.put((byte) 0xff);
        }
        buf.putShort((short) (23 + attrs.length)).put((byte) 2).putShort((short) 0).putShort((short) attrs.length);
        return buf.put(attrs).array();
    }

    /**
     * Concatenates octet strings.
     *
     * @param parts the parts
     * @return their concatenation
     */
    public static byte[] concat(final byte[]... parts) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * Writes a classic pcap file (link type Ethernet) with one frame: IPv4 192.0.2.1:40000 to 192.0.2.2:179, TCP
     * PSH+ACK carrying the payload.
     *
     * @param file the file to write
     * @param tcpPayload BGP messages
     * @throws IOException when the file cannot be written
     */
    public static void writePcap(final Path file, final byte[] tcpPayload) throws IOException {
        final int ipLength = 20 + 20 + tcpPayload.length;
        final ByteBuffer ip = ByteBuffer.allocate(ipLength);
        ip.put((byte) 0x45).put((byte) 0).putShort((short) ipLength).putShort((short) 1).putShort((short) 0x4000)
            .put((byte) 64).put((byte) 6).putShort((short) 0)
            .put(new byte[] {(byte) 192, 0, 2, 1}).put(new byte[] {(byte) 192, 0, 2, 2});
        ip.putShort(10, (short) checksum(ip.array(), 20));
        ip.putShort((short) 40000).putShort((short) 179).putInt(1).putInt(1).put((byte) 0x50).put((byte) 0x18)
            .putShort((short) 65535).putShort((short) 0).putShort((short) 0).put(tcpPayload);
        final byte[] ethernet = concat(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00}, ip.array());
        final ByteBuffer pcap = ByteBuffer.allocate(24 + 16 + ethernet.length);
        pcap.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1);
        pcap.putInt(1_700_000_000).putInt(0).putInt(ethernet.length).putInt(ethernet.length).put(ethernet);
        Files.write(file, pcap.array());
    }

    private static int checksum(final byte[] header, final int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 2) {
            sum += (header[i] & 0xff) << 8 | header[i + 1] & 0xff;
        }
        while (sum >>> 16 != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return ~sum & 0xffff;
    }

    /**
     * Dissects a BGP UPDATE built from the given path attributes with tshark.
     *
     * @param pathAttributes concatenated path attributes, for example from {@link #mpReachNlri}
     * @return the dissection
     * @throws IOException when tshark is missing, fails, or its output cannot be parsed
     * @throws InterruptedException when interrupted while waiting for tshark
     */
    public static Dissection dissectUpdate(final byte[]... pathAttributes) throws IOException, InterruptedException {
        final Path file = Files.createTempFile("flowsteer-tshark", ".pcap");
        try {
            writePcap(file, update(pathAttributes));
            return dissect(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Dissects a BGP UPDATE carrying the given other path attributes followed by an MP_REACH_NLRI with an empty
     * next hop (as flowspec uses) holding the NLRI field.
     *
     * @param otherAttributes path attributes placed before MP_REACH_NLRI (may be empty), for example extended
     *     communities
     * @param afi AFI of the MP_REACH_NLRI
     * @param safi SAFI of the MP_REACH_NLRI
     * @param nlri the NLRI field
     * @return the dissection
     * @throws IOException when tshark is missing, fails, or its output cannot be parsed
     * @throws InterruptedException when interrupted while waiting for tshark
     */
    public static Dissection dissectUpdate(final byte[] otherAttributes, final int afi, final int safi,
            final byte[] nlri) throws IOException, InterruptedException {
        return dissectUpdate(otherAttributes, mpReachNlri(afi, safi, new byte[0], nlri));
    }

    /**
     * Runs {@code tshark -r file -T pdml} and parses the result.
     *
     * @param pcap the capture
     * @return the dissection
     * @throws IOException when tshark is missing, fails, or its output cannot be parsed
     * @throws InterruptedException when interrupted while waiting for tshark
     */
    public static Dissection dissect(final Path pcap) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder("tshark", "-n", "-r", pcap.toString(), "-T", "pdml")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        final byte[] xml;
        try (InputStream in = process.getInputStream()) {
            xml = in.readAllBytes();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("tshark failed on " + pcap);
        }
        try {
            final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Dissection(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)),
                new String(xml, StandardCharsets.UTF_8));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot parse tshark PDML output", e);
        }
    }

    /**
     * A tshark PDML dissection.
     */
    public static final class Dissection {
        private final Document document;
        private final String pdml;

        Dissection(final Document document, final String pdml) {
            this.document = document;
            this.pdml = pdml;
        }

        /**
         * All occurrences of a field, in packet order, by their {@code show} attribute (for numbers the decimal
         * value, for addresses the textual form).
         *
         * @param field a tshark field name, for example {@code bgp.flowspec_nlri.filter_type}
         * @return the values, possibly empty
         */
        public List<String> values(final String field) {
            return attributes(field, "show");
        }

        /**
         * The occurrences of several fields, in document order, each as {@code name=show}.
         *
         * @param fields the field names
         * @return the entries
         */
        public List<String> entries(final Collection<String> fields) {
            final NodeList nodes = document.getElementsByTagName("field");
            final List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                final Element element = (Element) nodes.item(i);
                if (fields.contains(element.getAttribute("name"))) {
                    out.add(element.getAttribute("name") + "=" + element.getAttribute("show"));
                }
            }
            return out;
        }

        /**
         * All occurrences of a field by their {@code showname} attribute (the label as Wireshark prints it).
         *
         * @param field the field name
         * @return the shownames
         */
        public List<String> shownames(final String field) {
            return attributes(field, "showname");
        }

        /**
         * All occurrences of a field by an arbitrary PDML attribute ({@code show}, {@code showname}, {@code value}
         * (hex octets), {@code pos}, {@code size}).
         *
         * @param field the field name
         * @param attribute the attribute
         * @return the attribute values
         */
        public List<String> attributes(final String field, final String attribute) {
            final NodeList nodes = document.getElementsByTagName("field");
            final List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                final Element element = (Element) nodes.item(i);
                if (field.equals(element.getAttribute("name"))) {
                    out.add(element.getAttribute(attribute));
                }
            }
            return out;
        }

        /**
         * The octets tshark reports at a frame position, taken from the {@code tcp.payload} field it dissected, so
         * that an item tshark shows without a value (for example an attribute it does not know) can still be
         * compared byte for byte.
         *
         * @param pos the frame offset, as in a field's {@code pos} attribute
         * @param size the number of octets, as in a field's {@code size} attribute
         * @return the octets as lower-case hex
         * @throws IllegalStateException if the range is not inside the single TCP payload
         */
        public String frameHex(final int pos, final int size) {
            final List<String> payloads = attributes("tcp.payload", "value");
            final List<String> starts = attributes("tcp.payload", "pos");
            if (payloads.size() != 1) {
                throw new IllegalStateException("expected one tcp.payload, found " + payloads.size());
            }
            final int from = 2 * (pos - Integer.parseInt(starts.get(0)));
            final String payload = payloads.get(0);
            if (from < 0 || from + 2 * size > payload.length()) {
                throw new IllegalStateException("octets " + pos + "+" + size + " are outside the TCP payload");
            }
            return payload.substring(from, from + 2 * size);
        }

        /**
         * The raw PDML, for diagnostics.
         *
         * @return the XML text
         */
        public String pdml() {
            return pdml;
        }
    }
}
