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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendaylight.netconf.shaded.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208.EcPrivateKeyFormat;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208.RsaPrivateKeyFormat;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208.SubjectPublicKeyInfoFormat;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208._private.key.grouping._private.key.type.CleartextPrivateKey;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.keystore.rev240208.inline.or.keystore.asymmetric.key.grouping.inline.or.keystore.Inline;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.keystore.rev240208.inline.or.keystore.asymmetric.key.grouping.inline.or.keystore.inline.InlineDefinition;

/**
 * Login keys (RFC 4252 section 7) read from PEM: keys made here are written as PKCS#8 (RFC 7468 section 10) or
 * OpenSSH text and read back; keys made by ssh-keygen and openssl check that the derived public key is the one those
 * tools print; texts that are not usable keys are refused with a reason and without key material.
 */
class RouterLoginKeyTest {
    /**
     * {@code ssh-keygen -t ecdsa -b 256 -N ""}; {@code ssh-keygen -lf} printed the fingerprint below. A throwaway key.
     */
    private static final String SSH_KEYGEN_ECDSA = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAaAAAABNlY2RzYS
        1zaGEyLW5pc3RwMjU2AAAACG5pc3RwMjU2AAAAQQQvyI9tU0iF2vsGHEK+p72oGkV8fM2V
        +dp8jgPGr6LtdqNsWkh/r5JkDboBOhUFw0Gxt7tfXVNuQ9/YqBxUJIXdAAAAmLMfWvyzH1
        r8AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBC/Ij21TSIXa+wYc
        Qr6nvagaRXx8zZX52nyOA8avou12o2xaSH+vkmQNugE6FQXDQbG3u19dU25D39ioHFQkhd
        0AAAAgNfsxHF89yLYck12fy+E13+VztjTKiNMSKG/5fqJpQi8AAAAA
        -----END OPENSSH PRIVATE KEY-----
        """;
    private static final String SSH_KEYGEN_ECDSA_FINGERPRINT = "SHA256:5tNC/2liB4PXkxyz7ugdKG0pw7DYuXsfk+54WYVg7PM";

    /**
     * {@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384}; the fingerprint is what
     * {@code ssh-keygen -lf} printed for its public key ({@code openssl pkey -pubout}, {@code ssh-keygen -i -m PKCS8}).
     */
    private static final String OPENSSL_P384 = """
        -----BEGIN PRIVATE KEY-----
        MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDCW/8tAsk8GFeqhsAtt
        XKnSZF/CcmnT8o/xJoWd9a1NKkqRpkRO+2H7s+JbBcooPQehZANiAAQsbhGHbP9C
        9nEqg0+2azq2S83Pm0JWiWZlZaggFERL0vwHB6K0A9ZC9wiPQ6vGcKWXp+hV7OK1
        6WXnoWcY2UMLO0tjYVrs9Yk8AmqSKuOQuYbE67Wfk308k7Y3lx6Wd8s=
        -----END PRIVATE KEY-----
        """;
    private static final String OPENSSL_P384_FINGERPRINT = "SHA256:TuUCUKLLFGn1bODrKDWAggdAxWuRL6ngY3eAM8bac48";

    /**
     * {@code ssh-keygen -t ed25519 -N ""}.
     */
    private static final String SSH_KEYGEN_ED25519 = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        QyNTUxOQAAACDqZaXH0LUTofZ+AaYJqSBSmEnXa2Zal2ITms/PRkDZDgAAAIiUrzAUlK8w
        FAAAAAtzc2gtZWQyNTUxOQAAACDqZaXH0LUTofZ+AaYJqSBSmEnXa2Zal2ITms/PRkDZDg
        AAAECI6PpUHA7ZGlWwX/MNgadt+j3UN0zfkRHwjo/LvsKdLuplpcfQtROh9n4BpgmpIFKY
        SddrZlqXYhOaz89GQNkOAAAAAAECAwQF
        -----END OPENSSH PRIVATE KEY-----
        """;

