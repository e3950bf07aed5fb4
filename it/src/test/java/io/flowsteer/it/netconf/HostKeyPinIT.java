/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static io.flowsteer.it.netconf.Tables.bindingSid;
import static io.flowsteer.it.netconf.Tables.nextHops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.netconf.HostKeyCheck;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.api.spi.netconf.SessionState;
import io.flowsteer.impl.netconf.FlowsteerRouterDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The router's SSH host key (RFC 4253 section 8, RFC 6242 section 3) against a netconf-testtool router of its own
 * (port 17890): without a pin the table is pushed and the presented key's fingerprint reported; pinning that
 * fingerprint keeps pushing; a wrong pin refuses the session before any RPC, so the router's datastore (read with
 * the independent {@link RawNetconf} client) keeps the last table, and the status names both fingerprints.
 */
class HostKeyPinIT {
    private static final int PORT = 17_890;
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A valid fingerprint of some other key (an Ed25519 key made once with ssh-keygen). */
    private static final String OTHER_KEY = "SHA256:mRUkaTHWocfvgauEjRPNMPr2c+WsdOkkH4U1qn3gndM";

    private static Testtool router;

    @BeforeAll
    static void startRouter() throws Exception {
        router = Testtool.start(PORT, 1);
    }

    @AfterAll
    static void stopRouter() throws Exception {
        if (router != null) {
            router.close();
        }
    }

    @Test
    void unpinnedKeyIsReportedPinnedKeyPushesAndAWrongPinPushesNothing() throws Exception {
        try (Southbound southbound = new Southbound()) {
            // (a) no pin: pushed, and the presented key is reported as not pinned
            Instant before = Instant.now();
            southbound.manager.setWanted(endpoint(null), IndirectionTable.of(List.of(nextHops(1, "192.0.2.1"))));
            RouterStatus status = await(southbound, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(HostKeyCheck.NOT_PINNED, status.hostKeyCheck());
            final String presented = status.hostKeySha256();
            assertTrue(presented != null && presented.matches("SHA256:[A-Za-z0-9+/]{43}"), "fingerprint " + presented);
            assertNotEquals(OTHER_KEY, presented);
            assertEquals(Map.of("0/1", "description=next-hops 1 next-hop=192.0.2.1"), RawNetconf.table(PORT));

            // (b) the reported fingerprint pinned: a new session, the key matches, the push goes through
            before = Instant.now();
            southbound.manager.setWanted(endpoint(presented), IndirectionTable.of(List.of(bindingSid(2, 24_002))));
            status = await(southbound, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(HostKeyCheck.MATCHED, status.hostKeyCheck());
            assertEquals(presented, status.hostKeySha256());
            assertEquals(Map.of("2/2", "mpls-binding-sid=24002"), RawNetconf.table(PORT));

            // (c) a wrong pin: refused during key exchange, both fingerprints named, nothing pushed, retries too
            final Instant wrongPinAt = Instant.now();
            southbound.manager.setWanted(endpoint(OTHER_KEY), IndirectionTable.of(List.of(bindingSid(3, 24_003))));
            status = await(southbound, candidate -> candidate.hostKeyCheck() == HostKeyCheck.MISMATCHED
                && candidate.session() == SessionState.DOWN && candidate.lastPush() != null);
            assertEquals(presented, status.hostKeySha256());
            assertEquals(Outcome.UNREACHABLE, status.lastPush().outcome());
            final String failure = status.lastPush().failure();
            assertTrue(failure.contains("host key " + presented + " does not match the pinned " + OTHER_KEY),
                failure);
            assertEquals(Set.of(), status.capabilities(), "no hello was exchanged: " + status.capabilities());
            // let the backoff (250 ms doubling to 2 s) retry a few times
            final int failures = status.consecutiveFailures();
            await(southbound, candidate -> candidate.consecutiveFailures() >= failures + 2);
            assertEquals(Map.of("2/2", "mpls-binding-sid=24002"), RawNetconf.table(PORT),
                "no edit-config reached the router");
            assertTrue(southbound.history.stream().filter(seen -> seen.router().equals("hk1"))
                .noneMatch(seen -> seen.lastPush() != null && seen.lastPush().at().isAfter(wrongPinAt)
                    && seen.lastPush().outcome() != Outcome.UNREACHABLE),
                "no push after the wrong pin: " + southbound.history);
        }
    }

    private static RouterEndpoint endpoint(final @Nullable String pin) {
        return new RouterEndpoint("hk1", "127.0.0.1", PORT, Testtool.USER, Testtool.PASSWORD,
            FlowsteerRouterDriver.NAME, pin);
    }

    /**
     * The first status of the router that meets the condition (statuses of the router replaced on
     * an endpoint change may arrive in between, so the history is searched rather than the latest status).
     */
    private static RouterStatus await(final Southbound southbound, final Predicate<RouterStatus> condition)
            throws InterruptedException {
        final Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            for (RouterStatus status : southbound.history) {
                if (status.router().equals("hk1") && status.session() != SessionState.CLOSED
                        && condition.test(status)) {
                    return status;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no matching status within " + WAIT + "; history: " + southbound.history);
    }
}
