/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.jcajce.provider.asymmetric.util.EC5Util;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.netconf.shaded.sshd.common.NamedResource;
import org.opendaylight.netconf.shaded.sshd.common.config.keys.FilePasswordProvider;
import org.opendaylight.netconf.shaded.sshd.common.config.keys.loader.openssh.OpenSSHKeyPairResourceParser;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208.EcPrivateKeyFormat;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208.RsaPrivateKeyFormat;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208.SubjectPublicKeyInfoFormat;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208._private.key.grouping._private.key.type.CleartextPrivateKeyBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.keystore.rev240208.inline.or.keystore.asymmetric.key.grouping.inline.or.keystore.InlineBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.keystore.rev240208.inline.or.keystore.asymmetric.key.grouping.inline.or.keystore.inline.InlineDefinitionBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev240208.ssh.client.grouping.client.identity.PublicKey;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev240208.ssh.client.grouping.client.identity.PublicKeyBuilder;

/**
 * The key pair the controller logs in to a router with: SSH public key authentication (RFC 4252 section 7), read
 * from the PEM text of {@code device/netconf/private-key}.
 *
 * <p>Accepted are unencrypted RSA and ECDSA (NIST P-256, P-384, P-521; RFC 5656 section 6.2) private keys, as PKCS#8
 * {@code -----BEGIN PRIVATE KEY-----} (RFC 5208 section 5, RFC 7468 section 10) or as OpenSSH
 * {@code -----BEGIN OPENSSH PRIVATE KEY-----}. The public key is derived from the private one: for RSA from the CRT
 * form's modulus and public exponent, for ECDSA as the curve's base point times the private scalar. NETCONF's SSH
 * client (transport-ssh 7.0.7) takes only RSA and EC key pairs, so Ed25519 keys are refused with that reason.
 *
 * <p>No message of this class ever contains key material.
 *
 * @param privateKey the private key
 * @param publicKey its public key
 */
record RouterLoginKey(@NonNull PrivateKey privateKey, java.security.@NonNull PublicKey publicKey) {
    /**
     * The configured text is not a key this controller can log in with; the message says why in operator language.
     */
    static final class UnreadableKey extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableKey(final String why) {
            super(why);
        }

