/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import io.flowsteer.api.spi.netconf.HostKeyCheck;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.netconf.api.CapabilityURN;
import org.opendaylight.netconf.api.NetconfTerminationReason;
import org.opendaylight.netconf.api.messages.NetconfMessage;
import org.opendaylight.netconf.client.NetconfClientFactory;
import org.opendaylight.netconf.client.NetconfClientSession;
import org.opendaylight.netconf.client.NetconfClientSessionListener;
import org.opendaylight.netconf.client.conf.NetconfClientConfiguration.NetconfClientProtocol;
import org.opendaylight.netconf.client.conf.NetconfClientConfigurationBuilder;
import org.opendaylight.netconf.transport.api.UnsupportedConfigurationException;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.iana.ssh.encryption.algs.rev240208.AEADAES128GCM;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.iana.ssh.encryption.algs.rev240208.Aes128Ctr;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.iana.ssh.encryption.algs.rev240208.Aes192Ctr;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.iana.ssh.encryption.algs.rev240208.Aes256Ctr;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.iana.ssh.encryption.algs.rev240208.EncryptionAlgBase;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208.password.grouping.password.type.CleartextPasswordBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Host;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Uri;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.netconf.client.rev240208.netconf.client.initiate.stack.grouping.transport.ssh.ssh.SshClientParametersBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.netconf.client.rev240208.netconf.client.initiate.stack.grouping.transport.ssh.ssh.TcpClientParametersBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev240208.ssh.client.grouping.ClientIdentity;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev240208.ssh.client.grouping.ClientIdentityBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev240208.ssh.client.grouping.TransportParamsBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev240208.ssh.client.grouping.client.identity.PasswordBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.common.rev240208.transport.params.grouping.EncryptionBuilder;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.w3c.dom.Document;

/**
 * One NETCONF over SSH session to a router (RFC 6241, RFC 6242) opened with netconf-client, carrying one RPC at a
 * time. The owner is told once when the session goes down.
 *
 * <p>The controller's hello (RFC 6241 section 8.1) offers base:1.0 and base:1.1 only. netconf-client would otherwise
 * also offer EXI and, with a router that offers it too, switch the session to EXI encoding; its EXI decoder adds
 * every string value of a message to a list it searches linearly, so reading a 10,000-entry table back took
 * seconds of CPU per get-config. Plain XML with chunked framing (RFC 6242 section 4.2) costs a fraction of that.
 */
final class RouterSession implements NetconfClientSessionListener, AutoCloseable {
    /** The capabilities of the controller's hello: the base protocol, no EXI. */
    private static final List<Uri> HELLO_CAPABILITIES = List.of(new Uri(CapabilityURN.BASE),
        new Uri(CapabilityURN.BASE_1_1));
    /**
     * The ciphers the controller offers, in its order of preference (RFC 4253 section 7.1): AES-GCM (RFC 5647), then
     * AES-CTR (RFC 4344). The SSH library would otherwise prefer chacha20-poly1305, which it computes in plain Java:
     * it was a quarter of the controller's CPU while pushing 10,000-entry tables, where AES has processor support
     * (which {@link JvmCiphers} puts to use). AES-256-GCM is left out because netconf transport-ssh 7.0.7 maps its
     * name onto AES-256-CBC.
     */
    private static final List<EncryptionAlgBase> CIPHERS = List.of(AEADAES128GCM.VALUE, Aes256Ctr.VALUE,
        Aes192Ctr.VALUE, Aes128Ctr.VALUE);

    /**
     * The session broke, could not be opened, or an RPC timed out.
     */
    static final class TransportFailure extends Exception {
        private static final long serialVersionUID = 1L;

        private final @Nullable String hostKey;
        private final @Nullable HostKeyCheck hostKeyCheck;

        TransportFailure(final String message, final @Nullable Throwable cause) {
            this(message, cause, null, null);
        }

        TransportFailure(final String message, final @Nullable Throwable cause, final @Nullable String hostKey,
                final @Nullable HostKeyCheck hostKeyCheck) {
            super(message, cause);
            this.hostKey = hostKey;
            this.hostKeyCheck = hostKeyCheck;
        }

