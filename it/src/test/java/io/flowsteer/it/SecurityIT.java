/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The booted distribution is safe by default (issue 14, docs/security.md): no documented password works, the
 * operator role reads but cannot write, RESTCONF serves HTTPS with the certificate generated on the first start
 * (checked with {@code curl --cacert}, as an operator checks it), plain HTTP can be turned off, no session cookie
 * stands in for a password, an address that keeps failing to log in is locked out, and a user store that lost its
 * accounts gets its admin account back.
 */
@ExtendWith(ControllerExtension.class)
class SecurityIT {
    private static final String RULE = "/data/flowsteer-flowspec:flowspec/rule=security-it";
    private static final String RULE_BODY = "{\"flowsteer-flowspec:rule\":[{\"name\":\"security-it\","
        + "\"match\":{\"destination-prefix\":{\"prefix\":\"198.18.0.0/24\"}},"
        + "\"actions\":{\"traffic-rate-bytes\":{\"rate\":\"0\"}}}]}";
    private static final String OPERATOR = "night-shift";
    private static final String OPERATOR_PASSWORD = "reads-but-never-writes-42";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theDocumentedPasswordsDoNotWork(final Controller controller, final Restconf restconf) throws Exception {
        final Restconf.Response asDefault = restconf.as("admin", "admin").get("/data/flowsteer-flowspec:flowspec");
        assertEquals(401, asDefault.status(), "admin/admin must not log in: " + asDefault.body());
        final String users = Files.readString(controller.home().resolve("etc/users.properties"));
        assertFalse(users.lines().anyMatch(line -> line.startsWith("karaf = karaf,")), "console karaf/karaf");
        assertTrue(users.lines().anyMatch(line -> line.startsWith("karaf = {CRYPT}")),
            "the console password is stored hashed: " + users.lines().filter(l -> l.startsWith("karaf")).toList());
        final Process client = new ProcessBuilder(controller.home().resolve("bin/client").toString(), "-h",
            "127.0.0.1", "-u", "karaf", "-p", "karaf", "-r", "1", "-b").redirectErrorStream(true).start();
        client.getOutputStream().write("shell:echo logged-in\n".getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().close();
        final String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(client.waitFor(60, TimeUnit.SECONDS));
        assertFalse(output.contains("logged-in"), "karaf/karaf logged in to the console: " + output);
    }

    @Test
    void theOperatorRoleReadsAndExplainsButCannotChangeAnything(final Controller controller,
            final Restconf restconf) throws Exception {
        createOperator(controller);
        final Restconf operator = restconf.as(OPERATOR, OPERATOR_PASSWORD);
        assertEquals(201, restconf.put(RULE, RULE_BODY).status(), "admin writes");
        try {
            assertEquals(200, operator.get(RULE).status(), "operator reads configuration");
            assertEquals(200, operator.get("/data/flowsteer-status:flowspec-status?content=nonconfig").status(),
                "operator reads status");
            final Restconf.Response preview = operator.post("/operations/flowsteer-status:preview-rule",
                "{\"input\":{\"rule\":{\"name\":\"what-if\",\"match\":{\"destination-prefix\":"
                    + "{\"prefix\":\"198.18.1.0/24\"}},\"actions\":{\"traffic-marking\":{\"dscp\":10}}}}}");
            assertEquals(200, preview.status(), "operator runs preview-rule: " + preview.body());
            final Restconf.Response explain = operator.post("/operations/flowsteer-status:explain-packet",
                "{\"input\":{\"device\":\"no-such-router\",\"source\":\"198.51.100.7\",\"destination\":"
                    + "\"198.18.0.10\",\"protocol\":17}}");
            assertNotEquals(401, explain.status(), explain.body());
            assertNotEquals(403, explain.status(), "operator runs explain-packet: " + explain.body());
            final Restconf.Response summary = operator.post("/operations/flowsteer-status:rule-summary", "");
            assertEquals(200, summary.status(), "operator runs rule-summary: " + summary.body());
            assertTrue(summary.body().contains("\"configured\""), summary.body());

            final List<Restconf.Response> writes = List.of(
                operator.put(RULE, RULE_BODY.replace("\"0\"", "\"1000\"")),
                operator.patch(RULE, RULE_BODY.replace("\"0\"", "\"1000\"")),
                operator.post("/data/flowsteer-flowspec:flowspec", RULE_BODY.replace("security-it", "by-operator")),
                operator.delete(RULE),
                operator.post("/operations/flowsteer-status:resync-device", "{\"input\":{\"device\":\"x\"}}"),
                operator.get("/data/aaa:http-authorization"));
            for (Restconf.Response write : writes) {
                assertEquals(403, write.status(), write.body());
                assertTrue(write.body().contains("access-denied") && write.body().contains("admin role"),
                    write.body());
            }
            final String stored = restconf.get(RULE).body();
            assertTrue(stored.contains("\"rate\":\"0"), "the rule is as the admin wrote it: " + stored);
            assertEquals(409, restconf.get("/data/flowsteer-flowspec:flowspec/rule=by-operator").status());
        } finally {
            assertEquals(204, restconf.delete(RULE).status());
        }
    }

    @Test
    void httpsAnswersWithTheCertificateGeneratedOnTheFirstStart(final Controller controller) throws Exception {
        final Path pem = controller.home().resolve("etc/tls/restconf.pem");
        assertTrue(Files.isRegularFile(pem), "no " + pem);
        final String url = "https://localhost:8443/rests/data/flowsteer-flowspec:flowspec?content=config";
        final String user = "admin:" + adminPassword(controller);
        final CurlResult trusted = curl("--cacert", pem.toString(), "-u", user, url);
        assertEquals(0, trusted.exit(), trusted.output());
        assertTrue(trusted.output().startsWith("200") || trusted.output().startsWith("409"), trusted.output());
        final CurlResult untrusted = curl("-u", user, url);
        assertEquals(60, untrusted.exit(), "curl without --cacert must not trust it: " + untrusted.output());

        final String printed = Files.readString(controller.home().resolve("karaf-it.out"));
        assertTrue(printed.contains("SHA-256 fingerprint " + fingerprint(pem)),
            "the first start prints the certificate's fingerprint " + fingerprint(pem) + ": " + printed);
    }

    @Test
    void plainHttpCanBeTurnedOff(final Controller controller) throws Exception {
        final Path cfg = controller.home().resolve("etc/org.ops4j.pax.web.cfg");
        final String original = Files.readString(cfg);
        assertTrue(original.contains("org.osgi.service.http.enabled = true"), original);
        final InetSocketAddress http = controller.restconfAddress();
        try {
            Files.writeString(cfg, original.replace("org.osgi.service.http.enabled = true",
                "org.osgi.service.http.enabled = false"));
            Eventually.await("HTTP on " + http + " refuses connections", Duration.ofSeconds(60),
                Duration.ofMillis(500), () -> refuses(http));
            // the web server restarts its connectors and contexts: RESTCONF comes back on HTTPS alone
            final String pem = controller.home().resolve("etc/tls/restconf.pem").toString();
            final String user = "admin:" + adminPassword(controller);
            Eventually.await("RESTCONF answers on HTTPS while HTTP is off", Duration.ofSeconds(60),
                Duration.ofMillis(500), () -> answers(curl("--cacert", pem, "-u", user,
                    "https://localhost:8443/rests/data/flowsteer-flowspec:flowspec?content=config")));
            assertTrue(refuses(http), "HTTP stays off");
        } finally {
            Files.writeString(cfg, original);
            // the other tests use HTTP: wait until RESTCONF itself answers there again, not just the port
            Eventually.await("RESTCONF answers on " + http + " again", Duration.ofSeconds(60), Duration.ofMillis(500),
                () -> answers(curl("-u", "admin:" + adminPassword(controller),
                    "http://127.0.0.1:8181/rests/data/flowsteer-flowspec:flowspec?content=config")));
        }
    }

    @Test
    void noSessionCookieStandsInForThePassword(final Controller controller) throws Exception {
        final HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:8181/rests/data/flowsteer-flowspec:flowspec?content=config"))
            .header("Authorization", basic("admin", adminPassword(controller))).GET().build(),
            BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200 || response.statusCode() == 409, response.body());
        assertEquals(List.of(), response.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.toUpperCase(Locale.ROOT).startsWith("JSESSIONID")).toList());
    }

    @Test
    void anAddressThatKeepsFailingIsLockedOutAndTheHostItselfIsNot(final Controller controller) throws Exception {
        final InetAddress attacker = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, rawGet(attacker, basic("admin", "guess-" + i)));
        }
        assertEquals(429, rawGet(attacker, basic("admin", "guess-5")));
        assertEquals(429, rawGet(attacker, basic("admin", adminPassword(controller))),
            "locked out even with the right password");
        // the controller's own host (127.0.0.1) is exempt: local tools and monitoring keep working
        for (int i = 0; i < 6; i++) {
            rawGet(InetAddress.getByName("127.0.0.1"), basic("admin", "wrong"));
        }
        final int own = rawGet(InetAddress.getByName("127.0.0.1"), basic("admin", adminPassword(controller)));
        assertTrue(own == 200 || own == 409, "127.0.0.1 answered " + own);
    }

    @Test
    void aUserStoreThatLostItsAccountsGetsItsAdminBack(final Controller controller) throws Exception {
        final LogTail log = controller.logTail();
        final String admin = basic("admin", adminPassword(controller));
        assertEquals(200, userStatus(admin, "admin@sdn"), "admin in the user store to begin with");
        // AAA's H2 file is gone, as a crash can leave it: the next connection to it finds an empty store
        Files.delete(controller.home().resolve("data/idmlight.db.mv.db"));
        assertNotEquals(200, userStatus(admin, "admin@sdn"), "the store no longer knows admin (AAA's cache does)");
        // a login AAA's cache does not know meets the empty store and is rejected; that makes Flowsteer look at it
        final InetAddress host = InetAddress.getByName("127.0.0.1");
        Eventually.await("admin back in the user store", Duration.ofSeconds(60), Duration.ofSeconds(1), () -> {
            assertEquals(401, rawGet(host, basic("admin", "not-the-password")));
            return userStatus(admin, "admin@sdn");
        }, status -> status == 200);
        // the account is in the store a moment before the rebuild ends, empties AAA's cache and says so
        Eventually.await("the log saying the accounts were lost", Duration.ofSeconds(30), Duration.ofMillis(200),
            () -> log.text().contains("had lost its accounts"));
        // the cache was emptied, so this login is checked against the store again
        final int own = rawGet(host, admin);
        assertTrue(own == 200 || own == 409, "admin's first password answered " + own);
    }

    private static int userStatus(final String authorization, final String user) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8181/auth/v1/users/" + user))
            .header("Authorization", authorization).GET().build(), BodyHandlers.discarding()).statusCode();
    }

    private static void createOperator(final Controller controller) throws Exception {
        final String admin = basic("admin", adminPassword(controller));
        final HttpResponse<String> existing = HTTP.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:8181/auth/v1/users/" + OPERATOR + "@sdn")).header("Authorization", admin).GET().build(),
            BodyHandlers.ofString());
        if (existing.statusCode() == 200) {
            return;
        }
        final HttpResponse<String> user = HTTP.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:8181/auth/v1/users")).header("Authorization", admin)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"name\":\"" + OPERATOR + "\",\"password\":\"" + OPERATOR_PASSWORD
                + "\",\"domainid\":\"sdn\",\"enabled\":1,\"description\":\"reads status\",\"email\":\"\"}"))
            .build(), BodyHandlers.ofString());
        assertEquals(201, user.statusCode(), user.body());
        final HttpResponse<String> grant = HTTP.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:8181/auth/v1/domains/sdn/users/" + OPERATOR + "@sdn/roles"))
            .header("Authorization", admin).header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"roleid\":\"operator@sdn\"}")).build(), BodyHandlers.ofString());
        assertEquals(201, grant.statusCode(), grant.body());
    }

    private static String adminPassword(final Controller controller) throws IOException {
        return Files.readString(controller.home().resolve("etc/initial-passwords/restconf-admin")).strip();
    }

    private static String basic(final String user, final String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A GET of the rules from a chosen source address (Java's HTTP client cannot bind one).
     */
    private static int rawGet(final InetAddress source, final String authorization) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", 8181), 5000);
            socket.setSoTimeout(30_000);
            final OutputStream out = socket.getOutputStream();
            out.write(("GET /rests/data/flowsteer-flowspec:flowspec?content=config HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: " + authorization + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
            out.flush();
            final InputStream in = socket.getInputStream();
            final String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            final String[] status = reply.split(" ", 3);
            return Integer.parseInt(status[1]);
        }
    }

    private static boolean answers(final CurlResult result) {
        return result.exit() == 0 && (result.output().startsWith("200") || result.output().startsWith("409"));
    }

    private static boolean refuses(final InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 2000);
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private record CurlResult(int exit, String output) {
    }

    private static CurlResult curl(final String... args) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of("curl", "-sS", "-o", "/dev/null", "-w",
            "%{http_code}\\n", "--max-time", "20"));
        command.addAll(List.of(args));
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "curl did not finish");
        return new CurlResult(process.exitValue(), output);
    }

    private static String fingerprint(final Path pem) throws Exception {
        final X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
        final byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }
}
