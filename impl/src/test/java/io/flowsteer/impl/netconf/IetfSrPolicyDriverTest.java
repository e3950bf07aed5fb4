/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static io.flowsteer.impl.netconf.FlowsteerRouterDriverTest.asData;
import static io.flowsteer.impl.netconf.FlowsteerRouterDriverTest.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.CandidatePath;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.RouterEdit;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterSrPolicy;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.api.spi.netconf.SrPolicyKey;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.util.xml.UntrustedXML;
import org.opendaylight.yangtools.yang.data.codec.xml.XmlParserStream;
import org.opendaylight.yangtools.yang.data.impl.schema.ImmutableNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.impl.schema.NormalizationResultHolder;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.test.util.YangParserTestUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@link IetfSrPolicyDriver}: what it writes parses against the real {@code ietf-sr-policy} modules (test resources,
 * the draft's text) and reads back to what was written; edits are the smallest, segment lists included.
 */
class IetfSrPolicyDriverTest {
    /** The IETF modules as a router exposes them, plus flowsteer-router for the table. */
    static final List<String> MODULES = List.of("/ietf-sr-policy/ietf-sr-policy@2026-07-06.yang",
        "/ietf-sr-policy/ietf-sr-policy-types@2026-05-23.yang", "/ietf-sr-policy/ietf-srv6-types@2026-05-06.yang",
        "/ietf-sr-policy/ietf-te-types@2020-06-10.yang", "/ietf-sr-policy/ietf-routing@2018-03-13.yang",
        "/ietf-sr-policy/ietf-interfaces@2018-02-20.yang", "/ietf-sr-policy/ietf-routing-types@2017-12-04.yang",
        "/ietf-sr-policy/ietf-yang-types@2013-07-15.yang", "/META-INF/yang/ietf-inet-types@2013-07-15.yang",
        "/META-INF/yang/flowsteer-router@2026-11-25.yang");
    private static final EffectiveModelContext CONTEXT =
        YangParserTestUtils.parseYangResources(IetfSrPolicyDriverTest.class, MODULES);
    private static final IetfSrPolicyDriver DRIVER = new IetfSrPolicyDriver(new FlowsteerRouterDriver(CONTEXT))
        .forRouter(new RouterEndpoint("pe1", "192.0.2.1", 830, "admin", "admin", IetfSrPolicyDriver.NAME_OF_DRIVER));

    private static final IndirectionTable TABLE = IndirectionTable.of(List.of(
        new IndirectionEntry(new IndirectionKey(0, 1), null, new IndirectionTarget.MplsBindingSid(24_000)),
        new IndirectionEntry(new IndirectionKey(0, 2), null,
            new IndirectionTarget.SrPolicy(7, InetAddresses.forString("198.51.100.7")))));

    /**
     * {@link FlowsteerRouterDriverTest#POLICY} (two candidate paths, SR-MPLS lists of three and one labels, an SRv6
     * list), its IPv6 originator in the text Flowsteer's wanted state carries.
     */
    static final RouterSrPolicy POLICY = new RouterSrPolicy(FlowsteerRouterDriverTest.POLICY.key(), "to-pe7",
        24_007L, List.of(FlowsteerRouterDriverTest.POLICY.candidatePaths().get(1),
            new CandidatePath(20, "65001," + InetAddresses.forString("2001:db8::fe").getHostAddress(), 9, 100,
                FlowsteerRouterDriverTest.POLICY.candidatePaths().get(0).segmentLists())));

    /** Color 8 to an IPv6 endpoint, no name, binding SID or paths. */
    static final RouterSrPolicy OTHER_POLICY = new RouterSrPolicy(
        new SrPolicyKey(8, InetAddresses.forString("2001:db8::8")), null, null, List.of());

    /** Parses each top-level element against the modules: wrong names, types or identities fail here. */
    private static void assertFollowsTheModels(final Element parent) throws IOException, XMLStreamException {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                final Element wrapper = (Element) element.getOwnerDocument()
                    .createElementNS(FlowsteerRouterDriver.NETCONF_BASE, "data");
                final Element copy = (Element) element.cloneNode(true);
                stripOperations(copy);
                wrapper.appendChild(copy);
                final NormalizationResultHolder holder = new NormalizationResultHolder();
                try (XmlParserStream parser = XmlParserStream.create(
                        ImmutableNormalizedNodeStreamWriter.from(holder), CONTEXT, true)) {
                    parser.traverse(new DOMSource(wrapper));
                }
                assertTrue(holder.getResult().data() != null);
            }
        }
    }

    private static void stripOperations(final Element element) {
        element.removeAttributeNS(FlowsteerRouterDriver.NETCONF_BASE, "operation");
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element next) {
                stripOperations(next);
            }
        }
    }

    private static Document document() {
        return UntrustedXML.newDocumentBuilder().newDocument();
    }

    @Test
    void everythingWrittenFollowsTheIetfModelAndReadsBackEqual() throws Exception {
        final RouterTables wanted = RouterTables.of(TABLE, List.of(POLICY, OTHER_POLICY));
        final Element config = DRIVER.editConfig(document(), RouterTables.EMPTY,
            RouterEdit.between(RouterTables.EMPTY, wanted));
        assertFollowsTheModels(config);
        final String text = xml(config);
        assertTrue(text.contains("urn:ietf:params:xml:ns:yang:ietf-sr-policy"), text);
        assertTrue(text.contains("sr-policy-types:protocol-origin-type-local"), text);
        assertTrue(text.contains("sr-policy-types:segment-type-B"), text);
        assertTrue(text.contains("<headend>192.0.2.1</headend>"), text);
        assertTrue(text.contains("<originator-node-address>::192.0.2.254</originator-node-address>"), text);
        assertTrue(text.contains("flowsteer/7/198.51.100.7/30/65000/192.0.2.254/1/2"), text);
        assertEquals(wanted, DRIVER.read(asData(config)));
    }

    @Test
    void theFilterSelectsTheTableAndTheTrafficEngineeringPolicies() throws Exception {
        final Element filter = DRIVER.configFilter(document());
        assertFollowsTheModels(filter);
        final String text = xml(filter);
        assertTrue(text.contains("indirection-id-table"), text);
        assertFalse(text.contains("sr-policies"), text);
        assertTrue(text.contains("segment-lists") && text.contains("policies"), text);
        final List<Element> filters = DRIVER.configFilters(document());
        assertEquals(2, filters.size(), "one root per filter");
        for (Element one : filters) {
            assertFollowsTheModels(one);
        }
        assertTrue(xml(filters.get(0)).contains("indirection-id-table") && !xml(filters.get(0)).contains("routing"));
        assertTrue(xml(filters.get(1)).contains("traffic-engineering") && !xml(filters.get(1)).contains("router>"));
    }

    @Test
    void aChangedPolicyIsReplacedWithItsListsAndTheListItNoLongerUsesIsDeleted() throws Exception {
        final RouterTables current = RouterTables.of(TABLE, List.of(POLICY, OTHER_POLICY));
        final CandidatePath first = POLICY.candidatePaths().get(1);
        final RouterSrPolicy shorter = new RouterSrPolicy(POLICY.key(), "to-pe7", 24_007L, List.of(
            new CandidatePath(first.protocolOrigin(), first.originator(), first.discriminator(), 250,
                List.of(first.segmentLists().get(1))),
            POLICY.candidatePaths().get(0)));
        final RouterTables wanted = RouterTables.of(TABLE, List.of(shorter, OTHER_POLICY));
        final RouterEdit edit = RouterEdit.between(current, wanted);
        final Element config = DRIVER.editConfig(document(), current, edit);
        assertFollowsTheModels(config);
        final String text = xml(config);
        assertFalse(text.contains("indirection-id-table"), "the table did not change: " + text);
        assertFalse(text.contains("<color>8</color>"), "the unchanged policy is not sent: " + text);
        assertTrue(text.contains("operation=\"delete\"><name>flowsteer/7/198.51.100.7/30/65000/192.0.2.254/1/1</name>")
            || text.matches("(?s).*operation=\"delete\"[^>]*><name>flowsteer/7/198\\.51\\.100\\.7/30/65000/"
                + "192\\.0\\.2\\.254/1/1</name>.*"), text);
        assertEquals(wanted, DRIVER.read(asData(DRIVER.editConfig(document(), RouterTables.EMPTY,
            RouterEdit.between(RouterTables.EMPTY, wanted)))));
    }

    @Test
    void aRemovedPolicyIsDeletedByKeyWithItsLists() throws Exception {
        final RouterTables current = RouterTables.of(TABLE, List.of(POLICY, OTHER_POLICY));
        final RouterEdit edit = RouterEdit.between(current, RouterTables.of(TABLE, List.of(OTHER_POLICY)));
        final Element config = DRIVER.editConfig(document(), current, edit);
        assertFollowsTheModels(config);
        final String text = xml(config);
        assertEquals(4, text.split("operation=\"delete\"", -1).length - 1, "the policy and its 3 lists: " + text);
        assertFalse(text.contains("<candidate-paths>"), text);
    }

    @Test
    void policiesOfAnotherHeadendAreNeitherReadNorTouched() throws Exception {
        final IetfSrPolicyDriver other = new IetfSrPolicyDriver(new FlowsteerRouterDriver(CONTEXT)).forRouter(
            new RouterEndpoint("pe2", "192.0.2.2", 830, "admin", "admin", IetfSrPolicyDriver.NAME_OF_DRIVER));
        final Element config = other.editConfig(document(), RouterTables.EMPTY,
            RouterEdit.between(RouterTables.EMPTY, RouterTables.of(IndirectionTable.EMPTY, List.of(OTHER_POLICY))));
        assertEquals(RouterTables.EMPTY, DRIVER.read(asData(config)));
    }

    @Test
    void whatTheModelCannotExpressIsRefusedBeforeAnythingIsSent() {
        final RouterSrPolicy colorZero = new RouterSrPolicy(new SrPolicyKey(0, InetAddresses.forString("192.0.2.9")),
            null, null, List.of());
        final RouterSrPolicy bigPreference = new RouterSrPolicy(OTHER_POLICY.key(), null, null,
            List.of(new CandidatePath(30, "65000,192.0.2.254", 1, 70_000, List.of())));
        final RouterSrPolicy unknownOrigin = new RouterSrPolicy(OTHER_POLICY.key(), null, null,
            List.of(new CandidatePath(40, "65000,192.0.2.254", 1, 100, List.of())));
        for (RouterSrPolicy policy : List.of(colorZero, bigPreference, unknownOrigin)) {
            assertThrows(IllegalArgumentException.class, () -> DRIVER.editConfig(document(), RouterTables.EMPTY,
                RouterEdit.between(RouterTables.EMPTY, new RouterTables(IndirectionTable.EMPTY,
                    Map.of(policy.key(), policy)))));
        }
        final IetfSrPolicyDriver unbound = new IetfSrPolicyDriver(new FlowsteerRouterDriver(CONTEXT));
        assertThrows(IllegalArgumentException.class, () -> unbound.forRouter(new RouterEndpoint("pe3",
            "pe3.example.net", 830, "admin", "admin", IetfSrPolicyDriver.NAME_OF_DRIVER)));
    }
}
