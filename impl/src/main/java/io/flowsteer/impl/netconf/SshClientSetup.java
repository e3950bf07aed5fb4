/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static java.util.Objects.requireNonNull;

import org.opendaylight.netconf.shaded.sshd.client.ClientFactoryManager;
import org.opendaylight.netconf.transport.ssh.ClientFactoryManagerConfigurator;

/**
 * What the controller sets on netconf-client's SSH client for one connection attempt, after netconf-client applied
 * the configured transport parameters: the host key check ({@link HostKeyVerifier}, RFC 4253 section 8), and the
 * offered AES ciphers computed by the JVM's providers ({@link JvmCiphers}, same names in the same order).
 */
final class SshClientSetup extends ClientFactoryManagerConfigurator {
    private final HostKeyVerifier hostKey;

    SshClientSetup(final HostKeyVerifier hostKey) {
        this.hostKey = requireNonNull(hostKey);
    }

    @Override
    protected void configureClientFactoryManager(final ClientFactoryManager factoryManager) {
        factoryManager.setServerKeyVerifier(hostKey);
        factoryManager.setCipherFactories(JvmCiphers.inPlaceOf(factoryManager.getCipherFactories()));
    }
}
