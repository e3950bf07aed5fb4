/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.FlowsteerDevicesData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowsteerFlowspecData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.FlowsteerIndirectionData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowsteerStatusData;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.codec.gson.JSONCodecFactory;
import org.opendaylight.yangtools.yang.data.codec.gson.JSONCodecFactorySupplier;
import org.opendaylight.yangtools.yang.data.codec.gson.JsonParserStream;
import org.opendaylight.yangtools.yang.data.impl.schema.ImmutableNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.impl.schema.NormalizationResultHolder;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.util.SchemaInferenceStack;

/**
 * Bodies the front door hands RESTCONF with qualified member names read, in OpenDaylight's own JSON parser (the one
 * RESTCONF uses), as exactly the same data as the bodies sent; every name that the models know carries its module.
 */
class QualifiedNamesTest {
    private static final EffectiveModelContext CONTEXT = BindingRuntimeHelpers.createEffectiveModel(
        FlowsteerFlowspecData.class, FlowsteerDevicesData.class, FlowsteerIndirectionData.class,
        FlowsteerStatusData.class);
    private static final RequestChecks CHECKS = new RequestChecks(new SchemaIndex(CONTEXT));
    private static final JSONCodecFactory CODECS = JSONCodecFactorySupplier.RFC7951.getShared(CONTEXT);
    private static final String FLOWSPEC = "urn:flowsteer:yang:flowspec";
    private static final Pattern MEMBER = Pattern.compile("\"([^\"]+)\":");

    private static final String RULES = "{\"flowsteer-flowspec:flowspec\":{\"rule\":["
        + "{\"name\":\"r1\",\"match\":{\"destination-prefix\":{\"prefix\":\"192.0.2.0/24\"},"
        + "\"ip-protocol\":{\"term\":[{\"id\":0,\"value\":17},{\"id\":1,\"comparison\":\"eq\",\"value\":6}]}},"
        + "\"actions\":{\"traffic-rate-bytes\":{\"rate\":\"1250.50\"}},\"device\":[\"pe1\",\"pe2\"]},"
        + "{\"name\":\"r2\",\"description\":\"r\\u00e9 \\\"two\\\" \\u2028\","
        + "\"match\":{\"destination-prefix\":{\"prefix\":\"198.51.100.0/24\"}},"
        + "\"actions\":{\"redirect-to-vrf\":{\"as2-administrator\":65000,\"as2-assigned-number\":4294967295}}}"
        + "]}}";

    @Test
    void aPatchOfRulesReadsAsTheSameData() throws IOException {
        // values are written as they came: the decimal keeps its trailing zero, the uint32 every digit
        readsAsTheSame("PATCH", "data/flowsteer-flowspec:flowspec", RULES, null,
            "\"flowsteer-flowspec:rate\":\"1250.50\"", "\"flowsteer-flowspec:as2-assigned-number\":4294967295",
            "\"flowsteer-flowspec:device\":[\"pe1\",\"pe2\"]");
    }

    @Test
    void aPutOfOneEntryReadsAsTheSameData() throws IOException {
        final String rule = "{\"flowsteer-flowspec:rule\":[{\"name\":\"r1\",\"match\":{\"destination-prefix\":"
            + "{\"prefix\":\"192.0.2.0/24\"}},\"actions\":{\"traffic-rate-bytes\":{\"rate\":\"0\"}}}]}";
        readsAsTheSame("PUT", "data/flowsteer-flowspec:flowspec/rule=r1", rule,
            QName.create(FLOWSPEC, "2026-11-25", "flowspec"));
    }

    @Test
    void aRouterWithAChoiceReadsAsTheSameData() throws IOException {
        final String device = "{\"flowsteer-devices:devices\":{\"device\":[{\"name\":\"pe1\",\"bgp\":"
            + "{\"peer-address\":\"192.0.2.1\",\"peer-as\":65001,\"hold-time\":90,"
            + "\"address-family\":[\"ipv4-flowspec\"]},\"capability-profile\":{\"built-in\":\"full\"}}]}}";
        readsAsTheSame("PUT", "data/flowsteer-devices:devices", device, null,
            "\"flowsteer-devices:built-in\":\"full\"", "\"flowsteer-devices:peer-as\":65001");
    }

