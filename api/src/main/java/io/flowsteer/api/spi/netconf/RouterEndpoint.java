/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How to reach one router's NETCONF server over SSH (RFC 6242) with a user name and a password, a private key
 * (public key authentication, RFC 4252 section 7) or both, and which driver speaks its model.
 *
 * @param name router name, as in flowsteer-devices
 * @param host address or host name
 * @param port TCP port
 * @param username SSH user
 * @param password SSH password
 * @param driver driver name, see {@link DeviceDriver#name()}
 * @param hostKeySha256 the pinned SSH host key (RFC 4253 section 8) as OpenSSH's fingerprint
 *     {@code SHA256:<unpadded base64>}, or null to accept any host key
 * @param privateKey the PEM private key to log in with, or null to log in with the password only; never shown by
 *     {@link #toString()}
 */
public record RouterEndpoint(String name, String host, int port, String username, String password, String driver,
        @Nullable String hostKeySha256, @Nullable String privateKey) {
    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]");

    /**
     * Checks the fields.
     */
    public RouterEndpoint {
        requireNonNull(name);
        requireNonNull(host);
        requireNonNull(username);
        requireNonNull(password);
        requireNonNull(driver);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        checkFingerprint(hostKeySha256);
    }

    private static void checkFingerprint(final @Nullable String fingerprint) {
        if (fingerprint != null && !FINGERPRINT.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("host key " + fingerprint + " is not a SHA256:<base64> fingerprint");
        }
    }

    /**
     * An endpoint that logs in with the password only.
     *
     * @param name router name, as in flowsteer-devices
     * @param host address or host name
     * @param port TCP port
     * @param username SSH user
     * @param password SSH password
     * @param driver driver name
     * @param hostKeySha256 the pinned SSH host key, or null to accept any host key
     */
    public RouterEndpoint(final String name, final String host, final int port, final String username,
            final String password, final String driver, final @Nullable String hostKeySha256) {
        this(name, host, port, username, password, driver, hostKeySha256, null);
    }

    /**
     * An endpoint that accepts any SSH host key and logs in with the password only.
     *
     * @param name router name, as in flowsteer-devices
     * @param host address or host name
     * @param port TCP port
     * @param username SSH user
     * @param password SSH password
     * @param driver driver name
     */
    public RouterEndpoint(final String name, final String host, final int port, final String username,
            final String password, final String driver) {
        this(name, host, port, username, password, driver, null, null);
    }

    @Override
    public String toString() {
        return "RouterEndpoint[" + name + " " + username + "@" + host + ":" + port + " driver " + driver
            + (hostKeySha256 == null ? " any host key" : " host key " + hostKeySha256)
            + (privateKey == null ? "" : " with a private key") + "]";
    }
}
