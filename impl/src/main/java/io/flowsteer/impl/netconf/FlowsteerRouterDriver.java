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
import io.flowsteer.api.spi.netconf.CandidatePath;
import io.flowsteer.api.spi.netconf.DeviceDriver;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.RouterEdit;
import io.flowsteer.api.spi.netconf.RouterSrPolicy;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.api.spi.netconf.Segment;
import io.flowsteer.api.spi.netconf.SegmentList;
import io.flowsteer.api.spi.netconf.SrPolicyKey;
import io.flowsteer.api.spi.netconf.TableEdit;
import io.flowsteer.api.wire.IpAddressText;
import java.io.IOException;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ChoiceNode;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
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
 * {@code /router/indirection-id-table/entry}, its SR Policies (RFC 9256 section 2) onto
 * {@code /router/sr-policies/policy}. SR Policies are written and parsed by the yangtools XML codecs from the
 * model; table entries, which come by the ten thousand, element by element by {@link IndirectionTableXml}, which
 * holds the same constraints at a tenth of the cost. No XML comes from string templates. Each changed entry or
 * policy is sent whole with {@code operation="replace"} and each removed one with {@code operation="delete"} (RFC 6241
 * section 7.2), so the edit carries only what differs. Segments of a segment list are numbered from 0 in their order.
 */
public final class FlowsteerRouterDriver implements DeviceDriver {
    /** Driver name, the default of {@code flowsteer-devices} leaf {@code netconf/driver}. */
    public static final String NAME = "flowsteer-router";
    /** Namespace of the router model. */
    public static final String NAMESPACE = "urn:flowsteer:yang:router";
    /** NETCONF base namespace (RFC 6241 section 3.1). */
    public static final String NETCONF_BASE = "urn:ietf:params:xml:ns:netconf:base:1.0";

