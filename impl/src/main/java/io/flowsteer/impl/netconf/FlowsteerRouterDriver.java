/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.DeviceDriver;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.TableEdit;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.api.schema.builder.DataContainerNodeBuilder;
import org.opendaylight.yangtools.yang.data.api.schema.stream.NormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.api.schema.stream.NormalizedNodeWriter;
import org.opendaylight.yangtools.yang.data.codec.xml.XMLStreamNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.codec.xml.XmlParserStream;
import org.opendaylight.yangtools.yang.data.impl.schema.ImmutableNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.impl.schema.NormalizationResultHolder;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The driver for routers implementing {@code flowsteer-router} (yang/src/main/yang): Flowsteer's indirection-id
 * table (draft-ietf-idr-flowspec-path-redirect section 2) maps one to one onto
 * {@code /router/indirection-id-table/entry}. All XML is produced and parsed by the yangtools XML codecs from the
 * model, never from string templates. Each changed entry is sent whole with {@code operation="replace"} and each
 * removed one with {@code operation="delete"} (RFC 6241 section 7.2), so the edit carries only what differs.
 */
public final class FlowsteerRouterDriver implements DeviceDriver {
    /** Driver name, the default of {@code flowsteer-devices} leaf {@code netconf/driver}. */
    public static final String NAME = "flowsteer-router";
    /** Namespace of the router model. */
    public static final String NAMESPACE = "urn:flowsteer:yang:router";
    /** NETCONF base namespace (RFC 6241 section 3.1). */
    public static final String NETCONF_BASE = "urn:ietf:params:xml:ns:netconf:base:1.0";

    private static final QNameModule MODULE = QName.create(NAMESPACE, "2026-11-25", "router").getModule();
    private static final QName ROUTER = QName.create(MODULE, "router");
    private static final QName TABLE = QName.create(MODULE, "indirection-id-table");
    private static final QName ENTRY = QName.create(MODULE, "entry");
    private static final QName ID_TYPE = QName.create(MODULE, "id-type");
    private static final QName ID = QName.create(MODULE, "id");
    private static final QName DESCRIPTION = QName.create(MODULE, "description");
    private static final QName TARGET = QName.create(MODULE, "target");
    private static final QName NEXT_HOP = QName.create(MODULE, "next-hop");
    private static final QName MPLS_BSID = QName.create(MODULE, "mpls-binding-sid");
    private static final QName SRV6_BSID = QName.create(MODULE, "srv6-binding-sid");
    private static final QName SR_POLICY = QName.create(MODULE, "sr-policy");
    private static final QName COLOR = QName.create(MODULE, "color");
    private static final QName ENDPOINT = QName.create(MODULE, "endpoint");
    private static final QName TUNNEL = QName.create(MODULE, "tunnel");

    private final EffectiveModelContext context;
    private final XMLOutputFactory outputFactory;

    /**
     * A driver over a model context that contains {@code flowsteer-router}.
     *
     * @param context the model context, for example the controller's schema context
     * @throws IllegalArgumentException when the context lacks the router model
     */
    public FlowsteerRouterDriver(final EffectiveModelContext context) {
        this.context = requireNonNull(context);
        if (context.findModule(MODULE).isEmpty()) {
            throw new IllegalArgumentException("model context lacks " + MODULE);
        }
        outputFactory = XMLOutputFactory.newFactory();
        outputFactory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.TRUE);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requiredNamespaces() {
        return Set.of(NAMESPACE);
    }