        UnreadableKey(final String why, final Throwable cause) {
            super(why, cause);
        }
    }

    private static final String RSA = "RSA";
    private static final String EC = "EC";
    private static final String PKCS8_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PKCS8_END = "-----END PRIVATE KEY-----";
    private static final String OPENSSH_BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
    private static final String OPENSSH_END = "-----END OPENSSH PRIVATE KEY-----";
    private static final byte[] OPENSSH_MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final List<String> SSH_CURVES = List.of("secp256r1", "secp384r1", "secp521r1");
    private static final String FORMATS = "an unencrypted '" + PKCS8_BEGIN + "' or '" + OPENSSH_BEGIN + "' text";

    /**
     * Checks the fields.
     */
    RouterLoginKey {
        requireNonNull(privateKey);
        requireNonNull(publicKey);
    }

    /**
     * Reads a PEM private key and derives its public key.
     *
     * @param pem the configured text
     * @return the key pair
     * @throws UnreadableKey when the text is not an unencrypted RSA or ECDSA private key in one of the accepted forms
     */
    static @NonNull RouterLoginKey parse(final @NonNull String pem) throws UnreadableKey {
        final String text = pem.strip();
        if (text.startsWith(PKCS8_BEGIN)) {
            return fromPkcs8(body(text, PKCS8_BEGIN, PKCS8_END));
        }
        if (text.startsWith(OPENSSH_BEGIN)) {
            return fromOpenSsh(text, body(text, OPENSSH_BEGIN, OPENSSH_END));
        }
        if (text.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED")) {
            throw new UnreadableKey("it is protected by a passphrase; give " + FORMATS);
        }
        if (text.startsWith("-----BEGIN RSA PRIVATE KEY-----") || text.startsWith("-----BEGIN EC PRIVATE KEY-----")) {
            throw new UnreadableKey("it is in OpenSSL's traditional form; convert it to PKCS#8 with "
                + "'openssl pkcs8 -topk8 -nocrypt' or give " + FORMATS);
        }
        if (text.startsWith("-----BEGIN PUBLIC KEY-----") || text.startsWith("ssh-") || text.startsWith("ecdsa-")) {
            throw new UnreadableKey("it is a public key; the controller needs the private key, the router holds the "
                + "public one");
        }
        throw new UnreadableKey("it is not " + FORMATS);
    }

    /**
     * The key as the client identity of ietf-ssh-client ({@code client-identity/public-key}, inline key pair of
     * ietf-crypto-types). The private key goes as cleartext PKCS#8 bytes, the public key as SubjectPublicKeyInfo
     * (RFC 5280 section 4.1.2.7); transport-ssh 7.0.7 reads the private key bytes as PKCS#8 and takes the format
     * identity only for the algorithm.
     *
     * @return the identity
     */
    @NonNull PublicKey identity() {
        return new PublicKeyBuilder()
            .setInlineOrKeystore(new InlineBuilder()
                .setInlineDefinition(new InlineDefinitionBuilder()
                    .setPrivateKeyFormat(RSA.equals(privateKey.getAlgorithm()) ? RsaPrivateKeyFormat.VALUE
                        : EcPrivateKeyFormat.VALUE)
                    .setPrivateKeyType(new CleartextPrivateKeyBuilder()
                        .setCleartextPrivateKey(privateKey.getEncoded())
                        .build())
                    .setPublicKeyFormat(SubjectPublicKeyInfoFormat.VALUE)
                    .setPublicKey(publicKey.getEncoded())
                    .build())
                .build())
            .build();
    }

    @Override
    public String toString() {
        return "RouterLoginKey[" + privateKey.getAlgorithm() + "]";
    }

    private static String body(final String text, final String begin, final String end) throws UnreadableKey {
        final int stop = text.indexOf(end);
        if (stop < 0) {
            throw new UnreadableKey("its '" + end + "' line is missing");
        }
        if (!text.substring(stop + end.length()).isBlank()) {
            throw new UnreadableKey("there is text after its '" + end + "' line");
        }
        return text.substring(begin.length(), stop);
    }

    private static byte[] base64(final String body) throws UnreadableKey {
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(body).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new UnreadableKey("its lines between BEGIN and END are not base64", e);
        }
    }

    private static RouterLoginKey fromPkcs8(final String body) throws UnreadableKey {
        final var spec = new PKCS8EncodedKeySpec(base64(body));
        final PrivateKey key = privateKey(spec, RSA);
        if (key != null) {
            return checked(key, rsaPublic(key));
        }
        final PrivateKey ecKey = privateKey(spec, EC);
        if (ecKey != null) {
            return checked(ecKey, ecPublic(ecKey));
        }
        if (privateKey(spec, "Ed25519") != null || privateKey(spec, "Ed448") != null) {
            throw edwards();
        }
        throw new UnreadableKey("its content is not an RSA or ECDSA private key");
    }

    // The parser of the SSH library reports malformed content with runtime exceptions as well
    @SuppressWarnings("checkstyle:IllegalCatch")
    private static RouterLoginKey fromOpenSsh(final String text, final String body) throws UnreadableKey {
        final ByteBuffer blob = ByteBuffer.wrap(base64(body));
        final byte[] magic = new byte[OPENSSH_MAGIC.length];
        if (blob.remaining() < magic.length + Integer.BYTES) {
            throw new UnreadableKey("its content is cut short");
        }
        blob.get(magic);
        if (!Arrays.equals(magic, OPENSSH_MAGIC)) {
            throw new UnreadableKey("its content is not an OpenSSH private key");
        }
        final int cipherLength = blob.getInt();
        if (cipherLength < 0 || cipherLength > blob.remaining()) {
            throw new UnreadableKey("its content is cut short");
        }
        final byte[] cipher = new byte[cipherLength];
        blob.get(cipher);
        if (!"none".equals(new String(cipher, StandardCharsets.US_ASCII))) {
            throw new UnreadableKey("it is protected by a passphrase; remove it with 'ssh-keygen -p -N \"\"' or give "
                + FORMATS);
        }
        final Collection<KeyPair> pairs;
        try {
            pairs = OpenSSHKeyPairResourceParser.INSTANCE.loadKeyPairs(null, NamedResource.ofName("private-key"),
                FilePasswordProvider.EMPTY, text);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new UnreadableKey("its content is not a well-formed OpenSSH private key", e);
        }
        if (pairs.size() != 1) {
            throw new UnreadableKey("it holds " + pairs.size() + " keys instead of one");
        }
        final KeyPair pair = pairs.iterator().next();
        final String algorithm = pair.getPrivate().getAlgorithm();
        if (RSA.equals(algorithm)) {
            return checked(pair.getPrivate(), pair.getPublic());
        }
        if (EC.equals(algorithm) || "ECDSA".equals(algorithm)) {
            // the SSH library spells the curve out; named again, the keys encode as OpenSSL and ssh-keygen write them
            final ECPrivateKey ec = (ECPrivateKey) pair.getPrivate();
            final ECParameterSpec named = ecCurve(ec);
            try {
                final KeyFactory factory = KeyFactory.getInstance(EC);
                return checked(factory.generatePrivate(new ECPrivateKeySpec(ec.getS(), named)),
                    factory.generatePublic(new ECPublicKeySpec(((ECPublicKey) pair.getPublic()).getW(), named)));
            } catch (GeneralSecurityException | ClassCastException e) {
                throw new UnreadableKey("its ECDSA key cannot be read", e);
            }
        }
        if (algorithm.startsWith("Ed")) {
            throw edwards();
        }
        throw new UnreadableKey("it is an " + algorithm + " key; only RSA and ECDSA keys are accepted");
    }

    private static UnreadableKey edwards() {
        return new UnreadableKey("it is an Ed25519 or Ed448 key, which the controller's NETCONF client cannot log in "
            + "with yet; use an RSA or ECDSA key");
    }

    // A key factory may report malformed DER with runtime exceptions as well; any failure means "not this algorithm"
    @SuppressWarnings("checkstyle:IllegalCatch")
    private static @Nullable PrivateKey privateKey(final PKCS8EncodedKeySpec spec, final String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(spec);
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private static java.security.PublicKey rsaPublic(final PrivateKey key) throws UnreadableKey {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new UnreadableKey("the RSA key lacks its public exponent (it is not in CRT form)");
        }
        try {
            return KeyFactory.getInstance(RSA).generatePublic(new RSAPublicKeySpec(crt.getModulus(),
                crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new UnreadableKey("its RSA public key cannot be derived", e);
        }
    }

    private static java.security.PublicKey ecPublic(final PrivateKey key) throws UnreadableKey {
        final ECPrivateKey ec = (ECPrivateKey) key;
        final ECParameterSpec params = ecCurve(ec);
        final var bcParams = EC5Util.convertSpec(params);
        final var point = EC5Util.convertPoint(bcParams.getG().multiply(ec.getS()).normalize());
        try {
            return KeyFactory.getInstance(EC).generatePublic(new ECPublicKeySpec(point, params));
        } catch (GeneralSecurityException e) {
            throw new UnreadableKey("its ECDSA public key cannot be derived", e);
        }
    }

    private static ECParameterSpec ecCurve(final ECPrivateKey key) throws UnreadableKey {
        final ECParameterSpec params = key.getParams();
        for (String name : SSH_CURVES) {
            final ECParameterSpec known = namedCurve(name);
            if (known.getCurve().equals(params.getCurve()) && known.getOrder().equals(params.getOrder())
                    && known.getGenerator().equals(params.getGenerator())) {
                return known;
            }
        }
        throw new UnreadableKey("its elliptic curve is not NIST P-256, P-384 or P-521, the curves SSH signs with");
    }

    private static ECParameterSpec namedCurve(final String name) {
        try {
            final AlgorithmParameters parameters = AlgorithmParameters.getInstance(EC);
            parameters.init(new ECGenParameterSpec(name));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime lacks curve " + name, e);
        }
    }

    // Both halves sign and verify one message, so a public key that does not belong is found here, not by the router.
    private static RouterLoginKey checked(final PrivateKey privateKey, final java.security.PublicKey publicKey)
            throws UnreadableKey {
        final String algorithm = RSA.equals(privateKey.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
        final byte[] message = "flowsteer router login key check".getBytes(StandardCharsets.US_ASCII);
        try {
            final Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(message);
            final byte[] signature = signer.sign();
            final Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(message);
            if (verifier.verify(signature)) {
                return new RouterLoginKey(privateKey, publicKey);
            }
        } catch (GeneralSecurityException e) {
            throw new UnreadableKey("it cannot sign with its algorithm", e);
        }
        throw new UnreadableKey("its public half does not belong to its private half");
    }
}
