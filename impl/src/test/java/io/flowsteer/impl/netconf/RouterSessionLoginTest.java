/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.NetconfSessionState;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterStatus;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.netconf.client.NetconfClientFactoryImpl;
import org.opendaylight.netconf.common.impl.DefaultNetconfTimer;
import org.opendaylight.netconf.shaded.sshd.common.keyprovider.KeyPairProvider;
import org.opendaylight.netconf.shaded.sshd.server.SshServer;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.router.rev261125.FlowsteerRouterData;

/**
 * The login as the SSH server sees it, with the real netconf-client: a configured private key is offered as public
 * key authentication (RFC 4252 section 7) and no password is tried; a key that cannot be read opens no connection
 * and the router's status says why. The server is a bare SSH server without a NETCONF subsystem, so every session
 * ends right after authentication; pushes to real routers are in it/ (PublicKeyLoginIT).
 */
class RouterSessionLoginTest {
    /**
     * One login attempt the server saw.
     */
    private record Attempt(String method, String username, String keySha256) {
    }

    /**
     * How long a session may take to come up: long enough for an RSA-3072 login on a loaded 2-core machine. Behind
     * these logins there is no NETCONF subsystem, so no session ever does: the tests wait for the logins the server
     * sees, not for the session.
     */
    private static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(20);
    private static final int TRIES = 4;

    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private SshServer server;
    private DefaultNetconfTimer timer;
    private NetconfClientFactoryImpl factory;

    @BeforeEach
    void startServer() throws Exception {
        server = SshServer.setUpDefaultServer();
        server.setPort(0);
        server.setHost("127.0.0.1");
        server.setKeyPairProvider(KeyPairProvider.wrap(ec("secp256r1")));
        server.setPublickeyAuthenticator((username, key, session) -> {
            attempts.add(new Attempt("publickey", username, HostKeyFingerprint.sha256(key)));
            return true;
        });
        server.setPasswordAuthenticator((username, password, session) -> {
            attempts.add(new Attempt("password", username, ""));
            return false;
        });
        server.start();
        timer = new DefaultNetconfTimer();
        factory = new NetconfClientFactoryImpl(timer);
    }

    @AfterEach
    void stopServer() throws Exception {
        factory.close();
        timer.close();
        server.stop(true);
    }

    @ParameterizedTest
    @ValueSource(strings = { "RSA", "secp384r1" })
    void theConfiguredKeyIsOfferedAndNoPassword(final String kind) throws Exception {
        final KeyPair pair;
        if ("RSA".equals(kind)) {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            pair = generator.generateKeyPair();
        } else {
            pair = ec(kind);
        }
        final RouterEndpoint endpoint = new RouterEndpoint("r1", "127.0.0.1", server.getPort(), "flowsteer", "",
            FlowsteerRouterDriver.NAME, null, pkcs8(pair));
        // no NETCONF subsystem behind the login: the session cannot come up, but the login is seen
        final CompletableFuture<Void> open = loginSeen(endpoint, 1);
        assertFalse(open.isDone() && !open.isCompletedExceptionally(), "a session came up without NETCONF");
        for (Attempt attempt : attempts) {
            assertEquals("publickey", attempt.method());
            assertEquals("flowsteer", attempt.username());
            assertEquals(HostKeyFingerprint.sha256(pair.getPublic()), attempt.keySha256());
        }
    }

    @Test
    void withAPasswordAsWellThePasswordIsTriedFirstAndTheKeyWhenItIsRefused() throws Exception {
        final KeyPair pair = ec("secp256r1");
        final RouterEndpoint endpoint = new RouterEndpoint("r1", "127.0.0.1", server.getPort(), "flowsteer",
            "not-this-one", FlowsteerRouterDriver.NAME, null, pkcs8(pair));
        // the server sees the key twice: asked whether it would accept it, then signed (RFC 4252 section 7)
        loginSeen(endpoint, 3);
        assertEquals(new Attempt("password", "flowsteer", ""), attempts.get(0));
        assertEquals(Set.of(new Attempt("publickey", "flowsteer", HostKeyFingerprint.sha256(pair.getPublic()))),
            Set.copyOf(attempts.subList(1, attempts.size())));
    }