    /**
     * {@code ssh-keygen -t ecdsa -N secret}.
     */
    private static final String SSH_KEYGEN_ENCRYPTED = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABDVylnWkD
        LBoOSzDvhsaJCHAAAAEAAAAAEAAABoAAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlz
        dHAyNTYAAABBBNJby7cauUzhTxSrVylS9r+hTOBZjn/OlMti1mIaw+dqojFOJaslUWgOto
        albkd9TTGEeh/MJpSrhb/G5MRs3jIAAACgFMHOHG6BQj+HsGDWmPcxTsrNVbsZtqoyLcl/
        sHTyHRRS8QMngqPxA2VWxRJZr67efc9Qq+u6tal30g3Tu7B/NSQd18PoCcXuWu+XruvYKf
        rXZzbaKa/H3Y2QH0LHzg20eX4zdJW445nyK6ltuq9V/08oGB4dJ0O2LB/6Ul6Jo6vfxNxQ
        ceDKeUf+PTfTN6wy3etFlsvHqYk+27KPytkB+Q==
        -----END OPENSSH PRIVATE KEY-----
        """;

    @Test
    void rsaPkcs8YieldsItsPublicKeyFromTheCrtForm() throws Exception {
        final KeyPair pair = generate("RSA", null);
        final RouterLoginKey key = RouterLoginKey.parse(pkcs8(pair));
        assertArrayEquals(pair.getPublic().getEncoded(), key.publicKey().getEncoded());
        final InlineDefinition inline = inline(key);
        assertEquals(RsaPrivateKeyFormat.VALUE, inline.getPrivateKeyFormat());
        assertEquals(SubjectPublicKeyInfoFormat.VALUE, inline.getPublicKeyFormat());
        assertArrayEquals(pair.getPrivate().getEncoded(),
            assertInstanceOf(CleartextPrivateKey.class, inline.getPrivateKeyType()).getCleartextPrivateKey());
        assertArrayEquals(pair.getPublic().getEncoded(), inline.getPublicKey());
    }

    @ParameterizedTest
    @ValueSource(strings = { "secp256r1", "secp384r1", "secp521r1" })
    void ecPkcs8YieldsThePublicPointComputedFromThePrivateScalar(final String curve) throws Exception {
        final KeyPair pair = generate("EC", curve);
        final RouterLoginKey key = RouterLoginKey.parse(pkcs8(pair));
        assertArrayEquals(pair.getPublic().getEncoded(), key.publicKey().getEncoded());
        final InlineDefinition inline = inline(key);
        assertEquals(EcPrivateKeyFormat.VALUE, inline.getPrivateKeyFormat());
        assertArrayEquals(pair.getPublic().getEncoded(), inline.getPublicKey());
    }

    @ParameterizedTest
    @ValueSource(strings = { "RSA", "secp256r1", "secp521r1" })
    void openSshTextIsReadWithItsPublicKey(final String kind) throws Exception {
        final KeyPair pair = "RSA".equals(kind) ? generate("RSA", null) : generate("EC", kind);
        final var out = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "router-login", null, out);
        final RouterLoginKey key = RouterLoginKey.parse(out.toString(StandardCharsets.US_ASCII));
        assertArrayEquals(pair.getPublic().getEncoded(), key.publicKey().getEncoded());
        assertArrayEquals(pair.getPrivate().getEncoded(), key.privateKey().getEncoded());
    }

    @Test
    void sshKeygenEcdsaKeyHasTheFingerprintSshKeygenPrinted() throws Exception {
        final RouterLoginKey key = RouterLoginKey.parse(SSH_KEYGEN_ECDSA);
        assertEquals(SSH_KEYGEN_ECDSA_FINGERPRINT, HostKeyFingerprint.sha256(key.publicKey()));
    }

    @Test
    void opensslP384KeyHasTheFingerprintOfItsPublicKey() throws Exception {
        final RouterLoginKey key = RouterLoginKey.parse("\n  " + OPENSSL_P384 + "\n\n");
        assertEquals(OPENSSL_P384_FINGERPRINT, HostKeyFingerprint.sha256(key.publicKey()));
    }

    @Test
    void ed25519IsRefusedWithTheReason() throws Exception {
        final KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertRefused(pkcs8(pair), "it is an Ed25519 or Ed448 key, which the controller's NETCONF client cannot log"
            + " in with yet; use an RSA or ECDSA key");
        assertRefused(SSH_KEYGEN_ED25519, "it is an Ed25519 or Ed448 key, which the controller's NETCONF client "
            + "cannot log in with yet; use an RSA or ECDSA key");
    }

    @Test
    void passphraseProtectedKeysAreRefused() throws Exception {
        assertTrue(refusal(SSH_KEYGEN_ENCRYPTED).startsWith("it is protected by a passphrase; remove it with"));
        assertTrue(refusal("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n")
            .startsWith("it is protected by a passphrase"));
    }

    @Test
    void textsThatAreNoUsableKeyAreRefusedWithTheReason() throws Exception {
        final String body = pkcs8(generate("EC", "secp256r1")).lines().skip(1).findFirst().orElseThrow();
        assertRefused("hello", "it is not an unencrypted '-----BEGIN PRIVATE KEY-----' or "
            + "'-----BEGIN OPENSSH PRIVATE KEY-----' text");
        assertRefused("-----BEGIN PRIVATE KEY-----\n" + body + "\n",
            "its '-----END PRIVATE KEY-----' line is missing");
        assertRefused("-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\nmore",
            "there is text after its '-----END PRIVATE KEY-----' line");
        assertRefused("-----BEGIN PRIVATE KEY-----\n" + body + "*\n-----END PRIVATE KEY-----",
            "its lines between BEGIN and END are not base64");
        assertRefused("-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----",
            "its content is not an RSA or ECDSA private key");
        assertRefused("-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----",
            "its content is not an OpenSSH private key");
        assertRefused("-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----",
            "it is in OpenSSL's traditional form; convert it to PKCS#8 with 'openssl pkcs8 -topk8 -nocrypt' or give "
                + "an unencrypted '-----BEGIN PRIVATE KEY-----' or '-----BEGIN OPENSSH PRIVATE KEY-----' text");
        assertRefused("ecdsa-sha2-nistp256 AAAAE2VjZHNh operator@host", "it is a public key; the controller needs "
            + "the private key, the router holds the public one");
    }

    @Test
    void aCutOpenSshTextIsRefusedWithoutItsContentInTheMessage() {
        // the fourth and fifth of six lines left out: still base64, but the private part ends too soon
        final List<String> lines = SSH_KEYGEN_ECDSA.lines().toList();
        final String cut = String.join("\n", lines.subList(0, 4)) + "\n" + String.join("\n", lines.subList(6, 8));
        final String why = refusal(cut);
        assertEquals("its content is not a well-formed OpenSSH private key", why);
        for (String line : cut.lines().toList()) {
            assertFalse(why.contains(line), "the message shows key material");
        }
    }

    private static void assertRefused(final String pem, final String why) {
        assertEquals(why, refusal(pem));
    }

    private static String refusal(final String pem) {
        return assertThrows(RouterLoginKey.UnreadableKey.class, () -> RouterLoginKey.parse(pem)).getMessage();
    }

    private static InlineDefinition inline(final RouterLoginKey key) {
        return assertInstanceOf(Inline.class, key.identity().getInlineOrKeystore()).getInlineDefinition();
    }

    private static KeyPair generate(final String algorithm, final String curve) throws GeneralSecurityException {
        final KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (curve != null) {
            generator.initialize(new ECGenParameterSpec(curve));
        } else {
            generator.initialize(2048);
        }
        return generator.generateKeyPair();
    }

    private static String pkcs8(final KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    }
}
