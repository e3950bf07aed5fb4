/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.FlowsteerDevicesData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowsteerFlowspecData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.FlowsteerIndirectionData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowsteerStatusData;

/**
 * The front door's checks against Flowsteer's real models: what RESTCONF would take but must not, refused naming the
 * rule or router and the field; what is right, let through.
 */
class RequestChecksTest {
    private static final RequestChecks CHECKS = new RequestChecks(new SchemaIndex(
        BindingRuntimeHelpers.createEffectiveModel(FlowsteerFlowspecData.class, FlowsteerDevicesData.class,
            FlowsteerIndirectionData.class, FlowsteerStatusData.class)));
    private static final String RULE = "data/flowsteer-flowspec:flowspec/rule=r1";
    private static final String DEVICE = "data/flowsteer-devices:devices/device=pe1";

    private static @Nullable Refusal put(final String path, final String body) {
        return CHECKS.body("PUT", ApiPath.parse(path), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String rule(final String match) {
        return "{\"flowsteer-flowspec:rule\":[{\"name\":\"r1\",\"match\":{" + match + "},"
            + "\"actions\":{\"traffic-rate-bytes\":{\"rate\":\"0\"}}}]}";
    }

    private static String refused(final String path, final String body) {
        final Refusal refusal = put(path, body);
        assertNotNull(refusal, "should be refused: " + body);
        assertEquals(400, refusal.status());
        return refusal.message();
    }

    @Test
    void aGoodRuleAndRouterPass() {
        assertNull(put(RULE, rule("\"destination-prefix\":{\"prefix\":\"192.0.2.0/24\"},"
            + "\"ip-protocol\":{\"term\":[{\"id\":0,\"comparison\":\"eq\",\"value\":17}]}")));
        assertNull(put(DEVICE, "{\"flowsteer-devices:device\":[{\"name\":\"pe1\",\"bgp\":{\"peer-address\":"
            + "\"192.0.2.1\",\"peer-as\":65001,\"hold-time\":90}}]}"));
    }

    @Test
    void numbersWrittenAsStringsAreRefused() {
        final String message = refused(RULE, rule("\"ip-protocol\":{\"term\":[{\"id\":0,\"value\":\"010\"}]}"));
        assertEquals("rule 'r1', field match/ip-protocol/term[0]/value: must be a JSON number, not the string"
            + " \"010\" (RFC 7951 section 6.1)", message);
        assertTrue(refused(RULE, rule("\"ip-protocol\":{\"term\":[{\"id\":0,\"value\":300}]}"))
            .contains("300 is out of range: allowed is 0..255"));
        // decimal64 is a string in RFC 7951, but a plain decimal one
        assertTrue(refused(RULE, rule("\"dscp\":{\"term\":[{\"id\":0,\"value\":1}]}").replace("\"0\"", "\"0x10\""))
            .contains("field actions/traffic-rate-bytes/rate: must be a decimal number"));
    }

    @Test
    void duplicateKeysAndUnknownNamesAreRefused() {
        assertTrue(refused(RULE, rule("\"ip-protocol\":{\"term\":[{\"id\":0,\"value\":6},{\"id\":0,\"value\":17}]}"))
            .contains("field match/ip-protocol/term: two entries have the same id 0"));
        assertTrue(refused(RULE, "{\"foo:rule\":[{\"name\":\"r1\"}]}").contains("there is no module called 'foo'"));
        assertTrue(refused(RULE, "{\"flowsteer-flowspec:rule\":[{\"name\":\"r1\",\"colour\":\"red\"}]}")
            .contains("rule 'r1', field colour: there is no such field"));
    }

    @Test
    void addressesMustBeAddresses() {
        final String message = refused(DEVICE, "{\"flowsteer-devices:device\":[{\"name\":\"pe1\",\"bgp\":{"
            + "\"peer-address\":\"300.1.1.1\",\"peer-as\":65001}}]}");
        assertTrue(message.startsWith("device 'pe1', field bgp/peer-address: "), message);
        assertTrue(refused(DEVICE, "{\"flowsteer-devices:device\":[{\"name\":\"pe1\",\"bgp\":{"
            + "\"peer-address\":\"192.0.2.1\",\"peer-as\":65001,\"peer-port\":0}}]}")
            .contains("field bgp/peer-port: 0 is out of range: allowed is 1..65535"));
    }

    @Test
    void mandatoryLeavesAndChoicesMustBeThere() {
        assertTrue(refused(DEVICE, "{\"flowsteer-devices:device\":[{\"name\":\"pe1\",\"bgp\":{\"peer-as\":65001}}]}")
            .contains("device 'pe1', field bgp/peer-address: is mandatory and missing"));
        assertTrue(refused("data/flowsteer-indirection:indirection-tables",
            "{\"flowsteer-indirection:indirection-tables\":{\"router-table\":[{\"name\":\"pe1\",\"entry\":[{"
            + "\"id-type\":"
            + "\"localised-id\",\"id\":1}]}]}}").contains("needs one of next-hop"));
    }

    @Test
    void stringsAndListsAreBounded() {
        assertTrue(refused(DEVICE, "{\"flowsteer-devices:device\":[{\"name\":\"pe1\",\"description\":\""
            + "x".repeat(1025) + "\"}]}").contains("field description: is 1025 characters long: allowed is 0..1024"));
    }

    @Test
    void operationalStateIsReadOnly() {
        final Refusal refusal = CHECKS.beforeBody("PUT", ApiPath.parse("data/flowsteer-status:flowspec-status"));
        assertNotNull(refusal);
        assertEquals(405, refusal.status());
        assertNull(CHECKS.beforeBody("PUT", ApiPath.parse(RULE)));
        assertNull(CHECKS.beforeBody("GET", ApiPath.parse("data/flowsteer-status:flowspec-status")));
    }

    @Test
    void rpcInputIsChecked() {
        final Refusal refusal = CHECKS.body("POST", ApiPath.parse("operations/flowsteer-status:explain-packet"),
            "{\"input\":{\"source-port\":\"abc\"}}".getBytes(StandardCharsets.UTF_8));
        assertNotNull(refusal);
        assertTrue(refusal.message().startsWith("explain-packet input, field source-port: "), refusal.message());
    }

    @Test
    void malformedJsonIsRefused() {
        final Refusal refusal = put(RULE, "{\"flowsteer-flowspec:rule\": [");
        assertNotNull(refusal);
        assertEquals("malformed-message", refusal.errorTag());
        assertNotNull(put(RULE, "{'flowsteer-flowspec:rule': []}"), "single quotes are not JSON");
    }
}
