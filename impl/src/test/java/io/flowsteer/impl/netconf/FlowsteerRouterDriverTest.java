/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.CandidatePath;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.RouterEdit;
import io.flowsteer.api.spi.netconf.RouterSrPolicy;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.api.spi.netconf.Segment;
import io.flowsteer.api.spi.netconf.SegmentList;
import io.flowsteer.api.spi.netconf.SrPolicyKey;
import java.io.StringWriter;
import java.net.Inet6Address;
import java.util.List;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.router.rev261125.FlowsteerRouterData;
import org.opendaylight.yangtools.util.xml.UntrustedXML;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FlowsteerRouterDriverTest {
    private static final FlowsteerRouterDriver DRIVER =
        new FlowsteerRouterDriver(BindingRuntimeHelpers.createEffectiveModel(FlowsteerRouterData.class));

    private static final IndirectionTable TABLE = IndirectionTable.of(List.of(
        new IndirectionEntry(new IndirectionKey(0, 1), "scrubber",
            new IndirectionTarget.NextHops(List.of(InetAddresses.forString("192.0.2.1"),
                InetAddresses.forString("2001:db8::1")))),
        new IndirectionEntry(new IndirectionKey(2, 20), null, new IndirectionTarget.MplsBindingSid(24_000)),
        new IndirectionEntry(new IndirectionKey(2, 21), null,
            new IndirectionTarget.Srv6BindingSid((Inet6Address) InetAddresses.forString("fc00::21"))),
        new IndirectionEntry(new IndirectionKey(0, 30), null,
            new IndirectionTarget.SrPolicy(7, InetAddresses.forString("198.51.100.7"))),
        new IndirectionEntry(new IndirectionKey(3, 40), null, new IndirectionTarget.Tunnel("tunnel-te40"))));

    /** Color 7 to 198.51.100.7: two candidate paths, an SR-MPLS list of three labels and an SRv6 list. */
    static final RouterSrPolicy POLICY = new RouterSrPolicy(
        new SrPolicyKey(7, InetAddresses.forString("198.51.100.7")), "to-pe7", 24_007L, List.of(
            new CandidatePath(30, "65000,192.0.2.254", 1, 200, List.of(
                new SegmentList(2, 3, List.of(new Segment.Mpls(16_003), new Segment.Mpls(16_001),
                    new Segment.Mpls(16_007))),
                new SegmentList(1, 1, List.of(new Segment.Mpls(16_007))))),
            new CandidatePath(20, "65001,2001:db8::fe", 9, 100, List.of(
                new SegmentList(1, 1, List.of(new Segment.Srv6((Inet6Address) InetAddresses.forString("fc00::7"))))))));

    static final RouterSrPolicy OTHER_POLICY = new RouterSrPolicy(
        new SrPolicyKey(8, InetAddresses.forString("2001:db8::8")), null, null, List.of());

    static String xml(final Element element) throws TransformerException {
        final StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(element), new StreamResult(out));
        return out.toString();
    }

    /** Wraps a config element's children into a get-config data element, as a router would answer. */
    static Element asData(final Element config) {
        final Document doc = UntrustedXML.newDocumentBuilder().newDocument();
        final Element data = doc.createElementNS(FlowsteerRouterDriver.NETCONF_BASE, "data");
        final NodeList children = config.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            data.appendChild(doc.importNode(children.item(i), true));
        }
        return data;
    }

    @Test
    void everyTargetKindSurvivesTheTripThroughRouterXml() {
        final Document doc = UntrustedXML.newDocumentBuilder().newDocument();
        final RouterTables state = RouterTables.of(TABLE);
        final Element config = DRIVER.editConfig(doc, RouterEdit.between(RouterTables.EMPTY, state));
        assertEquals(state, DRIVER.read(asData(config)));
    }

    @Test
    void srPoliciesSurviveTheTripThroughRouterXmlWithSegmentOrderKept() throws TransformerException {
        final RouterTables state = RouterTables.of(TABLE, List.of(POLICY, OTHER_POLICY));
        final Element config = DRIVER.editConfig(UntrustedXML.newDocumentBuilder().newDocument(),
            RouterEdit.between(RouterTables.EMPTY, state));
        final String text = xml(config);
        assertEquals(2, config.getElementsByTagNameNS(FlowsteerRouterDriver.NAMESPACE, "policy").getLength(), text);
        assertTrue(text.indexOf("16003") < text.indexOf("16001") && text.indexOf("16001") < text.indexOf("16007"),
            "segments in their order: " + text);
        assertEquals(state, DRIVER.read(asData(config)));
    }

    @Test
    void changedSrPolicyIsReplacedWholeAndARemovedOneDeletedByKeyWithTheTableUntouched()
            throws TransformerException {
        final RouterSrPolicy changed = new RouterSrPolicy(POLICY.key(), POLICY.name(), 24_008L,
            POLICY.candidatePaths());
        final Element config = DRIVER.editConfig(UntrustedXML.newDocumentBuilder().newDocument(),
            RouterEdit.between(RouterTables.of(TABLE, List.of(POLICY, OTHER_POLICY)),
                RouterTables.of(TABLE, List.of(changed))));
        final String text = xml(config);
        assertFalse(text.contains("indirection-id-table"), "the unchanged table was sent: " + text);
        final NodeList policies = config.getElementsByTagNameNS(FlowsteerRouterDriver.NAMESPACE, "policy");
        assertEquals(2, policies.getLength(), text);
        for (int i = 0; i < policies.getLength(); i++) {
            final Element policy = (Element) policies.item(i);
            final String operation = policy.getAttributeNS(FlowsteerRouterDriver.NETCONF_BASE, "operation");
            if (text.contains("24008") && policy.getTextContent().contains("24008")) {
                assertEquals("replace", operation, text);
            } else {
                assertEquals("delete", operation, text);
                assertEquals(2, policy.getChildNodes().getLength(), "a delete carries only the keys: " + text);
            }
        }
    }

    @Test
    void editCarriesOnlyChangedEntriesReplacedWholeAndDeletesByKey() throws TransformerException {
        final IndirectionTable wanted = IndirectionTable.of(List.of(
            TABLE.entries().get(new IndirectionKey(0, 1)),
            new IndirectionEntry(new IndirectionKey(2, 20), null, new IndirectionTarget.MplsBindingSid(24_001))));
        final Element config = DRIVER.editConfig(UntrustedXML.newDocumentBuilder().newDocument(),
            RouterEdit.between(RouterTables.of(TABLE), RouterTables.of(wanted)));
        final String text = xml(config);
        final NodeList entries = config.getElementsByTagNameNS(FlowsteerRouterDriver.NAMESPACE, "entry");
        assertEquals(4, entries.getLength(), text);
        assertTrue(text.contains("<mpls-binding-sid>24001</mpls-binding-sid>"), text);
        assertFalse(text.contains("scrubber"), "unchanged entry was sent: " + text);
        int deletes = 0;
        for (int i = 0; i < entries.getLength(); i++) {
            final Element entry = (Element) entries.item(i);
            final String operation = entry.getAttributeNS(FlowsteerRouterDriver.NETCONF_BASE, "operation");
            if ("delete".equals(operation)) {
                deletes++;
                assertEquals(2, entry.getChildNodes().getLength(), "a delete carries only the keys: " + text);
            } else {
                assertEquals("replace", operation, text);
            }
        }
        assertEquals(3, deletes, text);
    }

    @Test
    void filterSelectsTheIndirectionTableAndSrPoliciesOnly() throws TransformerException {
        final String text = xml(DRIVER.configFilter(UntrustedXML.newDocumentBuilder().newDocument()));
        assertTrue(text.contains("urn:flowsteer:yang:router"), text);
        assertTrue(text.contains("indirection-id-table"), text);
        assertTrue(text.contains("sr-policies"), text);
        assertFalse(text.contains("state"), text);
    }

    @Test
    void routerWithoutTheModelReadsAsEmptyTable() {
        final Document doc = UntrustedXML.newDocumentBuilder().newDocument();
        assertEquals(RouterTables.EMPTY,
            DRIVER.read(doc.createElementNS(FlowsteerRouterDriver.NETCONF_BASE, "data")));
    }
}
