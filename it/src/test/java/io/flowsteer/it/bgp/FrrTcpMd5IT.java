/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.flowsteer.api.bgp.BgpFamily;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;

/**
 * BGP sessions signed with TCP MD5 (RFC 2385) against FRR's bgpd with {@code neighbor X password KEY}, on
 * 127.0.0.81 (Flowsteer on 127.0.0.80); the daemon's view is {@code show bgp summary json}. Needs Linux and
 * /usr/lib/frr/bgpd.
 */
class FrrTcpMd5IT extends TcpMd5Interop {
    private static final String SPEAKER_ADDRESS = "127.0.0.80";

    private Frr frr;

    FrrTcpMd5IT() {
        super("bgpd", SPEAKER_ADDRESS, Frr.SPEAKER_AS, "127.0.0.81", Frr.AS,
            EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC));
    }

    @Override
    void startDaemon() throws IOException, InterruptedException {
        frr = Frr.start(daemonAddress(), SPEAKER_ADDRESS, "frr-md5", Frr.SPEAKER_AS, KEY);
    }

    @Override
    void stopDaemon() {
        if (frr != null) {
            frr.close();
        }
    }

    @Override
    int daemonPort() {
        return frr.port();
    }

    @Override
    boolean daemonEstablished() {
        // one object per family, each with its peers and their state
        final JsonObject summary = JsonParser.parseString(SessionChecks.output(
            () -> frr.vtysh("show bgp summary json"))).getAsJsonObject();
        for (Map.Entry<String, JsonElement> family : summary.entrySet()) {
            final JsonObject peers = family.getValue().isJsonObject()
                ? family.getValue().getAsJsonObject().getAsJsonObject("peers") : null;
            final JsonObject peer = peers == null ? null : peers.getAsJsonObject(SPEAKER_ADDRESS);
            if (peer != null && "Established".equals(peer.get("state").getAsString())) {
                return true;
            }
        }
        return false;
    }
}
