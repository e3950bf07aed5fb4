/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendaylight.netconf.shaded.sshd.common.NamedFactory;
import org.opendaylight.netconf.shaded.sshd.common.NamedResource;
import org.opendaylight.netconf.shaded.sshd.common.cipher.BuiltinCiphers;
import org.opendaylight.netconf.shaded.sshd.common.cipher.Cipher;
import org.opendaylight.netconf.shaded.sshd.common.cipher.Cipher.Mode;

/**
 * The JVM-engine ciphers against the SSH library's own: same names and order, and packet for packet the same bytes
 * both ways, across the per-packet counter of AES-GCM (RFC 5647 section 7.1) and AES-CTR's running counter.
 */
class JvmCiphersTest {
    private static final int PACKETS = 40;

    @Test
    void replacesTheAesCiphersInPlaceAndKeepsTheOthers() {
        final List<NamedFactory<Cipher>> offered = List.of(BuiltinCiphers.aes128gcm, BuiltinCiphers.cc20p1305_openssh,
            BuiltinCiphers.aes256ctr, BuiltinCiphers.aes128cbc, BuiltinCiphers.aes192ctr, BuiltinCiphers.aes128ctr);
        final List<NamedFactory<Cipher>> replaced = JvmCiphers.inPlaceOf(offered);
        assertEquals(offered.stream().map(NamedResource::getName).toList(),
            replaced.stream().map(NamedResource::getName).toList());
        for (int i = 0; i < offered.size(); i++) {
            final String name = offered.get(i).getName();
            if (name.startsWith("aes") && (name.contains("gcm") || name.contains("ctr"))) {
                assertNotSame(offered.get(i), replaced.get(i), name);
            } else {
                assertSame(offered.get(i), replaced.get(i), name);
            }
        }
        assertInstanceOf(JvmCiphers.GcmCipher.class, replaced.get(0).create());
        assertInstanceOf(JvmCiphers.CtrCipher.class, replaced.get(2).create());
    }

    @ParameterizedTest
    @EnumSource(value = BuiltinCiphers.class, names = { "aes128gcm", "aes256gcm", "aes128ctr", "aes192ctr",
        "aes256ctr" })
    void packetsMatchTheLibrarysCipherBothWays(final BuiltinCiphers builtin) throws Exception {
        final Random random = new Random(builtin.ordinal());
        final byte[] key = bytes(random, builtin.getKdfSize());
        final byte[] iv = bytes(random, builtin.getIVSize());
        final Cipher ours = JvmCiphers.inPlaceOf(List.of(builtin)).get(0).create();
        final Cipher theirs = builtin.create();
        ours.init(Mode.Encrypt, key.clone(), iv.clone());
        theirs.init(Mode.Decrypt, key.clone(), iv.clone());
        final Cipher oursBack = JvmCiphers.inPlaceOf(List.of(builtin)).get(0).create();
        final Cipher theirsOut = builtin.create();
        oursBack.init(Mode.Decrypt, key.clone(), iv.clone());
        theirsOut.init(Mode.Encrypt, key.clone(), iv.clone());

        final int aad = builtin.getAuthenticationTagSize() > 0 ? Integer.BYTES : 0;
        for (int packet = 0; packet < PACKETS; packet++) {
            // a packet: the clear length field (the additional authenticated data of GCM), a payload of whole
            // cipher blocks, room for the tag
            final int length = builtin.getCipherBlockSize() * (1 + random.nextInt(64));
            final byte[] plain = bytes(random, aad + length + builtin.getAuthenticationTagSize());
            final byte[] byUs = plain.clone();
            final byte[] byThem = plain.clone();
            packet(ours, byUs, aad, length);
            packet(theirsOut, byThem, aad, length);
            assertArrayEquals(byThem, byUs, "packet " + packet + " encrypted as the library does");
            assertFalse(Arrays.equals(plain, byUs), "packet " + packet + " was encrypted");

            packet(theirs, byUs, aad, length);
            assertArrayEquals(Arrays.copyOf(plain, aad + length), Arrays.copyOf(byUs, aad + length),
                "packet " + packet + " decrypted by the library");
            packet(oursBack, byThem, aad, length);
            assertArrayEquals(Arrays.copyOf(plain, aad + length), Arrays.copyOf(byThem, aad + length),
                "packet " + packet + " decrypted by us");
        }
        assertNotEquals("BC", provider(ours), "the engine comes from the JVM's providers");
        assertEquals(javax.crypto.Cipher.getInstance(builtin.getTransformation()).getProvider().getName(),
            provider(ours));
    }

    @ParameterizedTest
    @EnumSource(value = BuiltinCiphers.class, names = { "aes128gcm", "aes256gcm" })
    void aTamperedGcmPacketIsRefused(final BuiltinCiphers builtin) throws Exception {
        final Random random = new Random(7);
        final byte[] key = bytes(random, builtin.getKdfSize());
        final byte[] iv = bytes(random, builtin.getIVSize());
        final Cipher sender = builtin.create();
        final Cipher receiver = JvmCiphers.inPlaceOf(List.of(builtin)).get(0).create();
        sender.init(Mode.Encrypt, key.clone(), iv.clone());
        receiver.init(Mode.Decrypt, key.clone(), iv.clone());
        final byte[] packet = bytes(random, Integer.BYTES + 64 + builtin.getAuthenticationTagSize());
        sender.updateWithAAD(packet, 0, Integer.BYTES, 64);
        packet[Integer.BYTES + 3] ^= 1;
        assertThrows(Exception.class, () -> receiver.updateWithAAD(packet, 0, Integer.BYTES, 64));
    }

    /** One packet, as the SSH library passes it: AEAD ciphers with the length field as additional data. */
    private static void packet(final Cipher cipher, final byte[] buffer, final int aad, final int length)
            throws Exception {
        if (aad > 0) {
            cipher.updateWithAAD(buffer, 0, aad, length);
        } else {
            cipher.update(buffer, 0, length);
        }
    }

    private static String provider(final Cipher cipher) {
        return cipher instanceof JvmCiphers.GcmCipher gcm ? gcm.provider() : ((JvmCiphers.CtrCipher) cipher).provider();
    }

    private static byte[] bytes(final Random random, final int size) {
        final byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }
}
