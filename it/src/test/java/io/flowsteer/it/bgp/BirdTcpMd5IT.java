/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import io.flowsteer.api.bgp.BgpFamily;
import java.io.IOException;
import java.util.EnumSet;

/**
 * BGP sessions signed with TCP MD5 (RFC 2385) against BIRD 2 with {@code password "KEY";} in its protocol, on
 * 127.0.0.83 (Flowsteer on 127.0.0.82); the daemon's view is {@code birdc show protocols all}. Needs Linux and
 * bird.
 */
class BirdTcpMd5IT extends TcpMd5Interop {
    private static final String SPEAKER_ADDRESS = "127.0.0.82";

    private Bird bird;

    BirdTcpMd5IT() {
        super("bird", SPEAKER_ADDRESS, Bird.SPEAKER_AS, "127.0.0.83", Bird.AS,
            EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC));
    }

    @Override
    void startDaemon() throws IOException, InterruptedException {
        bird = Bird.start(daemonAddress(), SPEAKER_ADDRESS, "bird-md5", Bird.SPEAKER_AS, KEY);
    }

    @Override
    void stopDaemon() {
        if (bird != null) {
            bird.close();
        }
    }

    @Override
    int daemonPort() {
        return bird.port();
    }

    @Override
    boolean daemonEstablished() {
        return SessionChecks.output(() -> bird.birdc("show protocols all", Bird.PROTOCOL))
            .contains("BGP state:          Established");
    }
}
