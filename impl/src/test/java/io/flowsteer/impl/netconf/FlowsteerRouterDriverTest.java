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
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.TableEdit;
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

    private static String xml(final Element element) throws TransformerException {
        final StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(element), new StreamResult(out));
        return out.toString();
    }

    /** Wraps a config element's children into a get-config data element, as a router would answer. */
    private static Element asData(final Element config) {
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
        final Element config = DRIVER.editConfig(doc, TableEdit.between(IndirectionTable.EMPTY, TABLE));
        assertEquals(TABLE, DRIVER.readTable(asData(config)));
    }

    @Test
    void editCarriesOnlyChangedEntriesReplacedWholeAndDeletesByKey() throws TransformerException {
        final IndirectionTable wanted = IndirectionTable.of(List.of(
            TABLE.entries().get(new IndirectionKey(0, 1)),
            new IndirectionEntry(new IndirectionKey(2, 20), null, new IndirectionTarget.MplsBindingSid(24_001))));
        final Element config = DRIVER.editConfig(UntrustedXML.newDocumentBuilder().newDocument(),
            TableEdit.between(TABLE, wanted));
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
    void filterSelectsTheIndirectionTableOnly() throws TransformerException {
        final String text = xml(DRIVER.configFilter(UntrustedXML.newDocumentBuilder().newDocument()));
        assertTrue(text.contains("urn:flowsteer:yang:router"), text);
        assertTrue(text.contains("indirection-id-table"), text);
        assertFalse(text.contains("sr-policies"), text);
    }

    @Test
    void routerWithoutTheModelReadsAsEmptyTable() {
        final Document doc = UntrustedXML.newDocumentBuilder().newDocument();
        assertEquals(IndirectionTable.EMPTY,
            DRIVER.readTable(doc.createElementNS(FlowsteerRouterDriver.NETCONF_BASE, "data")));
    }
}