        /**
         * The host key the router presented before the failure, if the attempt got that far.
         */
        @Nullable String hostKey() {
            return hostKey;
        }

        /**
         * How it compared with the pin, if the attempt got that far.
         */
        @Nullable HostKeyCheck hostKeyCheck() {
            return hostKeyCheck;
        }
    }

    /**
     * The router presented another SSH host key than the pinned one (RFC 4253 section 8): the session was refused
     * during key exchange, before authentication and before any NETCONF message.
     */
    static final class HostKeyMismatch extends Exception {
        private static final long serialVersionUID = 1L;

        private final String presented;
        private final String pinned;

        HostKeyMismatch(final String presented, final String pinned, final @Nullable Throwable cause) {
            super("host key " + presented + " does not match the pinned " + pinned
                + "; session refused before any RPC", cause);
            this.presented = presented;
            this.pinned = pinned;
        }

        String presented() {
            return presented;
        }

        String pinned() {
            return pinned;
        }
    }

    private final Runnable onDown;
    private final HostKeyVerifier hostKey;
    private @Nullable NetconfClientSession session;
    private @Nullable CompletableFuture<NetconfMessage> pending;
    private boolean down;

    private RouterSession(final Runnable onDown, final HostKeyVerifier hostKey) {
        this.onDown = onDown;
        this.hostKey = hostKey;
    }

    /**
     * Opens a session and waits for the hello exchange (RFC 6241 section 8.1). The router's SSH host key is checked
     * against {@link RouterEndpoint#hostKeySha256()} when one is pinned (RFC 4253 section 8). With a private key the
     * controller offers public key authentication (RFC 4252 section 7); a key that cannot be read opens no session.
     *
     * @param factory netconf-client factory
     * @param endpoint where and as whom
     * @param timeout connect and hello timeout
     * @param onDown run once when the session goes down after it was up
     * @return the session
     * @throws TransportFailure when it cannot be opened
     * @throws HostKeyMismatch when the router presented another host key than the pinned one
     * @throws InterruptedException when interrupted while waiting
     */
    static RouterSession open(final NetconfClientFactory factory, final RouterEndpoint endpoint,
            final Duration timeout, final Runnable onDown)
            throws TransportFailure, HostKeyMismatch, InterruptedException {
        final HostKeyVerifier verifier = new HostKeyVerifier(endpoint.hostKeySha256());
        final RouterSession listener = new RouterSession(onDown, verifier);
        final Host host = IetfInetUtil.hostFor(endpoint.host());
        final var configuration = NetconfClientConfigurationBuilder.create()
            .withName(endpoint.name())
            .withProtocol(NetconfClientProtocol.SSH)
            .withConnectionTimeoutMillis(timeout.toMillis())
            .withSessionListener(listener)
            .withOdlHelloCapabilities(HELLO_CAPABILITIES)
            .withTcpParameters(new TcpClientParametersBuilder()
                .setRemoteAddress(host)
                .setRemotePort(new PortNumber(Uint16.valueOf(endpoint.port())))
                .build())
            .withSshParameters(new SshClientParametersBuilder()
                .setClientIdentity(clientIdentity(endpoint))
                .setTransportParams(new TransportParamsBuilder()
                    .setEncryption(new EncryptionBuilder().setEncryptionAlg(CIPHERS).build())
                    .build())
                .build())
            .withSshConfigurator(new SshClientSetup(verifier))
            .build();
        try {
            final NetconfClientSession opened = factory.createClient(configuration)
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            synchronized (listener) {
                listener.session = opened;
            }
            return listener;
        } catch (UnsupportedConfigurationException e) {
            throw new TransportFailure("bad client configuration: " + e.getMessage(), e);
        } catch (ExecutionException e) {
            final Throwable cause = e.getCause() != null ? e.getCause() : e;
            refusedHostKey(verifier, cause);
            throw new TransportFailure("connect to " + endpoint.host() + ":" + endpoint.port() + " failed: "
                + cause.getMessage(), cause, verifier.presented(), verifier.check());
        } catch (TimeoutException e) {
            refusedHostKey(verifier, e);
            throw new TransportFailure("connect to " + endpoint.host() + ":" + endpoint.port() + " timed out", e,
                verifier.presented(), verifier.check());
        }
    }