    /** Preference of a candidate path that does not set one (the model's default). */
    private static final long DEFAULT_PREFERENCE = 100;

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
        if (context.findModule(RouterModelNames.MODULE).isEmpty()) {
            throw new IllegalArgumentException("model context lacks " + RouterModelNames.MODULE);
        }
        outputFactory = XMLOutputFactory.newFactory();
        outputFactory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.TRUE);
    }

    /**
     * Whether a model context contains {@code flowsteer-router}, so that a driver can be made on it.
     *
     * @param context the model context
     * @return true when the router model is in it
     */
    public static boolean supports(final EffectiveModelContext context) {
        return context.findModule(RouterModelNames.MODULE).isPresent();
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
            .withNodeIdentifier(new NodeIdentifier(RouterModelNames.ROUTER))
            .withChild(ImmutableNodes.newContainerBuilder()
                .withNodeIdentifier(new NodeIdentifier(RouterModelNames.TABLE)).build())
            .withChild(ImmutableNodes.newContainerBuilder()
                .withNodeIdentifier(new NodeIdentifier(RouterModelNames.SR_POLICIES)).build())
            .build());
        return filter;
    }

    /**
     * One filter on {@code /router} whose entries and policies hold only their keys, so the router answers with
     * exactly those it has of them (RFC 6241 section 6.2.5).
     */
    @Override
    public Optional<List<Element>> editedFilters(final Document owner, final RouterEdit edit) {
        final List<MapEntryNode> policies = new ArrayList<>();
        edit.putPolicies().forEach(policy -> policies.add(policyKeyed(policy.key()).build()));
        edit.deletePolicies().forEach(key -> policies.add(policyKeyed(key).build()));
        final Element filter = owner.createElementNS(NETCONF_BASE, "filter");
        filter.setAttribute("type", "subtree");
        final List<IndirectionKey> keys = new ArrayList<>(edit.table().delete());
        edit.table().put().forEach(entry -> keys.add(entry.key()));
        final Element router = router(filter, policies);
        if (!keys.isEmpty()) {
            IndirectionTableXml.writeKeys(table(router), keys);
        }
        return Optional.of(List.of(filter));
    }

    @Override
    public Element editConfig(final Document owner, final RouterEdit edit) {
        final TableEdit table = edit.table();
        final List<MapEntryNode> policies = new ArrayList<>();
        edit.putPolicies().forEach(policy -> policies.add(policyNode(policy)));
        edit.deletePolicies().forEach(key -> policies.add(policyKeyed(key).build()));
        final Element config = owner.createElementNS(NETCONF_BASE, "config");
        final Element routerElement = router(config, policies);
        if (!table.isEmpty()) {
            IndirectionTableXml.writeEdit(table(routerElement), table.put(), table.delete());
        }
        final Set<SrPolicyKey> deletedPolicies = new HashSet<>(edit.deletePolicies());
        for (Element policiesElement : children(routerElement, RouterModelNames.SR_POLICIES)) {
            for (Element policy : children(policiesElement, RouterModelNames.POLICY)) {
                final SrPolicyKey key = new SrPolicyKey(Long.parseLong(text(policy, RouterModelNames.COLOR)),
                    IpAddressText.parse(text(policy, RouterModelNames.ENDPOINT)));
                operation(policy, deletedPolicies.contains(key));
            }
        }
        return config;
    }

    /**
     * Appends {@code /router} to {@code parent}, holding the given SR Policies under {@code sr-policies} when there
     * are any, written from the model by the yangtools codec.
     *
     * @return the {@code <router>} element
     */
    private Element router(final Element parent, final List<MapEntryNode> policies) {
        final var router = ImmutableNodes.newContainerBuilder()
            .withNodeIdentifier(new NodeIdentifier(RouterModelNames.ROUTER));
        if (!policies.isEmpty()) {
            router.withChild(ImmutableNodes.newContainerBuilder()
                .withNodeIdentifier(new NodeIdentifier(RouterModelNames.SR_POLICIES))
                .withChild(ImmutableNodes.newSystemMapBuilder()
                    .withNodeIdentifier(new NodeIdentifier(RouterModelNames.POLICY))
                    .withValue(policies)
                    .build())
                .build());
        }
        write(parent, router.build());
        return children(parent, RouterModelNames.ROUTER).get(0);
    }

    /**
     * Appends an empty {@code indirection-id-table} to a {@code <router>} element.
     */
    private static Element table(final Element router) {
        return DomElements.child(router, NAMESPACE, RouterModelNames.TABLE.getLocalName());
    }

    private static void operation(final Element element, final boolean delete) {
        element.setAttributeNS(NETCONF_BASE, "nc:operation", delete ? "delete" : "replace");
    }

    @Override
    public RouterTables read(final Element data) {
        final List<Element> routers = children(data, RouterModelNames.ROUTER);
        if (routers.isEmpty()) {
            return RouterTables.EMPTY;
        }
        final List<IndirectionEntry> entries = new ArrayList<>();
        for (Element table : children(routers.get(0), RouterModelNames.TABLE)) {
            entries.addAll(IndirectionTableXml.read(table));
        }
        final List<Element> policyContainers = children(routers.get(0), RouterModelNames.SR_POLICIES);
        return RouterTables.of(IndirectionTable.of(entries),
            policyContainers.isEmpty() ? List.of() : readPolicies(policyContainers.get(0)));
    }

    /**
     * The SR Policies of an {@code sr-policies} element, parsed with the yangtools codec from a {@code <data>} that
     * holds nothing else.
     */
    private List<RouterSrPolicy> readPolicies(final Element container) {
        final Document owner = container.getOwnerDocument();
        final Element data = owner.createElementNS(NETCONF_BASE, "data");
        data.appendChild(owner.createElementNS(NAMESPACE, RouterModelNames.ROUTER.getLocalName()))
            .appendChild(container.cloneNode(true));
        final NormalizationResultHolder holder = new NormalizationResultHolder();
        try (XmlParserStream parser = XmlParserStream.create(ImmutableNormalizedNodeStreamWriter.from(holder),
                context, false)) {
            // the parser reads the children of the element it is given, here the <data> at the schema root
            parser.traverse(new DOMSource(data));
        } catch (IOException | XMLStreamException e) {
            throw new IllegalArgumentException("router data does not follow " + RouterModelNames.MODULE, e);
        }
        NormalizedNode router = holder.getResult().data();
        if (!RouterModelNames.ROUTER.equals(router.name().getNodeType()) && router instanceof ContainerNode root) {
            router = root.childByArg(new NodeIdentifier(RouterModelNames.ROUTER));
        }
        final List<RouterSrPolicy> policies = new ArrayList<>();
        if (router instanceof ContainerNode routerNode
                && routerNode.childByArg(new NodeIdentifier(RouterModelNames.SR_POLICIES))
                    instanceof ContainerNode policiesNode
                && policiesNode.childByArg(new NodeIdentifier(RouterModelNames.POLICY)) instanceof MapNode map) {
            for (MapEntryNode policy : map.body()) {
                policies.add(toPolicy(policy));
            }
        }
        return policies;
    }

    private static DataContainerNodeBuilder<NodeIdentifierWithPredicates, MapEntryNode> policyKeyed(
            final SrPolicyKey key) {
        final Uint32 color = Uint32.valueOf(key.color());
        final String endpoint = InetAddresses.toAddrString(key.endpoint());
        return ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(RouterModelNames.POLICY,
                ImmutableMap.of(RouterModelNames.COLOR, color, RouterModelNames.ENDPOINT, endpoint)))
            .withChild(ImmutableNodes.leafNode(RouterModelNames.COLOR, color))
            .withChild(ImmutableNodes.leafNode(RouterModelNames.ENDPOINT, endpoint));
    }

    private static MapEntryNode policyNode(final RouterSrPolicy policy) {
        final var builder = policyKeyed(policy.key());
        final String name = policy.name();
        if (name != null) {
            builder.withChild(ImmutableNodes.leafNode(RouterModelNames.NAME_LEAF, name));
        }
        final Long bindingSid = policy.bindingSid();
        if (bindingSid != null) {
            builder.withChild(ImmutableNodes.leafNode(RouterModelNames.BINDING_SID, Uint32.valueOf(bindingSid)));
        }
        if (!policy.candidatePaths().isEmpty()) {
            final var paths = ImmutableNodes.newSystemMapBuilder()
                .withNodeIdentifier(new NodeIdentifier(RouterModelNames.CANDIDATE_PATH));
            policy.candidatePaths().forEach(path -> paths.withChild(pathNode(path)));
            builder.withChild(paths.build());
        }
        return builder.build();
    }

    private static MapEntryNode pathNode(final CandidatePath path) {
        final Uint8 origin = Uint8.valueOf(path.protocolOrigin());
        final Uint32 discriminator = Uint32.valueOf(path.discriminator());
        final var builder = ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(RouterModelNames.CANDIDATE_PATH, ImmutableMap.of(
                RouterModelNames.PROTOCOL_ORIGIN, origin, RouterModelNames.ORIGINATOR, path.originator(),
                RouterModelNames.DISCRIMINATOR, discriminator)))
            .withChild(ImmutableNodes.leafNode(RouterModelNames.PROTOCOL_ORIGIN, origin))
            .withChild(ImmutableNodes.leafNode(RouterModelNames.ORIGINATOR, path.originator()))
            .withChild(ImmutableNodes.leafNode(RouterModelNames.DISCRIMINATOR, discriminator))
            .withChild(ImmutableNodes.leafNode(RouterModelNames.PREFERENCE, Uint32.valueOf(path.preference())));
        if (!path.segmentLists().isEmpty()) {
            final var lists = ImmutableNodes.newSystemMapBuilder()
                .withNodeIdentifier(new NodeIdentifier(RouterModelNames.SEGMENT_LIST));
            path.segmentLists().forEach(list -> lists.withChild(segmentListNode(list)));
            builder.withChild(lists.build());
        }
        return builder.build();
    }

    private static MapEntryNode segmentListNode(final SegmentList list) {
        final Uint32 id = Uint32.valueOf(list.id());
        final var builder = ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(RouterModelNames.SEGMENT_LIST, RouterModelNames.ID, id))
            .withChild(ImmutableNodes.leafNode(RouterModelNames.ID, id))
            .withChild(ImmutableNodes.leafNode(RouterModelNames.WEIGHT, Uint32.valueOf(list.weight())));
        if (!list.segments().isEmpty()) {
            final var segments = ImmutableNodes.newUserMapBuilder()
                .withNodeIdentifier(new NodeIdentifier(RouterModelNames.SEGMENT));
            for (int index = 0; index < list.segments().size(); index++) {
                final Uint16 position = Uint16.valueOf(index);
                segments.withChild(ImmutableNodes.newMapEntryBuilder()
                    .withNodeIdentifier(
                        NodeIdentifierWithPredicates.of(RouterModelNames.SEGMENT, RouterModelNames.INDEX, position))
                    .withChild(ImmutableNodes.leafNode(RouterModelNames.INDEX, position))
                    .withChild(ImmutableNodes.newChoiceBuilder()
                        .withNodeIdentifier(new NodeIdentifier(RouterModelNames.SID))
                        .withChild(sidNode(list.segments().get(index)))
                        .build())
                    .build());
            }
            builder.withChild(segments.build());
        }
        return builder.build();
    }

    private static DataContainerChild sidNode(final Segment segment) {
        if (segment instanceof Segment.Mpls mpls) {
            return ImmutableNodes.leafNode(RouterModelNames.MPLS_LABEL, Uint32.valueOf(mpls.label()));
        } else if (segment instanceof Segment.Srv6 srv6) {
            return ImmutableNodes.leafNode(RouterModelNames.SRV6_SID, InetAddresses.toAddrString(srv6.sid()));
        }
        throw new IllegalArgumentException("unknown segment " + segment);
    }

    private static RouterSrPolicy toPolicy(final MapEntryNode policy) {
        final SrPolicyKey key = new SrPolicyKey(((Uint32) leaf(policy, RouterModelNames.COLOR)).longValue(),
            IpAddressText.parse(leaf(policy, RouterModelNames.ENDPOINT).toString()));
        final Object name = optionalLeaf(policy, RouterModelNames.NAME_LEAF);
        final Object bindingSid = optionalLeaf(policy, RouterModelNames.BINDING_SID);
        final List<CandidatePath> paths = new ArrayList<>();
        if (policy.childByArg(new NodeIdentifier(RouterModelNames.CANDIDATE_PATH)) instanceof MapNode map) {
            for (MapEntryNode path : map.body()) {
                paths.add(toPath(path));
            }
        }
        return new RouterSrPolicy(key, name == null ? null : name.toString(),
            bindingSid == null ? null : ((Uint32) bindingSid).longValue(), paths);
    }

    private static CandidatePath toPath(final MapEntryNode path) {
        final Object preference = optionalLeaf(path, RouterModelNames.PREFERENCE);
        final List<SegmentList> lists = new ArrayList<>();
        if (path.childByArg(new NodeIdentifier(RouterModelNames.SEGMENT_LIST)) instanceof MapNode map) {
            for (MapEntryNode list : map.body()) {
                lists.add(toSegmentList(list));
            }
        }
        return new CandidatePath(((Uint8) leaf(path, RouterModelNames.PROTOCOL_ORIGIN)).intValue(),
            leaf(path, RouterModelNames.ORIGINATOR).toString(),
            ((Uint32) leaf(path, RouterModelNames.DISCRIMINATOR)).longValue(),
            preference == null ? DEFAULT_PREFERENCE : ((Uint32) preference).longValue(), lists);
    }

    private static SegmentList toSegmentList(final MapEntryNode list) {
        final Object weight = optionalLeaf(list, RouterModelNames.WEIGHT);
        final List<MapEntryNode> entries = new ArrayList<>();
        if (list.childByArg(new NodeIdentifier(RouterModelNames.SEGMENT)) instanceof MapNode segments) {
            entries.addAll(segments.body());
        }
        entries.sort(Comparator.comparingInt(entry -> ((Uint16) leaf(entry, RouterModelNames.INDEX)).intValue()));
        final List<Segment> segments = new ArrayList<>();
        for (MapEntryNode entry : entries) {
            if (!(entry.childByArg(new NodeIdentifier(RouterModelNames.SID)) instanceof ChoiceNode sid)) {
                throw new IllegalArgumentException("segment without a SID in segment list "
                    + leaf(list, RouterModelNames.ID));
            }
            final Object label = optionalLeaf(sid, RouterModelNames.MPLS_LABEL);
            final Object srv6 = optionalLeaf(sid, RouterModelNames.SRV6_SID);
            if (label != null) {
                segments.add(new Segment.Mpls(((Uint32) label).longValue()));
            } else if (srv6 != null && IpAddressText.parse(srv6.toString()) instanceof Inet6Address v6) {
                segments.add(new Segment.Srv6(v6));
            } else {
                throw new IllegalArgumentException("segment of an unknown kind in segment list "
                    + leaf(list, RouterModelNames.ID));
            }
        }
        return new SegmentList(((Uint32) leaf(list, RouterModelNames.ID)).longValue(),
            weight == null ? 1 : ((Uint32) weight).longValue(), segments);
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

    private static String text(final Element parent, final QName name) {
        return children(parent, name).get(0).getTextContent().strip();
    }
}
