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

import io.flowsteer.it.Controller;
import io.flowsteer.it.ControllerExtension;
import io.flowsteer.it.Eventually;
import io.flowsteer.it.Restconf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Secrets on the booted distribution are write-only (issue 14): a router's NETCONF password, private key and BGP
 * TCP-MD5 key, written as JSON or XML, never come back through RESTCONF (reads show a mask, in either format, for
 * the router or the whole datastore), are in no file under the controller's home (journal, snapshots, log), and
 * still work: the router logs in with the password that was sealed and gets its table. Writing the mask back is
 * refused with 400 naming the router and the field.
 */
@ExtendWith({ ControllerExtension.class, RoutersExtension.class })
class SecretsIT {
    private static final String ROUTER = "edge56";
    private static final String DEVICE = "/data/flowsteer-devices:devices/device=" + ROUTER;
    private static final String TABLE = "/data/flowsteer-indirection:indirection-tables/router-table=" + ROUTER;
    private static final String PASSWORD = "sealed-it-password-5c1d";
    private static final String MD5_KEY = "sealed-it-md5-9e2a";
    private static final String XML_PASSWORD = "sealed-it-xml-password-77b3";
    private static final String MASK = "********";

    @Test
    void secretsAreSealedMaskedAndStillLogIn(final Controller controller, final Restconf restconf,
            final Testtool routers) throws Exception {
        final int port = routers.port(56);
        try {
            final Restconf.Response put = restconf.put(DEVICE, "{\"flowsteer-devices:device\":[{\"name\":\"" + ROUTER
                + "\",\"bgp\":{\"peer-address\":\"127.0.0.155\",\"peer-as\":65155,\"passive\":true,"
                + "\"tcp-md5-key\":\"" + MD5_KEY + "\"},"
                + "\"netconf\":{\"host\":\"127.0.0.1\",\"port\":" + port + ",\"username\":\"" + Testtool.USER
                + "\",\"password\":\"" + PASSWORD + "\"}}]}");
            assertEquals(201, put.status(), put.body());
            assertEquals(201, restconf.put(TABLE, "{\"flowsteer-indirection:router-table\":[{\"name\":\"" + ROUTER
                + "\",\"entry\":[{\"id-type\":\"localised-id\",\"id\":7,\"next-hop\":[\"10.0.0.7\"]}]}]}").status());

            // the sealed password still logs in: the router gets its table
            Eventually.await("the table on the router", Duration.ofSeconds(90), Duration.ofMillis(500),
                () -> RawNetconf.table(port), table -> table.size() == 1);

            final String json = restconf.get(DEVICE).body();
            assertTrue(json.contains("\"password\":\"" + MASK + "\"") && json.contains("\"tcp-md5-key\":\"" + MASK
                + "\""), json);
            final String xml = restconf.xml("GET", DEVICE, null).body();
            assertTrue(xml.contains(">" + MASK + "</password>") && xml.contains(">" + MASK + "</tcp-md5-key>"), xml);
            for (String reply : List.of(json, xml, restconf.get("/data?content=config").body(),
                    restconf.get("/data/flowsteer-devices:devices").body())) {
                assertFalse(reply.contains(PASSWORD) || reply.contains(MD5_KEY), reply);
                assertFalse(reply.contains("flowsteer-sealed"), "not even sealed: " + reply);
            }

            // writing back what a read shows is refused, naming the router and the field, and nothing changes
            final Restconf.Response masked = restconf.put(DEVICE, json);
            assertEquals(400, masked.status(), masked.body());
            assertTrue(masked.body().contains("device '" + ROUTER + "', field ")
                && masked.body().contains(" is the mask that reads show in place of a secret"), masked.body());

            // XML is sealed as well
            final Restconf.Response xmlPut = restconf.xml("PUT", DEVICE + "/netconf/password",
                "<password xmlns=\"urn:flowsteer:yang:devices\">" + XML_PASSWORD + "</password>");
            assertEquals(204, xmlPut.status(), xmlPut.body());
            final String after = restconf.get(DEVICE + "/netconf").body();
            assertTrue(after.contains(MASK) && !after.contains(XML_PASSWORD), after);

            final List<Path> holding = filesHolding(controller.home(), PASSWORD, MD5_KEY, XML_PASSWORD);
            assertEquals(List.of(), holding, "no file under the controller's home holds a secret in clear");
        } finally {
            restconf.delete(TABLE);
            restconf.delete(DEVICE);
        }
    }

    private static List<Path> filesHolding(final Path home, final String... secrets) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            // the secrets' own way in and out, not the code and bundles the controller runs
            return files.filter(Files::isRegularFile).filter(file -> Stream.of("system", "lib", "data/cache")
                    .noneMatch(dir -> file.startsWith(home.resolve(dir))))
                .filter(file -> {
                    try {
                        final String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                        return Stream.of(secrets).anyMatch(text::contains);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
        }
    }
}
