/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bytes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class OctetsTest {
    @Test
    void readThenWriteReproducesTheOctetsVerbatim() {
        final ByteBuf in = Unpooled.wrappedBuffer(new byte[] {(byte) 0x80, (byte) 0xf0, 1, 2, 3});
        final Octets octets = Octets.read(in, 4);
        assertEquals(1, in.readableBytes());
        final ByteBuf out = Unpooled.buffer();
        octets.writeTo(out);
        assertEquals("80f00102", ByteBufUtil.hexDump(out));
        assertEquals("80f00102", octets.toString());
        assertEquals(0xf0, octets.get(1));
    }

    @Test
    void copiesAreImmuneToChangesOfTheSourceAndResultArrays() {
        final byte[] source = {1, 2};
        final Octets octets = Octets.copyOf(source);
        source[0] = 9;
        octets.toByteArray()[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, octets.toByteArray());
    }

    @Test
    void equalityIsByContent() {
        assertEquals(Octets.fromHex("01 02"), Octets.copyOf(new byte[] {1, 2}));
        assertEquals(Octets.fromHex("0102").hashCode(), Octets.copyOf(new byte[] {1, 2}).hashCode());
        assertNotEquals(Octets.fromHex("0102"), Octets.fromHex("010200"));
    }

    @Test
    void rendersHexAndAppendsWithoutTouchingEitherSide() {
        final Octets head = Octets.fromHex("0a0b");
        final Octets tail = Octets.fromHex("ff");
        assertEquals("0a0bff", head.append(tail).hex());
        assertEquals("0a0b", head.hex());
        assertEquals(Octets.fromHex("0a0bff"), head.append(tail));
        assertEquals("", Octets.fromHex("").hex());
    }
}