    @Override
    public Element configFilter(final Document owner) {
        final Element filter = owner.createElementNS(NETCONF_BASE, "filter");
        filter.setAttribute("type", "subtree");
        write(filter, ImmutableNodes.newContainerBuilder()
            .withNodeIdentifier(new NodeIdentifier(ROUTER))
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(new NodeIdentifier(TABLE)).build())
            .build());
        return filter;
    }

    @Override
    public Element editConfig(final Document owner, final TableEdit edit) {
        final var entries = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(new NodeIdentifier(ENTRY));
        edit.put().forEach(entry -> entries.withChild(entryNode(entry)));
        edit.delete().forEach(key -> entries.withChild(keyOnly(key)));
        final Element config = owner.createElementNS(NETCONF_BASE, "config");
        write(config, ImmutableNodes.newContainerBuilder()
            .withNodeIdentifier(new NodeIdentifier(ROUTER))
            .withChild(ImmutableNodes.newContainerBuilder()
                .withNodeIdentifier(new NodeIdentifier(TABLE))
                .withChild(entries.build())
                .build())
            .build());
        final Set<IndirectionKey> deleted = new HashSet<>(edit.delete());
        for (Element entry : children(children(children(config, ROUTER).get(0), TABLE).get(0), ENTRY)) {
            final IndirectionKey key = new IndirectionKey(
                Integer.parseInt(text(entry, ID_TYPE)), Long.parseLong(text(entry, ID)));
            entry.setAttributeNS(NETCONF_BASE, "nc:operation", deleted.contains(key) ? "delete" : "replace");
        }
        return config;
    }

    @Override
    public IndirectionTable readTable(final Element data) {
        final List<Element> routers = children(data, ROUTER);
        if (routers.isEmpty()) {
            return IndirectionTable.EMPTY;
        }
        final NormalizationResultHolder holder = new NormalizationResultHolder();
        try (XmlParserStream parser = XmlParserStream.create(ImmutableNormalizedNodeStreamWriter.from(holder),
                context, false)) {
            // the parser reads the children of the element it is given, here the <data> at the schema root
            parser.traverse(new DOMSource(onlyChild(routers.get(0))));
        } catch (IOException | XMLStreamException e) {
            throw new IllegalArgumentException("router data does not follow " + MODULE, e);
        }
        NormalizedNode router = holder.getResult().data();
        if (!ROUTER.equals(router.name().getNodeType()) && router instanceof ContainerNode root) {
            router = root.childByArg(new NodeIdentifier(ROUTER));
        }
        final List<IndirectionEntry> entries = new ArrayList<>();
        if (router instanceof ContainerNode routerNode
                && routerNode.childByArg(new NodeIdentifier(TABLE)) instanceof ContainerNode table
                && table.childByArg(new NodeIdentifier(ENTRY)) instanceof MapNode map) {
            for (MapEntryNode entry : map.body()) {
                entries.add(toEntry(entry));
            }
        }
        return IndirectionTable.of(entries);
    }

    private void write(final Element parent, final ContainerNode node) {
        try {
            final XMLStreamWriter xml = outputFactory.createXMLStreamWriter(new DOMResult(parent));
            try (NormalizedNodeStreamWriter stream = XMLStreamNormalizedNodeStreamWriter.create(xml, context);
                 NormalizedNodeWriter writer = NormalizedNodeWriter.forStreamWriter(stream)) {
                writer.write(node);
            }
            xml.close();
        } catch (XMLStreamException | IOException e) {
            throw new IllegalStateException("cannot write " + node.name() + " as XML", e);
        }
    }

    private static MapEntryNode keyOnly(final IndirectionKey key) {
        return keyed(key).build();
    }

    private static DataContainerNodeBuilder<NodeIdentifierWithPredicates, MapEntryNode> keyed(
            final IndirectionKey key) {
        final Uint8 idType = Uint8.valueOf(key.idType());
        final Uint32 id = Uint32.valueOf(key.id());
        return ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(ENTRY, ImmutableMap.of(ID_TYPE, idType, ID, id)))
            .withChild(ImmutableNodes.leafNode(ID_TYPE, idType))
            .withChild(ImmutableNodes.leafNode(ID, id));
    }

    private static MapEntryNode entryNode(final IndirectionEntry entry) {
        final var builder = keyed(entry.key());
        final String description = entry.description();
        if (description != null) {
            builder.withChild(ImmutableNodes.leafNode(DESCRIPTION, description));
        }
        return builder.withChild(ImmutableNodes.newChoiceBuilder()
            .withNodeIdentifier(new NodeIdentifier(TARGET))
            .withChild(targetNode(entry.target()))
            .build()).build();
    }

    private static DataContainerChild targetNode(final IndirectionTarget target) {
        if (target instanceof IndirectionTarget.NextHops hops) {
            final var set = ImmutableNodes.<String>newSystemLeafSetBuilder()
                .withNodeIdentifier(new NodeIdentifier(NEXT_HOP));
            hops.addresses().forEach(address ->
                set.withChild(ImmutableNodes.leafSetEntry(NEXT_HOP, InetAddresses.toAddrString(address))));
            return set.build();
        } else if (target instanceof IndirectionTarget.MplsBindingSid sid) {
            return ImmutableNodes.leafNode(MPLS_BSID, Uint32.valueOf(sid.label()));
        } else if (target instanceof IndirectionTarget.Srv6BindingSid sid) {
            return ImmutableNodes.leafNode(SRV6_BSID, InetAddresses.toAddrString(sid.sid()));
        } else if (target instanceof IndirectionTarget.SrPolicy policy) {
            return ImmutableNodes.newContainerBuilder()
                .withNodeIdentifier(new NodeIdentifier(SR_POLICY))
                .withChild(ImmutableNodes.leafNode(COLOR, Uint32.valueOf(policy.color())))
                .withChild(ImmutableNodes.leafNode(ENDPOINT, InetAddresses.toAddrString(policy.endpoint())))
                .build();
        } else if (target instanceof IndirectionTarget.Tunnel tunnel) {
            return ImmutableNodes.leafNode(TUNNEL, tunnel.name());
        }
        throw new IllegalArgumentException("unknown target " + target);
    }

    private static IndirectionEntry toEntry(final MapEntryNode entry) {
        final IndirectionKey key = new IndirectionKey(((Uint8) leaf(entry, ID_TYPE)).intValue(),
            ((Uint32) leaf(entry, ID)).longValue());
        final Object description = optionalLeaf(entry, DESCRIPTION);
        if (!(entry.childByArg(new NodeIdentifier(TARGET)) instanceof ChoiceNode choice)) {
            throw new IllegalArgumentException("entry " + key + " has no target");
        }
        return new IndirectionEntry(key, description == null ? null : description.toString(), toTarget(key, choice));
    }

    private static IndirectionTarget toTarget(final IndirectionKey key, final ChoiceNode choice) {
        if (choice.childByArg(new NodeIdentifier(NEXT_HOP)) instanceof LeafSetNode<?> hops) {
            final List<InetAddress> addresses = new ArrayList<>();
            hops.body().forEach(hop -> addresses.add(InetAddresses.forString(hop.body().toString())));
            return new IndirectionTarget.NextHops(addresses);
        }
        final Object label = optionalLeaf(choice, MPLS_BSID);
        if (label != null) {
            return new IndirectionTarget.MplsBindingSid(((Uint32) label).longValue());
        }
        final Object sid = optionalLeaf(choice, SRV6_BSID);
        if (sid != null && InetAddresses.forString(sid.toString()) instanceof Inet6Address v6) {
            return new IndirectionTarget.Srv6BindingSid(v6);
        }
        if (choice.childByArg(new NodeIdentifier(SR_POLICY)) instanceof ContainerNode policy) {
            return new IndirectionTarget.SrPolicy(((Uint32) leaf(policy, COLOR)).longValue(),
                InetAddresses.forString(leaf(policy, ENDPOINT).toString()));
        }
        final Object tunnel = optionalLeaf(choice, TUNNEL);
        if (tunnel != null) {
            return new IndirectionTarget.Tunnel(tunnel.toString());
        }
        throw new IllegalArgumentException("entry " + key + " has a target this driver does not know");
    }

    private static Object leaf(final DataContainerNode parent, final QName name) {
        final Object value = optionalLeaf(parent, name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name.getLocalName());
        }
        return value;
    }

    private static @Nullable Object optionalLeaf(final DataContainerNode parent, final QName name) {
        return parent.childByArg(new NodeIdentifier(name)) instanceof LeafNode<?> leaf ? leaf.body() : null;
    }

    private static List<Element> children(final Element parent, final QName name) {
        final List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.getLocalName().equals(element.getLocalName())
                    && name.getNamespace().toString().equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element onlyChild(final Element child) {
        final Element parent = child.getOwnerDocument().createElementNS(NETCONF_BASE, "data");
        parent.appendChild(child.cloneNode(true));
        return parent;
    }

    private static String text(final Element parent, final QName name) {
        return children(parent, name).get(0).getTextContent().strip();
    }
}
