/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.match;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.BitmaskComponent;
import java.util.Objects;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The packet fields flowspec components match (RFC 8955 section 4.2.2, RFC 8956 section 3). Addresses are held
 * as 128 bits in two longs, most significant first; an IPv4 address occupies the top 32 bits of the high word.
 *
 * @param afi IPv4 or IPv6
 * @param sourceHigh source address bits 0-63
 * @param sourceLow source address bits 64-127
 * @param destinationHigh destination address bits 0-63
 * @param destinationLow destination address bits 64-127
 * @param protocol IPv4 protocol or first IPv6 upper-layer next header
 * @param sourcePort TCP/UDP source port
 * @param destinationPort TCP/UDP destination port
 * @param icmpType ICMP or ICMPv6 type
 * @param icmpCode ICMP or ICMPv6 code
 * @param tcpFlags the low 12 bits of TCP header octets 13-14 (control bits; data offset excluded)
 * @param packetLength total IP packet length
 * @param dscp six-bit DSCP
 * @param fragmentFlags {@link BitmaskComponent#FRAGMENT_DF}, ISF, FF and LF bits describing the packet
 * @param flowLabel IPv6 flow label
 * @param transportHeaderLocated false when the transport header could not be found (ports, ICMP and TCP flags
 *     components then never match)
 */
public record PacketHeader(@NonNull Afi afi, long sourceHigh, long sourceLow, long destinationHigh,
        long destinationLow, int protocol, int sourcePort, int destinationPort, int icmpType, int icmpCode,
        int tcpFlags, int packetLength, int dscp, int fragmentFlags, int flowLabel, boolean transportHeaderLocated) {
    /**
     * Checks for null.
     *
     * @param afi family
     * @param sourceHigh source high
     * @param sourceLow source low
     * @param destinationHigh destination high
     * @param destinationLow destination low
     * @param protocol protocol
     * @param sourcePort source port
     * @param destinationPort destination port
     * @param icmpType ICMP type
     * @param icmpCode ICMP code
     * @param tcpFlags TCP flags
     * @param packetLength length
     * @param dscp DSCP
     * @param fragmentFlags fragment bits
     * @param flowLabel flow label
     * @param transportHeaderLocated transport header found
     */
    public PacketHeader {
        Objects.requireNonNull(afi);
    }

    /**
     * Fragment bits as RFC 8955 section 4.2.2.12 defines them, from IP header fields.
     *
     * @param dontFragment the IPv4 DF flag (false for IPv6)
     * @param fragmentOffset the fragment offset
     * @param moreFragments the MF (IPv4) or M (IPv6) flag
     * @return DF, IsF, FF and LF bits
     */
    public static int fragmentFlags(final boolean dontFragment, final int fragmentOffset,
            final boolean moreFragments) {
        int flags = dontFragment ? BitmaskComponent.FRAGMENT_DF : 0;
        if (fragmentOffset != 0) {
            flags |= BitmaskComponent.FRAGMENT_ISF;
            if (!moreFragments) {
                flags |= BitmaskComponent.FRAGMENT_LF;
            }
        } else if (moreFragments) {
            flags |= BitmaskComponent.FRAGMENT_FF;
        }
        return flags;
    }

    /**
     * A builder starting from an all-zero header of the given family with the transport header located.
     *
     * @param afi the family
     * @return the builder
     */
    public static @NonNull Builder builder(final @NonNull Afi afi) {
        return new Builder(afi);
    }

    /**
     * Builds packet headers field by field.
     */
    public static final class Builder {
        private final Afi afi;
        private long srcHigh;
        private long srcLow;
        private long dstHigh;
        private long dstLow;
        private int proto;
        private int srcPort;
        private int dstPort;
        private int type;
        private int code;
        private int flags;
        private int length;
        private int dscpValue;
        private int fragments;
        private int label;
        private boolean located = true;

        Builder(final Afi afi) {
            this.afi = Objects.requireNonNull(afi);
        }

        private long[] words(final byte[] address) {
            if (address.length != afi.addressBits() / 8) {
                throw new IllegalArgumentException("address has " + address.length + " octets for " + afi);
            }
            final long[] words = new long[2];
            for (int i = 0; i < 16; i++) {
                final long octet = i < address.length ? address[i] & 0xff : 0;
                words[i / 8] = words[i / 8] << 8 | octet;
            }
            return words;
        }

        /**
         * Sets the source address.
         *
         * @param address 4 or 16 octets
         * @return this builder
         */
        public Builder source(final byte[] address) {
            final long[] words = words(address);
            srcHigh = words[0];
            srcLow = words[1];
            return this;
        }

        /**
         * Sets the destination address.
         *
         * @param address 4 or 16 octets
         * @return this builder
         */
        public Builder destination(final byte[] address) {
            final long[] words = words(address);
            dstHigh = words[0];
            dstLow = words[1];
            return this;
        }

        /**
         * Sets protocol / next header.
         *
         * @param value protocol
         * @return this builder
         */
        public Builder protocol(final int value) {
            proto = value;
            return this;
        }

        /**
         * Sets the ports.
         *
         * @param source source port
         * @param destination destination port
         * @return this builder
         */
        public Builder ports(final int source, final int destination) {
            srcPort = source;
            dstPort = destination;
            return this;
        }

        /**
         * Sets ICMP type and code.
         *
         * @param icmpType type
         * @param icmpCode code
         * @return this builder
         */
        public Builder icmp(final int icmpType, final int icmpCode) {
            type = icmpType;
            code = icmpCode;
            return this;
        }

        /**
         * Sets TCP flags.
         *
         * @param value the low 12 bits of TCP octets 13-14
         * @return this builder
         */
        public Builder tcpFlags(final int value) {
            flags = value;
            return this;
        }

        /**
         * Sets the packet length.
         *
         * @param value total length
         * @return this builder
         */
        public Builder packetLength(final int value) {
            length = value;
            return this;
        }

        /**
         * Sets DSCP.
         *
         * @param value DSCP
         * @return this builder
         */
        public Builder dscp(final int value) {
            dscpValue = value;
            return this;
        }

        /**
         * Sets fragment bits.
         *
         * @param value see {@link PacketHeader#fragmentFlags(boolean, int, boolean)}
         * @return this builder
         */
        public Builder fragmentFlags(final int value) {
            fragments = value;
            return this;
        }

        /**
         * Sets the flow label.
         *
         * @param value flow label
         * @return this builder
         */
        public Builder flowLabel(final int value) {
            label = value;
            return this;
        }

        /**
         * Sets whether the transport header was located.
         *
         * @param value true when located
         * @return this builder
         */
        public Builder transportHeaderLocated(final boolean value) {
            located = value;
            return this;
        }

        /**
         * Builds the header.
         *
         * @return the header
         */
        public PacketHeader build() {
            return new PacketHeader(afi, srcHigh, srcLow, dstHigh, dstLow, proto, srcPort, dstPort, type, code, flags,
                length, dscpValue, fragments, label, located);
        }
    }
}
