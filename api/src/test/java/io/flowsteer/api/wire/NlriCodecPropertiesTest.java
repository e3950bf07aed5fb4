/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Property tests: decode(encode(x)) == x for random valid FSv1 and FSv2 NLRIs, and random mutations of valid
 * encodings only ever produce WireFormatException (never another exception), with whatever still decodes being
 * re-encodable.
 */
class NlriCodecPropertiesTest {
    private static final Fsv2NlriCodec FSV2_V4 = new Fsv2NlriCodec(Fsv2Config.DEFAULT, Afi.IPV4);
    private static final Fsv2NlriCodec FSV2_V6 = new Fsv2NlriCodec(Fsv2Config.DEFAULT, Afi.IPV6);

    private static Afi afi(final long seed) {
        return (seed & 1) == 0 ? Afi.IPV4 : Afi.IPV6;
    }

    @Property(tries = 2000)
    void fsv1DecodeOfEncodeIsIdentity(@ForAll final long seed) throws WireFormatException {
        final boolean vpn = (seed & 2) != 0;
        final Fsv1Nlri nlri = new RandomRules(seed).fsv1(afi(seed), vpn);
        final Fsv1NlriCodec codec = new Fsv1NlriCodec(afi(seed), vpn);
        final byte[] wire = codec.encode(nlri);
        final ByteBuf buf = Unpooled.wrappedBuffer(wire);
        assertEquals(nlri, codec.decode(buf));
        assertEquals(0, buf.readableBytes());
        assertArrayEquals(wire, codec.encode(codec.decode(Unpooled.wrappedBuffer(wire))));
    }

    @Property(tries = 2000)
    void fsv2DecodeOfEncodeIsIdentity(@ForAll final long seed) throws WireFormatException {
        final Fsv2Nlri nlri = new RandomRules(seed).fsv2(afi(seed));
        final Fsv2NlriCodec codec = afi(seed) == Afi.IPV4 ? FSV2_V4 : FSV2_V6;
        final ByteBuf buf = Unpooled.wrappedBuffer(codec.encode(nlri));
        assertEquals(nlri, codec.decode(buf));
        assertEquals(0, buf.readableBytes());
    }

    @Property(tries = 3000)
    void fsv1MutationsOnlyYieldWireFormatException(@ForAll final long seed) {
        final boolean vpn = (seed & 2) != 0;
        final RandomRules rules = new RandomRules(seed);
        final Fsv1NlriCodec codec = new Fsv1NlriCodec(afi(seed), vpn);
        final ByteBuf field = Unpooled.buffer();
        codec.encode(rules.fsv1(afi(seed), vpn), field);
        codec.encode(rules.fsv1(afi(seed), vpn), field);
        final byte[] mutated = mutate(field, new Random(seed));
        try {
            for (Fsv1Nlri decoded : codec.decodeAll(Unpooled.wrappedBuffer(mutated)).nlris()) {
                // whatever decodes re-encodes, and the re-encoding decodes to the same rule
                assertEquals(decoded, codec.decode(Unpooled.wrappedBuffer(codec.encode(decoded))));
            }
        } catch (WireFormatException expected) {
            // the only exception a decoder may throw
        }
    }

    @Property(tries = 3000)
    void fsv2MutationsOnlyYieldWireFormatException(@ForAll final long seed) {
        final RandomRules rules = new RandomRules(seed);
        final Fsv2NlriCodec codec = afi(seed) == Afi.IPV4 ? FSV2_V4 : FSV2_V6;
        final ByteBuf field = Unpooled.buffer();
        codec.encode(rules.fsv2(afi(seed)), field);
        codec.encode(rules.fsv2(afi(seed)), field);
        final byte[] mutated = mutate(field, new Random(seed));
        try {
            for (Fsv2Nlri decoded : codec.decodeAll(Unpooled.wrappedBuffer(mutated)).nlris()) {
                // whatever decodes re-encodes, and the re-encoding decodes to the same rule
                assertEquals(decoded, codec.decode(Unpooled.wrappedBuffer(codec.encode(decoded))));
            }
        } catch (WireFormatException expected) {
            // the only exception a decoder may throw
        }
    }

    private static byte[] mutate(final ByteBuf field, final Random random) {
        byte[] bytes = new byte[field.readableBytes()];
        field.readBytes(bytes);
        final int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations && bytes.length > 0; i++) {
            final int pos = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[pos] = (byte) random.nextInt(256);
                case 1 -> bytes[pos] ^= (byte) (1 << random.nextInt(8));
                case 2 -> bytes = Arrays.copyOf(bytes, pos);
                case 3 -> {
                    final byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, pos);
                    longer[pos] = (byte) random.nextInt(256);
                    System.arraycopy(bytes, pos, longer, pos + 1, bytes.length - pos);
                    bytes = longer;
                }
                default -> bytes[pos] = (byte) (random.nextBoolean() ? 0xff : 0);
            }
        }
        return bytes;
    }
}
