/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of encoding and decoding the action communities of one typical rule: an EXTENDED_COMMUNITIES value
 * (RFC 4360 section 2) with traffic-rate-bytes, traffic-action, redirect to VRF, traffic-marking and redirect to
 * IPv4 (RFC 8955 section 7, draft-ietf-idr-flowspec-redirect-ip), 40 octets, and an
 * IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY value (RFC 5701 section 2) with one redirect to IPv6, 20 octets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtendedCommunityCodecBenchmark {
    private final ExtendedCommunityCodec codec = new ExtendedCommunityCodec();
    private List<RegularExtendedCommunity> communities;
    private List<Ipv6ExtendedCommunity> ipv6Communities;
    private ByteBuf out;
    private ByteBuf in;
    private ByteBuf ipv6In;

    /**
     * Builds the communities and their encodings.
     *
     * @throws UnknownHostException never, the literals are numeric
     */
    @Setup
    public void setup() throws UnknownHostException {
        communities = List.of(
            new TrafficRateBytes(64512, 1_250_000f),
            new TrafficAction(true, false),
            new RedirectToVrfAs4(4_200_000_001L, 100),
            new TrafficMarking(46),
            new RedirectToIpv4((Inet4Address) InetAddress.getByName("192.0.2.1"), false));
        ipv6Communities = List.of(new RedirectToIpv6((Inet6Address) InetAddress.getByName("2001:db8::1"), true));
        out = Unpooled.buffer(64);
        in = Unpooled.buffer(64);
        codec.encodeAttribute(communities, in);
        ipv6In = Unpooled.buffer(32);
        codec.encodeIpv6Attribute(ipv6Communities, ipv6In);
    }

    /**
     * Encodes the five communities into a reused buffer.
     *
     * @return the buffer, so the work is not eliminated
     */
    @Benchmark
    public ByteBuf encodeAttribute() {
        out.clear();
        codec.encodeAttribute(communities, out);
        return out;
    }

    /**
     * Decodes the five communities from a reused buffer.
     *
     * @return the decoded communities
     * @throws WireFormatException never, the input is valid
     */
    @Benchmark
    public List<RegularExtendedCommunity> decodeAttribute() throws WireFormatException {
        in.readerIndex(0);
        return codec.decodeAttribute(in);
    }

    /**
     * Encodes the redirect to IPv6 into a reused buffer.
     *
     * @return the buffer, so the work is not eliminated
     */
    @Benchmark
    public ByteBuf encodeIpv6Attribute() {
        out.clear();
        codec.encodeIpv6Attribute(ipv6Communities, out);
        return out;
    }

    /**
     * Decodes the redirect to IPv6 from a reused buffer.
     *
     * @return the decoded communities
     * @throws WireFormatException never, the input is valid
     */
    @Benchmark
    public List<Ipv6ExtendedCommunity> decodeIpv6Attribute() throws WireFormatException {
        ipv6In.readerIndex(0);
        return codec.decodeIpv6Attribute(ipv6In);
    }
}