    @Test
    void anUnreadableKeyOpensNoConnectionAndTheStatusSaysWhy() throws Exception {
        final List<RouterStatus> statuses = new CopyOnWriteArrayList<>();
        final ExecutorService workers = Executors.newSingleThreadExecutor();
        final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        final String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n";
        try (NetconfRouterManager manager = new NetconfRouterManager(factory, List.of(new FlowsteerRouterDriver(
                BindingRuntimeHelpers.createEffectiveModel(FlowsteerRouterData.class))),
                statuses::add, workers, scheduler, new NetconfSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
                    Duration.ofSeconds(10), Duration.ofSeconds(10)), Clock.systemUTC())) {
            manager.setWanted(new RouterEndpoint("edge-7", "127.0.0.1", server.getPort(), "flowsteer", "",
                FlowsteerRouterDriver.NAME, null, pem), IndirectionTable.EMPTY);
            final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline && statuses.stream().noneMatch(status -> status.lastPush() != null)) {
                Thread.sleep(50);
            }
            final RouterStatus failed = statuses.stream().filter(status -> status.lastPush() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no push result: " + statuses));
            assertEquals(NetconfSessionState.DOWN, failed.session());
            assertEquals(PushResult.Outcome.UNREACHABLE, failed.lastPush().outcome());
            assertEquals("the private key of router 'edge-7' cannot be read: it is in OpenSSL's traditional form; "
                + "convert it to PKCS#8 with 'openssl pkcs8 -topk8 -nocrypt' or give an unencrypted "
                + "'-----BEGIN PRIVATE KEY-----' or '-----BEGIN OPENSSH PRIVATE KEY-----' text",
                failed.lastPush().failure());
            assertFalse(failed.lastPush().failure().contains("MIIEpAIBAAKCAQEA"), "the status shows key material");
            assertTrue(attempts.isEmpty(), "a login was tried: " + attempts);
            assertTrue(server.getActiveSessions().isEmpty(), "a connection was opened");
        } finally {
            workers.shutdownNow();
            scheduler.shutdownNow();
        }
    }

    /**
     * Opens a session on a thread of its own; it ends when the login fails, or when the test closes the factory.
     */
    private CompletableFuture<Void> open(final RouterEndpoint endpoint) {
        return CompletableFuture.runAsync(() -> {
            try {
                RouterSession.open(factory, endpoint, LOGIN_TIMEOUT, () -> { }).close();
            } catch (RouterSession.TransportFailure | RouterSession.HostKeyMismatch e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        });
    }

    /**
     * Logs in until the server has seen {@code count} attempts. netconf 7.0.7's SSH client can lose the server's
     * first message (MissingAttachedSessionException: no session attached yet) and then waits out its timeout
     * without logging in; Flowsteer's router manager connects again after a failure, and so does this.
     *
     * @return the session being opened that got that far
     */
    private CompletableFuture<Void> loginSeen(final RouterEndpoint endpoint, final int count)
            throws InterruptedException {
        for (int tried = 1; tried <= TRIES; tried++) {
            attempts.clear();
            final CompletableFuture<Void> open = open(endpoint);
            while (attempts.size() < count && !open.isDone()) {
                Thread.sleep(50);
            }
            // the attempts the server saw before the session failed count too
            Thread.sleep(200);
            if (attempts.size() >= count) {
                return open;
            }
        }
        throw new AssertionError("the server saw " + attempts.size() + " login attempts, not " + count + ", in "
            + TRIES + " tries: " + attempts);
    }

    private static KeyPair ec(final String curve) throws Exception {
        final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static String pkcs8(final KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    }
}
