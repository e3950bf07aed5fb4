/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowsteerFlowspecData;

/**
 * Leaf values at the edges of their syntax and ranges, and patterns, as a rule's fields check them: whole numbers
 * compared within a long and the exact check that words what is out of range, decimals, and a pattern's own
 * error message.
 */
class LeafValuesTest {
    private static final RequestChecks CHECKS = new RequestChecks(new SchemaIndex(
        BindingRuntimeHelpers.createEffectiveModel(FlowsteerFlowspecData.class)));

    private static @Nullable String patch(final String name, final String protocol, final String rate,
            final String color) {
        final String body = "{\"flowsteer-flowspec:rule\":[{\"name\":\"" + name + "\",\"match\":{"
            + "\"ip-protocol\":{\"term\":[{\"id\":0,\"value\":" + protocol + "}]}},\"actions\":{"
            + "\"traffic-rate-bytes\":{\"rate\":" + rate + "},\"redirect-load-balancing-group\":{\"path\":[{\"id\":1,"
            + "\"endpoint\":\"192.0.2.1\",\"color\":" + color + "}]}}}]}";
        final Refusal refusal = CHECKS.body("PATCH", ApiPath.parse("data/flowsteer-flowspec:flowspec/rule=r1"),
            body.getBytes(StandardCharsets.UTF_8));
        return refusal == null ? null : refusal.message();
    }

    private static @Nullable String protocol(final String value) {
        return patch("r1", value, "\"0\"", "5");
    }

    private static @Nullable String rate(final String value) {
        return patch("r1", "6", value, "5");
    }

    @Test
    void wholeNumbers() {
        assertNull(protocol("0"));
        assertNull(protocol("255"));
        assertNull(protocol("-0"));
        assertEquals("rule 'r1', field match/ip-protocol/term[0]/value: 256 is out of range: allowed is 0..255",
            protocol("256"));
        assertEquals("rule 'r1', field match/ip-protocol/term[0]/value: -1 is out of range: allowed is 0..255",
            protocol("-1"));
        assertEquals("rule 'r1', field match/ip-protocol/term[0]/value: 123456789012345678901 is out of range:"
            + " allowed is 0..255", protocol("123456789012345678901"));
        assertEquals("rule 'r1', field match/ip-protocol/term[0]/value: must be a whole number written in decimal,"
            + " not 1.0", protocol("1.0"));
        assertEquals("rule 'r1', field match/ip-protocol/term[0]/value: must be a whole number written in decimal,"
            + " not 1e2", protocol("1e2"));
        assertNull(patch("r1", "6", "\"0\"", "4294967295"));
        assertEquals("rule 'r1', field actions/redirect-load-balancing-group/path[1]/color: 4294967296 is out of"
            + " range: allowed is 0..4294967295", patch("r1", "6", "\"0\"", "4294967296"));
    }

    @Test
    void decimals() {
        assertNull(rate("\"1.5\""));
        assertNull(rate("2.125"));
        assertEquals("rule 'r1', field actions/traffic-rate-bytes/rate: must be a decimal number such as \"1.5\","
            + " not \"1.\"", rate("\"1.\""));
        assertEquals("rule 'r1', field actions/traffic-rate-bytes/rate: must be a decimal number such as \"1.5\","
            + " not \".5\"", rate("\".5\""));
        assertEquals("rule 'r1', field actions/traffic-rate-bytes/rate: must be a decimal number such as \"1.5\","
            + " not \"01.5\"", rate("\"01.5\""));
        assertEquals("rule 'r1', field actions/traffic-rate-bytes/rate: \"0.0001\" has more than 3 digits after"
            + " the point", rate("\"0.0001\""));
        assertEquals("rule 'r1', field actions/traffic-rate-bytes/rate: -1 is out of range: allowed is"
            + " 0.0..9223372036854775.807", rate("\"-1\""));
    }

    @Test
    void patternsSayWhatTheModelSays() {
        assertEquals("rule '-r1', field name: \"-r1\": rule name must start with a letter or digit and use only"
            + " A-Z a-z 0-9 . _ : -", patch("-r1", "6", "\"0\"", "5"));
    }
}
