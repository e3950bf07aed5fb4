/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.TcpMd5Key;
import java.io.IOException;
import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The TCP-MD5 (RFC 2385) interop checks every daemon passes, run by one test class per daemon: the daemon is
 * started once with {@link #KEY} for Flowsteer's address; Flowsteer with the same key gets a session that both
 * call Established (the daemon in its own CLI), with another key or none it gets no session, and with another key
 * its status says a key is configured (RFC 2385 section 2.0: the daemon drops such segments unanswered).
 *
 * @param <D> the daemon
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TcpMd5Interop<D extends BgpDaemon> {
    /** The key the daemon is configured with. */
    static final String KEY = "flowsteer-md5-it";
    /** The families of the flowspec daemons. */
    static final Set<BgpFamily> FLOWSPEC = EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC);

    /**
     * Starts a daemon.
     *
     * @param <D> the daemon
     */
    @FunctionalInterface
    interface Starter<D extends BgpDaemon> {
        /**
         * Starts the daemon, passive, with {@link #KEY} for the speaker's address.
         *
         * @param address the daemon's address
         * @param speakerAddress Flowsteer's address
         * @return the running daemon
         * @throws IOException when it does not start
         * @throws InterruptedException when interrupted
         */
        D start(String address, String speakerAddress) throws IOException, InterruptedException;
    }

    /**
     * The two ends of one pair, on addresses no other test uses.
     *
     * @param speakerAddress Flowsteer's address
     * @param speakerAs Flowsteer's AS
     * @param daemonAddress the daemon's address
     * @param daemonAs the daemon's AS
     * @param families the families Flowsteer offers
     */
    record Ends(String speakerAddress, long speakerAs, String daemonAddress, long daemonAs,
            Set<BgpFamily> families) {
        // a value
    }

    private final Ends ends;
    private final Starter<D> starter;
    private D daemon;

    /**
     * A pair and how to start its daemon.
     *
     * @param ends the two ends
     * @param starter starts the daemon
     */
    TcpMd5Interop(final Ends ends, final Starter<D> starter) {
        this.ends = ends;
        this.starter = starter;
    }

    @BeforeAll
    final void startDaemon() throws IOException, InterruptedException {
        daemon = starter.start(ends.daemonAddress(), ends.speakerAddress());
    }

    @AfterAll
    final void stopDaemon() {
        if (daemon != null) {
            daemon.close();
        }
    }

    /**
     * The running daemon.
     *
     * @return the daemon
     */
    final D daemon() {
        return daemon;
    }

    /**
     * Whether the daemon's own CLI shows the session with the speaker Established.
     *
     * @return the condition
     */
    final BooleanSupplier daemonEstablished() {
        return SessionChecks.established(daemon, ends.speakerAddress());
    }

    /**
     * A speaker for the daemon.
     *
     * @param key the key to sign with, or null for none
     * @return the started speaker
     * @throws IOException when an address does not parse
     */
    final SpeakerUnderTest speaker(final String key) throws IOException {
        return new SpeakerUnderTest(InetAddress.getByName(ends.speakerAddress()), ends.speakerAs(),
            InetAddress.getByName(ends.daemonAddress()), daemon.port(), ends.daemonAs(), ends.families(),
            key == null ? null : new TcpMd5Key(key));
    }

    @Test
    void theSameKeyEstablishesTheSessionOnBothSides() throws Exception {
        try (SpeakerUnderTest speaker = speaker(KEY)) {
            SessionChecks.assertEstablishedOnBothSides(speaker, daemon.toString(), daemonEstablished());
        }
        SessionChecks.awaitDown(daemon.toString(), daemonEstablished());
    }

    @Test
    void anotherKeyGetsNoSessionAndTheStatusSaysAKeyIsConfigured() throws Exception {
        try (SpeakerUnderTest speaker = speaker("another-key")) {
            SessionChecks.assertNoSession(speaker, daemon.toString(), daemonEstablished(),
                "TCP-MD5 key is configured");
        }
    }

    @Test
    void noKeyGetsNoSession() throws Exception {
        try (SpeakerUnderTest speaker = speaker(null)) {
            SessionChecks.assertNoSession(speaker, daemon.toString(), daemonEstablished(), null);
        }
    }
}
