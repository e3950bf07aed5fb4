/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import com.google.gson.JsonObject;
import io.flowsteer.it.Eventually;
import io.flowsteer.it.Restconf;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A router's NETCONF status as RESTCONF shows it on the booted distribution
 * ({@code device-status/device/netconf}).
 */
final class NetconfStatusReads {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private NetconfStatusReads() {
        // static helpers only
    }

    /**
     * Waits until the router's NETCONF status is as wanted.
     *
     * @param restconf the client
     * @param router the router's name
     * @param done what is wanted
     * @return the status that satisfied it
     * @throws Exception when it does not come within 90 s
     */
    static JsonObject await(final Restconf restconf, final String router, final Predicate<JsonObject> done)
            throws Exception {
        final String status = "/data/flowsteer-status:device-status/device=" + router + "/netconf?content=nonconfig";
        return Eventually.await("the NETCONF status of " + router, TIMEOUT, Duration.ofMillis(500), () -> {
            final var response = restconf.get(status);
            return response.status() == 200
                ? response.json().getAsJsonObject().getAsJsonObject("flowsteer-status:netconf") : new JsonObject();
        }, done);
    }

    /**
     * A leaf of the status, or the empty string.
     *
     * @param status the status
     * @param leaf the leaf's name
     * @return its text
     */
    static String text(final JsonObject status, final String leaf) {
        return status.has(leaf) ? status.get(leaf).getAsString() : "";
    }
}
