/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.opendaylight.netconf.shaded.sshd.common.NamedFactory;
import org.opendaylight.netconf.shaded.sshd.common.cipher.BaseCipher;
import org.opendaylight.netconf.shaded.sshd.common.cipher.BaseGCMCipher;
import org.opendaylight.netconf.shaded.sshd.common.cipher.BuiltinCiphers;
import org.opendaylight.netconf.shaded.sshd.common.cipher.Cipher;
import org.opendaylight.netconf.shaded.sshd.common.cipher.CipherInformation;

/**
 * The AES ciphers of the controller's SSH sessions to routers (RFC 4253 section 6.3; AES-GCM as RFC 5647 and
 * OpenSSH name it, AES-CTR as RFC 4344), computed by the JVM's own cryptography providers.
 *
 * <p>The SSH library inside netconf-client takes each cipher engine from BouncyCastle whenever BouncyCastle is
 * present, as it is in the controller. BouncyCastle computes AES and GCM's hash in plain Java; the JDK's provider
 * uses the processor's AES and carry-less multiplication instructions. Pushing 10,000-entry tables to 100 routers,
 * BouncyCastle's AES-GCM was over a quarter of the controller's CPU. The ciphers made here are the library's own
 * (same names, key, IV and tag sizes, the same per-packet invocation counter of RFC 5647 section 7.1); only the
 * {@link javax.crypto.Cipher} engine under them comes from the JVM's providers in their configured order.
 */
final class JvmCiphers {
    /** The library's ciphers that have a JVM engine here, by their SSH name. */
    private static final Map<String, NamedFactory<Cipher>> BY_NAME = Stream.<NamedFactory<Cipher>>of(
            new JvmCipherFactory(BuiltinCiphers.aes128gcm, GcmCipher::new),
            new JvmCipherFactory(BuiltinCiphers.aes256gcm, GcmCipher::new),
            new JvmCipherFactory(BuiltinCiphers.aes128ctr, CtrCipher::new),
            new JvmCipherFactory(BuiltinCiphers.aes192ctr, CtrCipher::new),
            new JvmCipherFactory(BuiltinCiphers.aes256ctr, CtrCipher::new))
        .collect(Collectors.toUnmodifiableMap(NamedFactory::getName, Function.identity()));

    private JvmCiphers() {
        // utility
    }

    /**
     * The same ciphers in the same order, each AES-GCM and AES-CTR one computed by the JVM's providers.
     *
     * @param offered the ciphers the SSH client was configured to offer
     * @return the ciphers to offer instead: same names, same order
     */
    static List<NamedFactory<Cipher>> inPlaceOf(final List<NamedFactory<Cipher>> offered) {
        return offered.stream().map(cipher -> BY_NAME.getOrDefault(cipher.getName(), cipher)).toList();
    }

    /**
     * Makes one of the library's ciphers with a JVM engine.
     *
     * @param builtin the library's cipher: name, sizes, transformation
     * @param maker makes the cipher from them
     */
    private record JvmCipherFactory(BuiltinCiphers builtin, Function<CipherInformation, Cipher> maker)
            implements NamedFactory<Cipher> {
        @Override
        public String getName() {
            return builtin.getName();
        }

        @Override
        public Cipher create() {
            return maker.apply(builtin);
        }
    }

    /**
     * The library's AES-GCM with a JVM engine.
     */
    static final class GcmCipher extends BaseGCMCipher {
        GcmCipher(final CipherInformation builtin) {
            super(builtin.getIVSize(), builtin.getAuthenticationTagSize(), builtin.getKdfSize(), builtin.getAlgorithm(),
                builtin.getKeySize(), builtin.getTransformation(), builtin.getCipherBlockSize());
        }

        @Override
        protected javax.crypto.Cipher createCipherInstance(final Mode mode, final byte[] key, final byte[] iv)
                throws Exception {
            // the library's own step keeps the mode and key and starts the invocation counter from the IV; the
            // engine it looks up from its preferred provider is left unused
            super.createCipherInstance(mode, key, iv);
            return javax.crypto.Cipher.getInstance(getTransformation());
        }

        /**
         * The provider of the engine in use, once {@link #init} ran.
         */
        String provider() {
            return getCipherInstance().getProvider().getName();
        }
    }

    /**
     * The library's AES-CTR with a JVM engine.
     */
    static final class CtrCipher extends BaseCipher {
        CtrCipher(final CipherInformation builtin) {
            super(builtin.getIVSize(), builtin.getAuthenticationTagSize(), builtin.getKdfSize(), builtin.getAlgorithm(),
                builtin.getKeySize(), builtin.getTransformation(), builtin.getCipherBlockSize());
        }

        @Override
        protected javax.crypto.Cipher createCipherInstance(final Mode mode, final byte[] key, final byte[] iv)
                throws Exception {
            final javax.crypto.Cipher created = javax.crypto.Cipher.getInstance(getTransformation());
            created.init(mode == Mode.Encrypt ? javax.crypto.Cipher.ENCRYPT_MODE : javax.crypto.Cipher.DECRYPT_MODE,
                new SecretKeySpec(key, getAlgorithm()), new IvParameterSpec(iv));
            return created;
        }

        /**
         * The provider of the engine in use, once {@link #init} ran.
         */
        String provider() {
            return getCipherInstance().getProvider().getName();
        }
    }
}
