/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import io.flowsteer.api.spi.netconf.HostKeyCheck;
import java.net.SocketAddress;
import java.security.PublicKey;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.netconf.shaded.sshd.client.keyverifier.ServerKeyVerifier;
import org.opendaylight.netconf.shaded.sshd.client.session.ClientSession;

/**
 * Checks the server host key of one SSH connection attempt during key exchange (RFC 4253 section 8), before the
 * user is authenticated and before any NETCONF message (RFC 6242 section 3): with a pinned fingerprint only that
 * key is accepted, without one any key is. Either way the presented key's fingerprint is remembered for the
 * status. Installed into netconf-client's SSH client by {@link SshClientSetup}.
 */
final class HostKeyVerifier implements ServerKeyVerifier {
    private final @Nullable String pinned;
    private volatile @Nullable String presented;

    /**
     * A verifier for one connection attempt.
     *
     * @param pinned the pinned {@code SHA256:} fingerprint, or null to accept any key
     */
    HostKeyVerifier(final @Nullable String pinned) {
        this.pinned = pinned;
    }

    @Override
    public boolean verifyServerKey(final ClientSession clientSession, final SocketAddress remoteAddress,
            final PublicKey serverKey) {
        final String fingerprint;
        try {
            fingerprint = HostKeyFingerprint.sha256(serverKey);
        } catch (IllegalArgumentException e) {
            return false;
        }
        presented = fingerprint;
        return pinned == null || pinned.equals(fingerprint);
    }

    /**
     * The pinned fingerprint.
     *
     * @return it, or null when any key is accepted
     */
    @Nullable String pinned() {
        return pinned;
    }

    /**
     * The fingerprint of the key the server presented.
     *
     * @return it, or null when the key exchange did not get that far
     */
    @Nullable String presented() {
        return presented;
    }

    /**
     * How the presented key compared with the pin.
     *
     * @return the outcome, or null when no key was presented
     */
    @Nullable HostKeyCheck check() {
        final String seen = presented;
        if (seen == null) {
            return null;
        }
        if (pinned == null) {
            return HostKeyCheck.NOT_PINNED;
        }
        return pinned.equals(seen) ? HostKeyCheck.MATCHED : HostKeyCheck.MISMATCHED;
    }
}
