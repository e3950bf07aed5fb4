/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.flowsteer.it.ControllerExtension;
import io.flowsteer.it.Restconf;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The NETCONF southbound on the booted distribution, driven only through RESTCONF: a router configured with a
 * {@code netconf} container gets its indirection-id table (read back from the router with {@link RawNetconf}), its
 * status shows the push and the SSH host key it presented; pinning another key stops every push and says why, and
 * pinning the reported one lets the next push through.
 */
@ExtendWith({ ControllerExtension.class, RoutersExtension.class })
class NetconfOnTheDistributionIT {
    private static final String ROUTER = "edge54";
    private static final String DEVICE = "/data/flowsteer-devices:devices/device=" + ROUTER;
    private static final String TABLE = "/data/flowsteer-indirection:indirection-tables/router-table=" + ROUTER;

    @Test
    void aRouterGetsItsTableAndAPinnedHostKeyDecidesWhetherItGetsTheNext(final Restconf restconf,
            final Testtool routers) throws Exception {
        final int port = routers.port(54);
        try {
            assertEquals(201, restconf.put(DEVICE, "{\"flowsteer-devices:device\":[{\"name\":\"" + ROUTER + "\","
                + "\"netconf\":{\"host\":\"127.0.0.1\",\"port\":" + port + ",\"username\":\"" + Testtool.USER
                + "\",\"password\":\"" + Testtool.PASSWORD + "\"}}]}").status());
            assertEquals(201, restconf.put(TABLE, table("{\"id-type\":\"localised-id\",\"id\":100,"
                + "\"next-hop\":[\"10.0.0.9\"]}")).status());
            // the push that wrote the entry, not the one that found the router in sync before the table was written
            final JsonObject first = await(restconf, status -> "ok".equals(text(status, "last-push-result"))
                && "1".equals(text(status, "last-push-changes")));
            final String presented = text(first, "host-key-sha256");
            assertTrue(presented.startsWith("SHA256:"), first.toString());
            assertEquals("not-pinned", text(first, "host-key-check"), first.toString());
            final Map<String, String> pushed = RawNetconf.table(port);
            assertEquals(1, pushed.size(), pushed.toString());
            assertTrue(pushed.values().iterator().next().contains("10.0.0.9"), pushed.toString());

            // a pin that is not the router's key: the next table must not reach it
            final String wrong = "SHA256:" + "A".repeat(43);
            assertEquals(200, patchPin(restconf, wrong));
            assertEquals(204, restconf.put(TABLE, table("{\"id-type\":\"localised-id\",\"id\":100,"
                + "\"next-hop\":[\"10.0.0.9\"]},{\"id-type\":\"localised-id\",\"id\":101,"
                + "\"next-hop\":[\"10.0.0.10\"]}")).status());
            final JsonObject refused = await(restconf, status -> "mismatched".equals(text(status, "host-key-check")));
            assertTrue(text(refused, "last-push-result").contains(presented)
                && text(refused, "last-push-result").contains(wrong), refused.toString());
            assertEquals(1, RawNetconf.table(port).size(), "nothing reached the router");

            // the fingerprint the status reported: the waiting table goes through
            assertEquals(200, patchPin(restconf, presented));
            await(restconf, status -> "matched".equals(text(status, "host-key-check"))
                && "ok".equals(text(status, "last-push-result")));
            assertEquals(2, RawNetconf.table(port).size());
        } finally {
            restconf.delete(TABLE);
            restconf.delete(DEVICE);
        }
    }

    private static String table(final String entries) {
        return "{\"flowsteer-indirection:router-table\":[{\"name\":\"" + ROUTER + "\",\"entry\":[" + entries + "]}]}";
    }

    private static int patchPin(final Restconf restconf, final String fingerprint) throws Exception {
        final var response = restconf.patch(DEVICE + "/netconf", "{\"flowsteer-devices:netconf\":"
            + "{\"host-key-sha256\":\"" + fingerprint + "\"}}");
        assertTrue(response.status() == 200 || response.status() == 204, response.body());
        return 200;
    }

    private static String text(final JsonObject status, final String leaf) {
        return NetconfStatusReads.text(status, leaf);
    }

    private static JsonObject await(final Restconf restconf, final Predicate<JsonObject> done) throws Exception {
        return NetconfStatusReads.await(restconf, ROUTER, done);
    }
}
