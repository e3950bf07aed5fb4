/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import io.flowsteer.api.spi.BgpFamily;
import java.net.InetAddress;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BirdFlowspecIT {
    private static final Logger LOG = LoggerFactory.getLogger(BirdFlowspecIT.class);
    private Bird frr;
    private SpeakerUnderTest speaker;

    @BeforeAll
    void start() throws Exception {
        frr = Bird.start();
        speaker = new SpeakerUnderTest(InetAddress.getByName(Bird.SPEAKER_ADDRESS), Bird.SPEAKER_AS,
            InetAddress.getByName(Bird.ADDRESS), frr.port(), Bird.AS,
            EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC));
    }

    @AfterAll
    void stop() {
        if (speaker != null) {
            speaker.close();
        }
        if (frr != null) {
            frr.close();
        }
    }

    @Test
    void explore() throws Exception {
        speaker.awaitEstablished();
        speaker.advertise(List.of(TestRoutes.ipv4AllComponents(), TestRoutes.ipv4Redirect(),
            TestRoutes.ipv4RedirectCopy(), TestRoutes.ipv4IndirectionId(), TestRoutes.ipv4RedirectGroup(),
            TestRoutes.ipv6AllComponents(),
            TestRoutes.ipv6RedirectCopy()));
        Thread.sleep(3000);
        LOG.info("proto\n{}", frr.birdc("show protocols all flowsteer"));
        LOG.info("v4\n{}", frr.birdc("show route all table flowtab4"));
        LOG.info("v6\n{}", frr.birdc("show route all table flowtab6"));
        LOG.info("status {}", speaker.status());
    }
}
