/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.flowsteer.api.secret.SealedSecret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Sealing request bodies with a real AES cipher, and masking replies as they stream.
 */
class SecretSealerTest {
    private static final SecretKeySpec KEY = new SecretKeySpec("sixteen byte key".getBytes(StandardCharsets.US_ASCII),
        "AES");
    private static final Pattern SEALED = Pattern.compile(Pattern.quote(SealedSecret.PREFIX) + "[A-Za-z0-9_-]+");

    private final SecretSealer sealer = new SecretSealer(input -> aes(Cipher.ENCRYPT_MODE, input), new SecureRandom());

    private static byte[] aes(final int mode, final byte[] input) throws GeneralSecurityException {
        final Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(mode, KEY, new IvParameterSpec(new byte[16]));
        return cipher.doFinal(input);
    }

    private static String open(final String sealed) throws GeneralSecurityException {
        return SealedSecret.open(sealed, input -> aes(Cipher.DECRYPT_MODE, input));
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String sealJson(final String path, final String body) throws SecretSealer.RefusedSecret {
        return new String(sealer.sealJson(ApiPath.parse(path), utf8(body)), StandardCharsets.UTF_8);
    }

    @Test
    void aDeviceWrittenAsJsonIsStoredWithItsSecretsSealed() throws Exception {
        final String sealed = sealJson("/data/flowsteer-devices:devices", """
            {"flowsteer-devices:device": [{"name": "pe1",
              "bgp": {"peer-address": "192.0.2.1", "peer-as": 65001, "tcp-md5-key": "md5 key"},
              "netconf": {"host": "192.0.2.1", "username": "admin", "password": "s3cret",
                          "private-key": "-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----\\n"}}]}
            """);
        final JsonObject device = JsonParser.parseString(sealed).getAsJsonObject()
            .getAsJsonArray("flowsteer-devices:device").get(0).getAsJsonObject();
        final JsonObject netconf = device.getAsJsonObject("netconf");
        assertEquals("s3cret", open(netconf.get("password").getAsString()));
        assertEquals("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
            open(netconf.get("private-key").getAsString()));
        assertEquals("md5 key", open(device.getAsJsonObject("bgp").get("tcp-md5-key").getAsString()));
        assertEquals("admin", netconf.get("username").getAsString(), "other leaves stay as written");
        assertEquals(65001, device.getAsJsonObject("bgp").get("peer-as").getAsInt());
        assertFalse(outsideSealed(sealed).contains("s3cret"), sealed);
    }

    @Test
    void aLeafWrittenByItselfAndAYangPatchAreSealedToo() throws Exception {
        final String leaf = sealJson("/data/flowsteer-devices:devices/device=pe1/netconf/password",
            "{\"flowsteer-devices:password\": \"s3cret\"}");
        assertEquals("s3cret", open(JsonParser.parseString(leaf).getAsJsonObject().get("flowsteer-devices:password")
            .getAsString()));
        final String patch = sealJson("/data/flowsteer-devices:devices", """
            {"ietf-yang-patch:yang-patch": {"patch-id": "p", "edit": [{"edit-id": "e", "operation": "merge",
              "target": "/device=pe1/netconf", "value": {"flowsteer-devices:netconf": {"password": "s3cret"}}}]}}
            """);
        assertFalse(outsideSealed(patch).contains("s3cret"), patch);
        final Matcher found = SEALED.matcher(patch);
        assertTrue(found.find());
        assertEquals("s3cret", open(found.group()));
    }

    @Test
    void aWholeDatastoreWriteSealsOnlyInsideFlowsteerDevices() throws Exception {
        final String sealed = sealJson("/data", """
            {"other-module:thing": {"password": "not ours"},
             "flowsteer-devices:devices": {"device": [{"name": "pe1", "netconf": {"password": "s3cret"}}]}}
            """);
        assertTrue(sealed.contains("\"not ours\""), sealed);
        assertFalse(outsideSealed(sealed).contains("s3cret"), sealed);
        assertFalse(SecretSealer.applies(ApiPath.parse("/data/flowsteer-flowspec:flowspec")));
        assertFalse(SecretSealer.applies(ApiPath.parse("/operations/flowsteer-flowspec:preview-rule")));
    }

    @Test
    void aBodyWithoutSecretsIsHandedOnAsSent() throws Exception {
        final byte[] body = utf8("{\"flowsteer-devices:device\": [{\"name\": \"pe1\"}]}");
        assertSame(body, sealer.sealJson(ApiPath.parse("/data/flowsteer-devices:devices"), body));
    }

    @Test
    void aDeviceWrittenAsXmlIsStoredWithItsSecretsSealed() throws Exception {
        final String body = """
            <device xmlns="urn:flowsteer:yang:devices"><name>pe1</name>
              <netconf><host>192.0.2.1</host><username>admin</username><password>s3&amp;cret</password></netconf>
              <bgp><peer-address>192.0.2.1</peer-address><tcp-md5-key>md5 key</tcp-md5-key></bgp>
              <other xmlns="urn:example"><password>not ours</password></other>
            </device>""";
        final String sealed = new String(sealer.sealXml(ApiPath.parse("/data/flowsteer-devices:devices"),
            utf8(body)), StandardCharsets.UTF_8);
        assertFalse(outsideSealed(sealed).contains("s3"), sealed);
        assertFalse(outsideSealed(sealed).contains("md5 key"), sealed);
        assertTrue(sealed.contains("<password>not ours</password>"), sealed);
        final Matcher found = SEALED.matcher(sealed);
        assertTrue(found.find());
        assertEquals("s3&cret", open(found.group()));
        assertTrue(found.find());
        assertEquals("md5 key", open(found.group()));
        assertTrue(sealed.contains("<name>pe1</name>"));
    }

    @Test
    void theMaskAndValuesOutsideTheLimitsAreRefusedWithoutRepeatingThem() {
        final var mask = assertThrows(SecretSealer.RefusedSecret.class, () -> sealJson(
            "/data/flowsteer-devices:devices/device=pe1",
            "{\"flowsteer-devices:device\": [{\"name\": \"pe1\", \"netconf\": {\"password\": \"********\"}}]}"));
        assertEquals("device 'pe1', field netconf/password is the mask that reads show in place of a secret: "
            + "write the secret itself", mask.getMessage());
        final var tooLong = assertThrows(SecretSealer.RefusedSecret.class, () -> sealJson(
            "/data/flowsteer-devices:devices", "{\"flowsteer-devices:device\": [{\"name\": \"pe2\", \"bgp\": "
                + "{\"tcp-md5-key\": \"" + "k".repeat(81) + "\"}}]}"));
        assertEquals("device 'pe2', field bgp/tcp-md5-key must be 1 to 80 printable ASCII characters (the value is "
            + "not repeated here)", tooLong.getMessage());
        final var notText = assertThrows(SecretSealer.RefusedSecret.class, () -> sealJson(
            "/data/flowsteer-devices:devices/device=pe3/netconf", "{\"flowsteer-devices:netconf\": {\"password\": "
                + "123456}}"));
        assertEquals("device 'pe3', field netconf/password must be a string", notText.getMessage());
        assertEquals(400, notText.refusal().status());
    }

    @Test
    void repliesShowTheMaskInPlaceOfSealedValues() throws Exception {
        final String sealed = sealJson("/data/flowsteer-devices:devices/device=pe1/netconf/password",
            "{\"flowsteer-devices:password\": \"s3cret\"}");
        final String reply = "{\"a\":\"$flow\",\"b\":\"$$flowsteer-sealed$2$x\"," + sealed.substring(1, sealed.length()
            - 1) + ",\"c\":\"" + SealedSecret.PREFIX + "\",\"d\":\"end$flowsteer-sealed$1$abc\"}";
        final String expected = "{\"a\":\"$flow\",\"b\":\"$$flowsteer-sealed$2$x\",\"flowsteer-devices:password\":"
            + "\"********\",\"c\":\"" + SealedSecret.PREFIX + "\",\"d\":\"end********\"}";
        final byte[] bytes = utf8(reply);
        // every split of the reply into two writes, and octet by octet
        for (int split = 0; split <= bytes.length; split++) {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MaskedOutput masked = MaskedOutput.over(out)) {
                masked.write(bytes, 0, split);
                masked.write(bytes, split, bytes.length - split);
            }
            assertEquals(expected, out.toString(StandardCharsets.UTF_8), "split at " + split);
        }
        assertEquals(expected, masked(bytes));
        assertEquals("ends in a sealed value: ********", masked(utf8("ends in a sealed value: " + SealedSecret.PREFIX
            + "abc")));
        assertEquals("ends in a partial prefix $flowsteer-se", masked(utf8("ends in a partial prefix $flowsteer-se")));
    }

    /**
     * The text with every sealed value taken out: a sealed value is random and may contain any short text by chance.
     */
    private static String outsideSealed(final String text) {
        return SEALED.matcher(text).replaceAll("");
    }

    private static String masked(final byte[] reply) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MaskedOutput masked = MaskedOutput.over(out)) {
            for (byte octet : reply) {
                masked.write(octet);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
