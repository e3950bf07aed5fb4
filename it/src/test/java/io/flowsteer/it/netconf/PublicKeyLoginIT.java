/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.flowsteer.it.ControllerExtension;
import io.flowsteer.it.Restconf;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SSH public key authentication (RFC 4252 section 7) on the booted distribution, driven only through RESTCONF: a
 * router configured with a user name and a private key, and no password, gets its indirection-id table (read back
 * with {@link RawNetconf}), and its own netconf-testtool (port 17895) logged that very public key and no password
 * login for that user.
 */
@ExtendWith(ControllerExtension.class)
class PublicKeyLoginIT {
    private static final int PORT = 17_895;
    private static final String ROUTER = "keyed1";
    private static final String USER = "keyonly";
    private static final String DEVICE = "/data/flowsteer-devices:devices/device=" + ROUTER;
    private static final String TABLE = "/data/flowsteer-indirection:indirection-tables/router-table=" + ROUTER;

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
    void aRouterLoggedIntoWithAKeyOnlyGetsItsTable(final Restconf restconf) throws Exception {
        final KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        final KeyPair key = generator.generateKeyPair();
        final String pem = "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(key.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
        final JsonObject netconf = new JsonObject();
        netconf.addProperty("host", "127.0.0.1");
        netconf.addProperty("port", PORT);
        netconf.addProperty("username", USER);
        netconf.addProperty("private-key", pem);
        final JsonObject device = new JsonObject();
        device.addProperty("name", ROUTER);
        device.add("netconf", netconf);
        final JsonArray devices = new JsonArray();
        devices.add(device);
        final JsonObject body = new JsonObject();
        body.add("flowsteer-devices:device", devices);
        try {
            assertEquals(201, restconf.put(DEVICE, body.toString()).status());
            assertEquals(201, restconf.put(TABLE, "{\"flowsteer-indirection:router-table\":[{\"name\":\"" + ROUTER
                + "\",\"entry\":[{\"id-type\":\"localised-id\",\"id\":100,\"next-hop\":[\"10.0.0.9\"]}]}]}")
                .status());
            // the push that wrote the entry, not the one that found the router in sync before the table was written
            final JsonObject status = await(restconf, found -> "ok".equals(text(found, "last-push-result"))
                && "1".equals(text(found, "last-push-changes")));
            assertEquals("connected", text(status, "session-state"), status.toString());
            final Map<String, String> pushed = RawNetconf.table(PORT);
            assertEquals(1, pushed.size(), pushed.toString());
            assertTrue(pushed.values().iterator().next().contains("10.0.0.9"), pushed.toString());

            // testtool prints the public key a client authenticated with; the modulus is the one of this key
            final String log = router.output();
            final var modulus = ((RSAPublicKey) key.getPublic()).getModulus();
            assertTrue(log.contains("Auth with public key"), "no public key login in testtool's log");
            assertTrue(log.contains(modulus.toString(10)) || log.contains(modulus.toString(16)),
                "testtool's log does not show this test's public key");
            assertFalse(log.contains("Auth with username and password: " + USER),
                "the controller logged in as " + USER + " with a password");
            assertFalse(status.toString().contains("PRIVATE KEY"), "the status shows the key: " + status);
        } finally {
            restconf.delete(TABLE);
            restconf.delete(DEVICE);
        }
    }

    private static String text(final JsonObject status, final String leaf) {
        return NetconfStatusReads.text(status, leaf);
    }

    private static JsonObject await(final Restconf restconf, final Predicate<JsonObject> done) throws Exception {
        return NetconfStatusReads.await(restconf, ROUTER, done);
    }
}