    @Test
    void aNameAlreadyQualifiedStaysAsItIs() throws IOException {
        final String body = "{\"flowsteer-flowspec:flowspec\":{\"flowsteer-flowspec:rule\":[{\"name\":\"r1\","
            + "\"flowsteer-flowspec:match\":{\"destination-prefix\":{\"prefix\":\"192.0.2.0/24\"}}}]}}";
        readsAsTheSame("PATCH", "data/flowsteer-flowspec:flowspec", body, null);
    }

    @Test
    void whatTheModelsDoNotKnowGoesAsItCame() throws IOException {
        final byte[] unknown = ("{\"flowsteer-flowspec:flowspec\":{\"colour\":{\"hue\":[1,2.50,null,true]},"
            + "\"rule\":[]}}").getBytes(StandardCharsets.UTF_8);
        final String text = new String(QualifiedNames.of(new SchemaIndex(CONTEXT), CONTEXT, null, unknown),
            StandardCharsets.UTF_8);
        assertEquals("{\"flowsteer-flowspec:flowspec\":{\"colour\":{\"hue\":[1,2.50,null,true]},"
            + "\"flowsteer-flowspec:rule\":[]}}", text);
    }

    @Test
    void onlyDataWritesAreRewritten() {
        final byte[] body = RULES.getBytes(StandardCharsets.UTF_8);
        final ApiPath data = ApiPath.parse("data/flowsteer-flowspec:flowspec");
        assertArrayEquals(body, CHECKS.forRestconf("DELETE", data, body));
        assertArrayEquals(body, CHECKS.forRestconf("GET", data, body));
        assertArrayEquals(body, CHECKS.forRestconf("POST", ApiPath.parse("operations/flowsteer-flowspec:x"), body));
        // a path outside the models is RESTCONF's to answer, with the body as it was sent
        assertArrayEquals(body, CHECKS.forRestconf("PUT", ApiPath.parse("data/nowhere:thing"), body));
        assertFalse(new String(CHECKS.forRestconf("PATCH", data, body), StandardCharsets.UTF_8).equals(RULES));
    }

    /**
     * The body the front door hands RESTCONF for one it lets through, checked to read as the same data as the body
     * sent, to carry every name qualified, and to hold each of the given fragments of text.
     */
    private static void readsAsTheSame(final String method, final String path, final String body,
            final @Nullable QName under, final String... fragments) throws IOException {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertNull(CHECKS.body(method, ApiPath.parse(path), bytes), "the check lets the body through");
        final String qualified = new String(CHECKS.forRestconf(method, ApiPath.parse(path), bytes),
            StandardCharsets.UTF_8);
        assertEquals(parse(body, under), parse(qualified, under));
        assertEveryNameQualified(qualified);
        for (String fragment : fragments) {
            assertTrue(qualified.contains(fragment), qualified);
        }
    }

    private static void assertEveryNameQualified(final String body) {
        final Matcher member = MEMBER.matcher(body);
        int names = 0;
        while (member.find()) {
            assertTrue(member.group(1).startsWith("flowsteer-"), "not qualified: " + member.group(1) + " in " + body);
            names++;
        }
        assertTrue(names > 3, body);
    }

    /**
     * What RESTCONF's parser reads from a body whose top-level members are children of the context or of a
     * top-level container.
     */
    private static NormalizedNode parse(final String body, final @Nullable QName under) throws IOException {
        final NormalizationResultHolder result = new NormalizationResultHolder();
        final var writer = ImmutableNormalizedNodeStreamWriter.from(result);
        final JsonParserStream parser;
        if (under == null) {
            parser = JsonParserStream.create(writer, CODECS);
        } else {
            final SchemaInferenceStack stack = SchemaInferenceStack.of(CONTEXT);
            stack.enterSchemaTree(under);
            parser = JsonParserStream.create(writer, CODECS, stack.toInference());
        }
        try (JsonReader reader = new JsonReader(new StringReader(body))) {
            parser.parse(reader);
        }
        return result.getResult().data();
    }
}
