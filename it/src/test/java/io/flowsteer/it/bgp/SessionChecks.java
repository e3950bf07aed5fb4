/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What the session-protection interop tests (TCP-MD5, RFC 2385; GTSM, RFC 5082) check against every daemon: a
 * session both ends call Established, or none on either end, with the reason the speaker's status gives.
 */
final class SessionChecks {
    /**
     * A daemon CLI call.
     *
     * @param <T> what it answers
     */
    @FunctionalInterface
    interface Cli<T> {
        T run() throws IOException, InterruptedException;
    }

    private SessionChecks() {
        // helpers only
    }

    /**
     * Runs a CLI call in a condition, failing the test when the CLI fails.
     *
     * @param <T> what it answers
     * @param cli the call
     * @return its answer
     */
    static <T> T output(final Cli<T> cli) {
        try {
            return cli.run();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Whether a daemon shows its session with a neighbour Established, failing the test when its CLI fails.
     *
     * @param daemon the daemon
     * @param neighbor the neighbour's address, Flowsteer's
     * @return the condition
     */
    static BooleanSupplier established(final BgpDaemon daemon, final String neighbor) {
        return () -> output(() -> daemon.established(neighbor));
    }

    /**
     * The session is Established in the speaker and, in its own view, in the daemon, once.
     *
     * @param speaker the speaker
     * @param daemon the daemon's name, for messages
     * @param daemonEstablished whether the daemon shows the session Established
     * @throws InterruptedException when interrupted
     */
    static void assertEstablishedOnBothSides(final SpeakerUnderTest speaker, final String daemon,
            final BooleanSupplier daemonEstablished) throws InterruptedException {
        speaker.awaitEstablished();
        SpeakerUnderTest.await(daemon + " sees the session established", daemonEstablished);
        assertEquals(1, speaker.establishedTransitions());
    }

    /**
     * No session comes up over several connect attempts, on either side.
     *
     * @param speaker the speaker
     * @param daemon the daemon's name, for messages
     * @param daemonEstablished whether the daemon shows the session Established
     * @param reason what the peer's last error must contain, or null to not check it
     * @throws InterruptedException when interrupted
     */
    static void assertNoSession(final SpeakerUnderTest speaker, final String daemon,
            final BooleanSupplier daemonEstablished, final String reason) throws InterruptedException {
        // the speaker connects with a 2 s timeout and retries after 0.2 to 1 s: give it several attempts
        SpeakerUnderTest.await("a failed connect reported", Duration.ofSeconds(40),
            () -> speaker.status() != null && speaker.status().lastError() != null);
        Thread.sleep(6000);
        final PeerStatus status = speaker.status();
        assertNotNull(status);
        assertTrue(status.state() != BgpSessionState.ESTABLISHED, "no session: " + status.state());
        assertEquals(0, speaker.establishedTransitions());
        assertFalse(daemonEstablished.getAsBoolean(), daemon + " has no session either");
        if (reason != null) {
            assertTrue(status.lastError().contains(reason), status.lastError());
        }
    }

    /**
     * Waits until the daemon no longer shows the session, so the next test starts from none.
     *
     * @param daemon the daemon's name, for messages
     * @param daemonEstablished whether the daemon shows the session Established
     * @throws InterruptedException when interrupted
     */
    static void awaitDown(final String daemon, final BooleanSupplier daemonEstablished) throws InterruptedException {
        SpeakerUnderTest.await(daemon + " sees the session go down", () -> !daemonEstablished.getAsBoolean());
    }
}
