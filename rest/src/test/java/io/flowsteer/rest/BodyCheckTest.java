/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.FlowsteerDevicesData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowsteerFlowspecData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.FlowsteerIndirectionData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowsteerStatusData;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * The body check as it works from the schema index: each context answers from its own models, and the choices,
 * mandatory fields, element counts, keys and unique statements it derives once are those of the node the body is
 * at, however deep.
 */
class BodyCheckTest {
    private static final EffectiveModelContext ALL = BindingRuntimeHelpers.createEffectiveModel(
        FlowsteerFlowspecData.class, FlowsteerDevicesData.class, FlowsteerIndirectionData.class,
        FlowsteerStatusData.class);
    private static final EffectiveModelContext FLOWSPEC_ONLY = BindingRuntimeHelpers.createEffectiveModel(
        FlowsteerFlowspecData.class);
    private static final SchemaIndex INDEX = new SchemaIndex(ALL);
    private static final String RULE = "data/flowsteer-flowspec:flowspec/rule=r1";

    private static @Nullable String check(final SchemaIndex index, final String method, final String path,
            final String body) {
        final Refusal refusal = new RequestChecks(index).body(method, ApiPath.parse(path),
            body.getBytes(StandardCharsets.UTF_8));
        return refusal == null ? null : refusal.message();
    }

    private static @Nullable String put(final String actions) {
        return check(INDEX, "PUT", RULE, rule(actions));
    }

    private static @Nullable String patch(final String actions) {
        return check(INDEX, "PATCH", RULE, rule(actions));
    }

    private static String rule(final String actions) {
        return "{\"flowsteer-flowspec:rule\":[{\"name\":\"r1\",\"match\":{\"destination-prefix\":{\"prefix\":"
            + "\"192.0.2.0/24\"}},\"actions\":{" + actions + "}}]}";
    }

    @Test
    void eachContextAnswersFromItsOwnModels() {
        final SchemaIndex flowspecOnly = new SchemaIndex(FLOWSPEC_ONLY);
        final String device = "{\"flowsteer-devices:devices\":{\"device\":[{\"name\":\"pe1\",\"colour\":1}]}}";
        assertEquals("field flowsteer-devices:devices: there is no module called 'flowsteer-devices'",
            check(flowspecOnly, "PATCH", "data", device));
        assertEquals("device 'pe1', field colour: there is no such field in device 'pe1'",
            check(INDEX, "PATCH", "data", device));
        // the first context's shapes are its own still
        assertEquals("field flowsteer-devices:devices: there is no module called 'flowsteer-devices'",
            check(flowspecOnly, "PATCH", "data", device));
        assertNull(check(flowspecOnly, "PATCH", RULE, rule("\"traffic-rate-bytes\":{\"rate\":\"0\"}")));
    }

    @Test
    void theIndexIsReplacedOnlyWhenTheContextChanges() {
        assertSame(INDEX, SchemaIndex.forContext(INDEX, ALL));
        final SchemaIndex other = SchemaIndex.forContext(INDEX, FLOWSPEC_ONLY);
        assertNotSame(INDEX, other);
        assertSame(FLOWSPEC_ONLY, other.context());
        assertSame(ALL, SchemaIndex.forContext(null, ALL).context());
    }

    @Test
    void choicesInNestedContainers() {
        assertEquals("rule 'r1', field actions/redirect-to-vrf: as2-administrator and ipv4-administrator are"
            + " alternatives (route-target); give only one", patch("\"redirect-to-vrf\":{\"as2-administrator\":1,"
            + "\"ipv4-administrator\":\"192.0.2.1\"}"));
        assertEquals("rule 'r1', field actions/redirect-to-vrf/as2-assigned-number: is mandatory and missing",
            put("\"redirect-to-vrf\":{\"as2-administrator\":1}"));
        assertNull(patch("\"redirect-to-vrf\":{\"as2-administrator\":1}"));
        assertEquals("rule 'r1', field actions/redirect-to-vrf/route-target: needs one of as2-administrator,"
            + " as2-assigned-number, ipv4-administrator, ipv4-assigned-number, as4-administrator,"
            + " as4-assigned-number, ipv6-administrator, ipv6-assigned-number", put("\"redirect-to-vrf\":{}"));
        assertNull(patch("\"redirect-to-vrf\":{}"));
        assertNull(put("\"redirect-to-vrf\":{\"flowsteer-flowspec:as4-administrator\":70000,"
            + "\"as4-assigned-number\":1}"));
    }

    @Test
    void mandatoryFieldsAndCountsInNestedContainers() {
        assertEquals("rule 'r1', field actions/traffic-rate-bytes/rate: is mandatory and missing",
            put("\"traffic-rate-bytes\":{}"));
        assertNull(patch("\"traffic-rate-bytes\":{}"));
        assertEquals("rule 'r1', field actions/redirect-to-ip/target: needs at least 1 entry",
            put("\"redirect-to-ip\":{}"));
        assertEquals("rule 'r1', field actions/redirect-to-ip/target: has 0 entries, at least 1 are needed",
            put("\"redirect-to-ip\":{\"target\":[]}"));
        assertEquals("rule 'r1', field actions/traffic-marking/flowsteer-devices:dscp: there is no such field in"
            + " traffic-marking; rule 'r1', field actions/traffic-marking/dscp: is mandatory and missing",
            put("\"traffic-marking\":{\"flowsteer-devices:dscp\":10}"));
        assertEquals("rule 'r1', field actions/traffic-marking/nope:dscp: there is no module called 'nope'",
            patch("\"traffic-marking\":{\"nope:dscp\":10}"));
    }

    @Test
    void keysAndUniqueStatementsOfNestedLists() {
        final String path = "\"redirect-load-balancing-group\":{\"path\":[{\"id\":1,\"endpoint\":\"192.0.2.1\","
            + "\"color\":5},{\"id\":2,\"endpoint\":\"192.0.2.1\",\"color\":5}%s]}";
        assertEquals("rule 'r1', field actions/redirect-load-balancing-group/path: two entries have the same"
            + " endpoint and color \"192.0.2.1\",5; the model says they must differ", patch(path.formatted("")));
        // an entry without one of the leaves is not compared
        assertNull(patch(path.formatted("").replace(",\"color\":5}]", "}]")));
        assertEquals("rule 'r1', field actions/redirect-load-balancing-group/path: two entries have the same id 1;"
            + " each must be given once", patch(path.formatted(",{\"id\":1,\"endpoint\":\"192.0.2.3\"}")
                .replace("\"id\":2,\"endpoint\":\"192.0.2.1\"", "\"id\":2,\"endpoint\":\"192.0.2.2\"")));
        assertEquals("rule 'r1', field actions/redirect-to-indirection-id/indirection-id: two entries have the"
            + " same id-type,id localised-id,1; each must be given once", patch("\"redirect-to-indirection-id\":{"
            + "\"indirection-id\":[{\"id-type\":\"localised-id\",\"id\":1,\"sequence-id\":1},{\"id-type\":"
            + "\"localised-id\",\"id\":1,\"sequence-id\":2}]}"));
        // a key written as a string is a different JSON value from the number: refused for its type only
        assertEquals("rule 'r1', field actions/redirect-load-balancing-group/path[1]/id: must be a JSON number, not"
            + " the string \"1\" (RFC 7951 section 6.1)", patch("\"redirect-load-balancing-group\":{\"path\":["
            + "{\"id\":1,\"endpoint\":\"192.0.2.1\"},{\"id\":\"1\",\"endpoint\":\"192.0.2.2\"}]}"));
    }
}
