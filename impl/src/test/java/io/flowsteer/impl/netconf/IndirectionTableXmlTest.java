/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.RouterEdit;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.api.spi.netconf.TableEdit;
import java.io.StringReader;
import java.net.Inet6Address;
import java.util.List;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.router.rev261125.FlowsteerRouterData;
import org.opendaylight.yangtools.util.xml.UntrustedXML;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.codec.xml.XmlParserStream;
import org.opendaylight.yangtools.yang.data.impl.schema.ImmutableNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.impl.schema.NormalizationResultHolder;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The hand-written table codec against the model: what it writes, the strict yangtools parser takes as
 * {@code flowsteer-router} data; what a router sends, pretty-printed or with nodes it does not know, it reads; and
 * an entry breaking one of the model's constraints it refuses.
 */
class IndirectionTableXmlTest {
    private static final EffectiveModelContext MODEL =
        BindingRuntimeHelpers.createEffectiveModel(FlowsteerRouterData.class);
    private static final FlowsteerRouterDriver DRIVER = new FlowsteerRouterDriver(MODEL);
    private static final String NS = FlowsteerRouterDriver.NAMESPACE;

    private static final IndirectionTable TABLE = IndirectionTable.of(List.of(
        new IndirectionEntry(new IndirectionKey(0, 1), "  scrubber, blanks kept ",
            new IndirectionTarget.NextHops(List.of(InetAddresses.forString("192.0.2.1"),
                InetAddresses.forString("2001:db8::1")))),
        new IndirectionEntry(new IndirectionKey(2, 20), null, new IndirectionTarget.MplsBindingSid(1_048_575)),
        new IndirectionEntry(new IndirectionKey(2, 21), null,
            new IndirectionTarget.Srv6BindingSid((Inet6Address) InetAddresses.forString("fc00::21"))),
        new IndirectionEntry(new IndirectionKey(0, 4_294_967_295L), null,
            new IndirectionTarget.SrPolicy(4_294_967_295L, InetAddresses.forString("198.51.100.7"))),
        new IndirectionEntry(new IndirectionKey(255, 40), null, new IndirectionTarget.Tunnel("Tunnel_te/0.40:x-1"))));

    private static Element parse(final String xml) throws Exception {
        return UntrustedXML.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }

    private static String data(final String entries) {
        return "<data xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><router xmlns=\"" + NS + "\">"
            + "<indirection-id-table>" + entries + "</indirection-id-table></router></data>";
    }

    @Test
    void editOfEveryTargetKindAndADeletionIsDataOfTheModelForTheStrictParser() throws Exception {
        final RouterEdit edit = new RouterEdit(new TableEdit(List.copyOf(TABLE.entries().values()),
            List.of(new IndirectionKey(1, 99))), List.of(), List.of());
        final Element config = DRIVER.editConfig(UntrustedXML.newDocumentBuilder().newDocument(), edit);
        final NormalizationResultHolder holder = new NormalizationResultHolder();
        try (XmlParserStream parser = XmlParserStream.create(ImmutableNormalizedNodeStreamWriter.from(holder),
                MODEL, true)) {
            parser.traverse(new DOMSource(config));
        }
        final ContainerNode router = (ContainerNode) ((ContainerNode) holder.getResult().data())
            .childByArg(new NodeIdentifier(RouterModelNames.ROUTER));
        final MapNode entries = (MapNode) ((ContainerNode) router.childByArg(new NodeIdentifier(
            RouterModelNames.TABLE))).childByArg(new NodeIdentifier(RouterModelNames.ENTRY));
        assertEquals(6, entries.size(), "five entries replaced, one deleted");
        final String text = FlowsteerRouterDriverTest.xml(config);
        assertEquals(5, text.split("operation=\"replace\"", -1).length - 1, text);
        assertEquals(1, text.split("operation=\"delete\"", -1).length - 1, text);
    }

    @Test
    void everyTargetKindSurvivesTheTripWithTheDescriptionAsSent() {
        final Element config = DRIVER.editConfig(UntrustedXML.newDocumentBuilder().newDocument(),
            RouterEdit.between(RouterTables.EMPTY, RouterTables.of(TABLE)));
        assertEquals(RouterTables.of(TABLE), DRIVER.read(FlowsteerRouterDriverTest.asData(config)));
    }

    @Test
    void prettyPrintedTableWithNodesOfALaterRevisionAndAnotherModelIsRead() throws Exception {
        final RouterTables read = DRIVER.read(parse(data("""

              <entry>
                <id-type>0</id-type>
                <id> 7 </id>
                <vendor-weight xmlns="urn:example:vendor">3</vendor-weight>
                <counters><packets>12</packets></counters>
                <next-hop>192.0.2.9</next-hop>
                <next-hop>192.0.2.8</next-hop>
              </entry>
              <entry><id-type>1</id-type><id>8</id><sr-policy><color>5</color><endpoint>2001:db8::5</endpoint>
              </sr-policy></entry>
            """)));
        assertEquals(IndirectionTable.of(List.of(
            new IndirectionEntry(new IndirectionKey(0, 7), null, new IndirectionTarget.NextHops(List.of(
                InetAddresses.forString("192.0.2.8"), InetAddresses.forString("192.0.2.9")))),
            new IndirectionEntry(new IndirectionKey(1, 8), null,
                new IndirectionTarget.SrPolicy(5, InetAddresses.forString("2001:db8::5"))))), read.indirection());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<entry><id-type>256</id-type><id>1</id><tunnel>t</tunnel></entry>",
        "<entry><id-type>0</id-type><id>4294967296</id><tunnel>t</tunnel></entry>",
        "<entry><id-type>0</id-type><id>x</id><tunnel>t</tunnel></entry>",
        "<entry><id>1</id><tunnel>t</tunnel></entry>",
        "<entry><id-type>0</id-type><id>1</id></entry>",
        "<entry><id-type>0</id-type><id>1</id><tunnel>t</tunnel><mpls-binding-sid>16</mpls-binding-sid></entry>",
        "<entry><id-type>0</id-type><id>1</id><mpls-binding-sid>15</mpls-binding-sid></entry>",
        "<entry><id-type>0</id-type><id>1</id><mpls-binding-sid>1048576</mpls-binding-sid></entry>",
        "<entry><id-type>0</id-type><id>1</id><srv6-binding-sid>192.0.2.1</srv6-binding-sid></entry>",
        "<entry><id-type>0</id-type><id>1</id><next-hop>fe80::1%eth0</next-hop></entry>",
        "<entry><id-type>0</id-type><id>1</id><next-hop>not-an-address</next-hop></entry>",
        "<entry><id-type>0</id-type><id>1</id><tunnel>te 1</tunnel></entry>",
        "<entry><id-type>0</id-type><id>1</id><tunnel>t2345678901234567890123456789012345678901234567890123456789012345"
            + "</tunnel></entry>",
        "<entry><id-type>0</id-type><id>1</id><sr-policy><color>5</color></sr-policy></entry>"
    })
    void entryBreakingTheModelIsRefused(final String entry) throws Exception {
        final Element data = parse(data(entry));
        assertThrows(IllegalArgumentException.class, () -> DRIVER.read(data));
    }

    @Test
    void descriptionOverTheModelsLengthIsRefused() throws Exception {
        final Element data = parse(data("<entry><id-type>0</id-type><id>1</id><description>" + "d".repeat(256)
            + "</description><tunnel>t</tunnel></entry>"));
        final IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DRIVER.read(data));
        assertTrue(refused.getMessage().contains("(0, 1)"), refused.getMessage());
    }
}
