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
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The TCP-MD5 (RFC 2385) interop checks every daemon passes, run by one test class per daemon: the daemon is
 * started once with {@link #KEY} for Flowsteer's address; Flowsteer with the same key gets a session that both
 * call Established (the daemon in its own CLI), with another key or none it gets no session, and with another key
 * its status says a key is configured (RFC 2385 section 2.0: the daemon drops such segments unanswered).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TcpMd5Interop {
    /** The key the daemon is configured with. */
    static final String KEY = "flowsteer-md5-it";

    private final String daemon;
    private final String speakerAddress;
    private final long speakerAs;
    private final String daemonAddress;
    private final long daemonAs;
    private final Set<BgpFamily> families;

    /**
     * The addresses and ASes of one pair, on addresses no other test uses.
     *
     * @param daemon the daemon's name, for messages
     * @param speakerAddress Flowsteer's address
     * @param speakerAs Flowsteer's AS
     * @param daemonAddress the daemon's address
     * @param daemonAs the daemon's AS
     * @param families the families Flowsteer offers
     */
    TcpMd5Interop(final String daemon, final String speakerAddress, final long speakerAs, final String daemonAddress,
            final long daemonAs, final Set<BgpFamily> families) {
        this.daemon = daemon;
        this.speakerAddress = speakerAddress;
        this.speakerAs = speakerAs;
        this.daemonAddress = daemonAddress;
        this.daemonAs = daemonAs;
        this.families = families;
    }

    /**
     * Starts the daemon with {@link #KEY} for the speaker's address, passive.
     *
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    abstract void startDaemon() throws IOException, InterruptedException;

    abstract void stopDaemon();

    @BeforeAll
    final void startDaemonOnce() throws IOException, InterruptedException {
        startDaemon();
    }

    @AfterAll
    final void stopDaemonOnce() {
        stopDaemon();
    }

    /**
     * The daemon's BGP port.
     *
     * @return the port
     */
    abstract int daemonPort();

    /**
     * Whether the daemon's own CLI shows the session with the speaker Established.
     *
     * @return true when it does
     */
    abstract boolean daemonEstablished();

    String daemonAddress() {
        return daemonAddress;
    }

    /**
     * A speaker for the daemon.
     *
     * @param key the key to sign with, or null for none
     * @return the started speaker
     * @throws IOException when an address does not parse
     */
    SpeakerUnderTest speaker(final String key) throws IOException {
        return new SpeakerUnderTest(InetAddress.getByName(speakerAddress), speakerAs,
            InetAddress.getByName(daemonAddress), daemonPort(), daemonAs, families,
            key == null ? null : new TcpMd5Key(key));
    }

    @Test
    void theSameKeyEstablishesTheSessionOnBothSides() throws Exception {
        try (SpeakerUnderTest speaker = speaker(KEY)) {
            SessionChecks.assertEstablishedOnBothSides(speaker, daemon, this::daemonEstablished);
        }
        SessionChecks.awaitDown(daemon, this::daemonEstablished);
    }

    @Test
    void anotherKeyGetsNoSessionAndTheStatusSaysAKeyIsConfigured() throws Exception {
        try (SpeakerUnderTest speaker = speaker("another-key")) {
            SessionChecks.assertNoSession(speaker, daemon, this::daemonEstablished, "TCP-MD5 key is configured");
        }
    }

    @Test
    void noKeyGetsNoSession() throws Exception {
        try (SpeakerUnderTest speaker = speaker(null)) {
            SessionChecks.assertNoSession(speaker, daemon, this::daemonEstablished, null);
        }
    }
}
