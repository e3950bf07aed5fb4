/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Revision;
import org.opendaylight.yangtools.yang.common.XMLNamespace;
import org.opendaylight.yangtools.yang.model.api.ContainerSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.api.RpcDefinition;
import org.opendaylight.yangtools.yang.test.util.YangParserTestUtils;

/**
 * The YANG contract as yangtools, the parser MD-SAL and RESTCONF run on, sees it.
 */
class YangtoolsParserTest {
    private static final Revision REVISION = Revision.of("2026-11-25");
    private static EffectiveModelContext context;

    @BeforeAll
    static void parse() {
        context = YangParserTestUtils.parseYangResources(YangtoolsParserTest.class,
            "/META-INF/yang/ietf-inet-types@2013-07-15.yang",
            "/META-INF/yang/ietf-yang-types@2013-07-15.yang",
            "/META-INF/yang/flowsteer-flowspec@2026-11-25.yang",
            "/META-INF/yang/flowsteer-indirection@2026-11-25.yang",
            "/META-INF/yang/flowsteer-devices@2026-11-25.yang",
            "/META-INF/yang/flowsteer-status@2026-11-25.yang");
    }

    @Test
    void allFourModulesAreParsedAtTheirRevision() {
        final Set<String> names = context.getModules().stream()
            .filter(module -> module.getRevision().equals(Optional.of(REVISION)))
            .map(Module::getName).collect(Collectors.toSet());
        assertEquals(Set.of("flowsteer-flowspec", "flowsteer-indirection", "flowsteer-devices", "flowsteer-status"),
            names);
    }

    @Test
    void rulesAreAConfigListKeyedByName() {
        final QName flowspec = qname("flowspec", "flowspec");
        final ContainerSchemaNode container = assertInstanceOf(ContainerSchemaNode.class,
            context.dataChildByName(flowspec));
        final ListSchemaNode rule = assertInstanceOf(ListSchemaNode.class,
            container.dataChildByName(qname("flowspec", "rule")));
        assertTrue(rule.effectiveConfig().orElse(Boolean.TRUE), "rules are configuration");
        assertEquals(List.of(qname("flowspec", "name")), rule.getKeyDefinition());
        for (String component : List.of("destination-prefix", "source-prefix", "ip-protocol", "port",
                "destination-port", "source-port", "icmp-type", "icmp-code", "tcp-flags", "packet-length", "dscp",
                "fragment", "flow-label")) {
            final ContainerSchemaNode match = assertInstanceOf(ContainerSchemaNode.class,
                rule.dataChildByName(qname("flowspec", "match")));
            assertTrue(match.findDataChildByName(qname("flowspec", component)).isPresent(), component);
        }
    }

    @Test
    void statusIsOperationalOnly() {
        for (String name : List.of("flowspec-status", "device-status")) {
            final ContainerSchemaNode status = assertInstanceOf(ContainerSchemaNode.class,
                context.dataChildByName(qname("status", name)));
            assertFalse(status.effectiveConfig().orElseThrow(), name + " must be config false");
        }
    }

    @Test
    void rpcsAndNotificationsAreModelled() {
        final Module status = context.findModule("flowsteer-status", REVISION).orElseThrow();
        assertEquals(Set.of("preview-rule", "explain-packet", "rule-summary", "resync-device"),
            status.getRpcs().stream().map(RpcDefinition::getQName).map(QName::getLocalName)
                .collect(Collectors.toSet()));
        assertEquals(Set.of("invalid-redirect", "sr-policy-fallback", "sr-policy-recovery"),
            status.getNotifications().stream().map(notification -> notification.getQName().getLocalName())
                .collect(Collectors.toSet()));
    }

    private static QName qname(final String module, final String localName) {
        return QName.create(XMLNamespace.of("urn:flowsteer:yang:" + module), REVISION, localName);
    }
}