    /**
     * Who the controller logs in as (RFC 4252): the password (section 8) when one is given or no key is, and the
     * private key (section 7) when one is given.
     */
    private static ClientIdentity clientIdentity(final RouterEndpoint endpoint) throws TransportFailure {
        final var identity = new ClientIdentityBuilder().setUsername(endpoint.username());
        final String pem = endpoint.privateKey();
        if (pem != null) {
            try {
                identity.setPublicKey(RouterLoginKey.parse(pem).identity());
            } catch (RouterLoginKey.UnreadableKey e) {
                throw new TransportFailure("the private key of router '" + endpoint.name() + "' cannot be read: "
                    + e.getMessage(), e);
            }
        }
        if (pem == null || !endpoint.password().isEmpty()) {
            identity.setPassword(new PasswordBuilder()
                .setPasswordType(new CleartextPasswordBuilder()
                    .setCleartextPassword(endpoint.password())
                    .build())
                .build());
        }
        return identity.build();
    }

    private static void refusedHostKey(final HostKeyVerifier verifier, final Throwable cause) throws HostKeyMismatch {
        final String presented = verifier.presented();
        final String pinned = verifier.pinned();
        if (presented != null && pinned != null && verifier.check() == HostKeyCheck.MISMATCHED) {
            throw new HostKeyMismatch(presented, pinned, cause);
        }
    }

    /**
     * The fingerprint of the SSH host key the router presented.
     *
     * @return {@code SHA256:<base64>}, or null if unknown
     */
    @Nullable String hostKeySha256() {
        return hostKey.presented();
    }

    /**
     * How that key compared with the pin.
     *
     * @return the outcome, or null if unknown
     */
    @Nullable HostKeyCheck hostKeyCheck() {
        return hostKey.check();
    }

    /**
     * Capabilities of the router's hello.
     */
    synchronized Set<String> capabilities() {
        final NetconfClientSession current = session;
        return current == null ? Set.of() : Set.copyOf(current.getServerCapabilities());
    }

    /**
     * Sends one RPC and waits for its reply.
     */
    Document rpc(final Document request, final Duration timeout) throws TransportFailure, InterruptedException {
        final CompletableFuture<NetconfMessage> reply = new CompletableFuture<>();
        synchronized (this) {
            final NetconfClientSession current = session;
            if (down || current == null) {
                throw new TransportFailure("session is down", null);
            }
            pending = reply;
            current.sendMessage(new NetconfMessage(request));
        }
        try {
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS).getDocument();
        } catch (ExecutionException e) {
            throw new TransportFailure("rpc failed: " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new TransportFailure("no rpc-reply within " + timeout, e);
        } finally {
            synchronized (this) {
                pending = null;
            }
        }
    }

    @Override
    public synchronized void onSessionUp(final NetconfClientSession upSession) {
        session = upSession;
    }

    @Override
    public void onSessionDown(final NetconfClientSession downSession, final Exception cause) {
        wentDown(new TransportFailure("session down: " + cause.getMessage(), cause));
    }

    @Override
    public void onSessionTerminated(final NetconfClientSession terminated, final NetconfTerminationReason reason) {
        wentDown(new TransportFailure("session terminated: " + reason.getErrorMessage(), null));
    }

    @Override
    public synchronized void onMessage(final NetconfClientSession from, final NetconfMessage message) {
        final CompletableFuture<NetconfMessage> waiting = pending;
        if (waiting != null) {
            waiting.complete(message);
        }
    }

    @Override
    public synchronized void onError(final NetconfClientSession from, final Exception failure) {
        final CompletableFuture<NetconfMessage> waiting = pending;
        if (waiting != null) {
            waiting.completeExceptionally(failure);
        }
    }

    private void wentDown(final TransportFailure failure) {
        final boolean first;
        synchronized (this) {
            first = !down;
            down = true;
            final CompletableFuture<NetconfMessage> waiting = pending;
            if (waiting != null) {
                waiting.completeExceptionally(failure);
            }
        }
        if (first) {
            onDown.run();
        }
    }

    @Override
    public void close() {
        final NetconfClientSession current;
        synchronized (this) {
            down = true;
            current = session;
            session = null;
        }
        if (current != null) {
            current.close();
        }
    }
}
