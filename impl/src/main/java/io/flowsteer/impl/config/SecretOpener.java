/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.config;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.secret.SealedSecret;
import java.security.GeneralSecurityException;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.aaa.encrypt.AAAEncryptionService;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Secret;

/**
 * Opens the secrets of {@code flowsteer-devices} where they are used, and nowhere else: a router's NETCONF password
 * and private key when its session is set up, a BGP peer's TCP-MD5 key when the socket is signed. They are stored
 * sealed ({@link SealedSecret}) with the controller's key, ODL AAA's encryption service.
 */
public final class SecretOpener {
    private final SealedSecret.Cipher decrypt;

    /**
     * An opener with a decryption of its own.
     *
     * @param decrypt the decryption the secrets were sealed for
     */
    public SecretOpener(final SealedSecret.@NonNull Cipher decrypt) {
        this.decrypt = requireNonNull(decrypt);
    }

    /**
     * The opener of this controller's secrets.
     *
     * @param encryption AAA's encryption service, which holds the controller's key
     * @return the opener
     */
    public static @NonNull SecretOpener of(final @NonNull AAAEncryptionService encryption) {
        return new SecretOpener(encryption::decrypt);
    }

    /**
     * Opens a stored secret.
     *
     * @param device the router's name, for the message
     * @param field the field, such as {@code netconf/password}
     * @param stored the value as stored
     * @return the secret
     * @throws IllegalArgumentException when it cannot be opened, with a sentence that says why and what to do, and
     *     never the value
     */
    public @NonNull String open(final @NonNull String device, final @NonNull String field,
            final @NonNull Secret stored) {
        try {
            return SealedSecret.open(stored.getValue(), decrypt);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("device " + device + ": " + field + " cannot be read, "
                + (SealedSecret.isSealed(stored.getValue())
                    ? "it was sealed with another controller's key (a configuration copied from elsewhere?)"
                    : "it was stored without being sealed") + "; write it again through RESTCONF", e);
        }
    }
}
