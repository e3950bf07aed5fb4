/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
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
 * Throughput of FSv1 NLRI encode and decode for a typical rule (RFC 8955 section 4): destination and source
 * prefix, protocol, a port range, TCP flags and DSCP.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Fsv1CodecBenchmark {
    private final Fsv1NlriCodec codec = new Fsv1NlriCodec(Afi.IPV4, false);
    private Fsv1Nlri nlri;
    private ByteBuf out;
    private ByteBuf in;

    /**
     * Builds the rule and its encoding.
     */
    @Setup
    public void setup() {
        nlri = new Fsv1Nlri(Afi.IPV4,
            IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {(byte) 192, 0, 2, 0}, 24),
            IpPrefixComponent.ipv4(ComponentType.SOURCE_PREFIX, new byte[] {(byte) 203, 0, 113, 0}, 24),
            NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6),
            new NumericComponent(ComponentType.DESTINATION_PORT, List.of(
                new NumericTerm(false, NumericTerm.GT | NumericTerm.EQ, 137),
                new NumericTerm(true, NumericTerm.LT | NumericTerm.EQ, 139),
                new NumericTerm(false, NumericTerm.EQ, 8080))),
            new BitmaskComponent(ComponentType.TCP_FLAGS, List.of(new BitmaskTerm(false, false, true, 0x02))),
            NumericComponent.anyOf(ComponentType.DSCP, 46));
        out = Unpooled.buffer(256);
        in = Unpooled.wrappedBuffer(codec.encode(nlri));
    }

    /**
     * Encodes the rule into a reused buffer.
     *
     * @return the buffer, so the work is not eliminated
     */
    @Benchmark
    public ByteBuf encode() {
        out.clear();
        codec.encode(nlri, out);
        return out;
    }

    /**
     * Decodes the rule from a reused buffer.
     *
     * @return the decoded rule
     * @throws WireFormatException never, the input is valid
     */
    @Benchmark
    public Fsv1Nlri decode() throws WireFormatException {
        in.readerIndex(0);
        return codec.decode(in);
    }
}
