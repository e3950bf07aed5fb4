/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static io.flowsteer.impl.netconf.DomElements.child;
import static io.flowsteer.impl.netconf.DomElements.children;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.ATTRIBUTES;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.BINDING_SID;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.CANDIDATE_PATH;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.CANDIDATE_PATHS;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.COLOR;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.DISCRIMINATOR;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.ENDPOINT;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.HEADEND;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.INDEX;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.MPLS_SID;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.NAME;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.NAME_REF;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.ORIGINATOR_ASN;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.ORIGINATOR_NODE_ADDRESS;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.POLICIES;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.POLICY;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.PREFERENCE;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.PROTOCOL_ORIGIN;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.PROTOCOL_ORIGINS;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.ROUTING;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.ROUTING_NS;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SEGMENT;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SEGMENTS;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SEGMENT_LIST;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SEGMENT_LISTS;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SEGMENT_ROUTING;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SEGMENT_TYPE_A;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SEGMENT_TYPE_B;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SRV6;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SR_MPLS;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.SR_POLICY_NS;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.TRAFFIC_ENGINEERING;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.TYPE;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.TYPES_NS;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.TYPES_PREFIX;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.TYPE_A;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.TYPE_B;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.VALUE;
import static io.flowsteer.impl.netconf.IetfSrPolicyNames.WEIGHT;
import static java.util.Objects.requireNonNull;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.CandidatePath;
import io.flowsteer.api.spi.netconf.DeviceDriver;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.RouterEdit;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterSrPolicy;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.api.spi.netconf.Segment;
import io.flowsteer.api.spi.netconf.SegmentList;
import io.flowsteer.api.spi.netconf.SrPolicyKey;
import io.flowsteer.api.spi.netconf.TableEdit;
import io.flowsteer.api.wire.IpAddressText;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The driver for routers that take SR Policies in the IETF model: the YANG module {@code ietf-sr-policy} of
 * draft-ietf-spring-sr-policy-yang, module revision 2026-07-06 (the latest revision found, as extracted into
 * YangModels/yang {@code experimental/ietf-extracted-YANG-modules}), an augmentation of {@code /rt:routing}
 * (RFC 8349) with {@code segment-routing/traffic-engineering}. For the indirection-id table
 * (draft-ietf-idr-flowspec-path-redirect section 2) no IETF or vendor model was found (none in YangModels/yang's
 * standard, experimental or vendor trees), so it stays on Flowsteer's {@code flowsteer-router} model, written by
 * {@link FlowsteerRouterDriver}: the router must expose both modules.
 *
 * <p>Mapping of an SR Policy (RFC 9256 section 2):
 * <ul>
 *   <li>{@code policies/policy} keyed by {@code headend color endpoint}: the headend is the router itself, the IP
 *       address Flowsteer reaches it at ({@link #forRouter}); policies of other headends are neither read nor
 *       touched. Color 0 cannot be expressed (the model's {@code color-type} is 1..4294967295).</li>
 *   <li>{@code candidate-paths/candidate-path} keyed by {@code protocol-origin originator-asn
 *       originator-node-address discriminator}: Protocol-Origin 10, 20, 30 as the identities
 *       {@code protocol-origin-type-pcep}, {@code -bgp}, {@code -local} (others cannot be expressed); the originator
 *       {@code "asn,address"} split, an IPv4 address written in the low 32 bits of the 128-bit
 *       {@code node-address-type} (so {@code ::a.b.c.d} reads back as IPv4); preference 1..65535 only.</li>
 *   <li>Segment lists are not inside the candidate path in this model: they live in
 *       {@code attributes/segment-lists/segment-list} keyed by name and the explicit candidate path refers to them
 *       ({@code segment-lists/segment-list/name-ref} with its {@code weight}). Flowsteer names each one after the
 *       policy, the path and the list id ({@link #segmentListName}), so the name says whom it belongs to; segments
 *       are numbered from 0 in their order, type A with {@code sr-mpls/Type-A/value} for a label, type B with
 *       {@code srv6/Type-B/value} for an SRv6 SID (an {@code inet:ipv6-prefix} in {@code ietf-srv6-types} revision
 *       2026-05-06, so written as a /128).</li>
 *   <li>The MPLS binding SID is {@code binding-sid/mpls-sid/value}.</li>
 * </ul>
 *
 * <p>An edit replaces each changed policy whole and deletes each removed one by key ({@code operation} of RFC 6241
 * section 7.2), and the same for the segment lists they use: the lists of a changed policy are replaced, those it no
 * longer uses (known from the state read before the edit, {@link #editConfig(Document, RouterTables, RouterEdit)})
 * and those of a removed policy are deleted. Unchanged policies and their lists are not sent.
 *
 * <p>Built with the DOM, not with yangtools codecs over a model context: the IETF module imports
 * {@code ietf-te-types}, {@code ietf-srv6-types}, {@code ietf-routing}, {@code ietf-interfaces} and more, none of which
 * the controller otherwise needs; loading that chain into the controller's model context (or generating bindings for
 * it) for a few dozen element names is not worth it. The unit test checks every document this driver writes by
 * parsing it with yangtools against the real modules, and the integration test has netconf-testtool validate it.
 */
public final class IetfSrPolicyDriver implements DeviceDriver {
    /** Driver name, for {@code flowsteer-devices} leaf {@code netconf/driver}. */
    public static final String NAME_OF_DRIVER = "ietf-sr-policy";
    /** Highest preference the model takes (1..65535). */
    private static final long MAX_PREFERENCE = 65_535;
    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;

    private final FlowsteerRouterDriver tables;
    private final @Nullable InetAddress headend;

    /**
     * The driver, not yet bound to a router; {@link #forRouter} binds it.
     *
     * @param tables the driver writing the indirection-id table on {@code flowsteer-router}
     */
    public IetfSrPolicyDriver(final FlowsteerRouterDriver tables) {
        this(tables, null);
    }

    private IetfSrPolicyDriver(final FlowsteerRouterDriver tables, final @Nullable InetAddress headend) {
        this.tables = requireNonNull(tables);
        this.headend = headend;
    }

    /**
     * This driver for one router, whose address is the headend of its SR Policies (RFC 9256 section 2.1).
     *
     * @param endpoint the router
     * @return the bound driver
     * @throws IllegalArgumentException when the router's host is not an IP address
     */
    @Override
    public IetfSrPolicyDriver forRouter(final RouterEndpoint endpoint) {
        if (!InetAddresses.isInetAddress(endpoint.host())) {
            throw new IllegalArgumentException("driver " + NAME_OF_DRIVER + " needs the router's IP address as its "
                + "netconf host (it is the SR Policy headend); router " + endpoint.name() + " has host "
                + endpoint.host());
        }
        return new IetfSrPolicyDriver(tables, InetAddresses.forString(endpoint.host()));
    }

    /**
     * The headend this driver is bound to.
     *
     * @return the headend address
     * @throws IllegalStateException when not bound with {@link #forRouter}
     */
    InetAddress headend() {
        final InetAddress bound = headend;
        if (bound == null) {
            throw new IllegalStateException("driver " + NAME_OF_DRIVER + " is used before forRouter");
        }
        return bound;
    }

    @Override
    public String name() {
        return NAME_OF_DRIVER;
    }

    @Override
    public Set<String> requiredNamespaces() {
        return Set.of(FlowsteerRouterDriver.NAMESPACE, SR_POLICY_NS);
    }

    /**
     * One filter with both roots: {@code router/indirection-id-table} and
     * {@code routing/segment-routing/traffic-engineering} with its {@code attributes/segment-lists} and
     * {@code policies}.
     */
    @Override
    public Element configFilter(final Document owner) {
        final Element filter = tableFilter(owner);
        policyRoot(filter);
        return filter;
    }

    /**
     * Two filters, one per root, for servers that take one root per filter.
     */
    @Override
    public List<Element> configFilters(final Document owner) {
        final Element policies = owner.createElementNS(FlowsteerRouterDriver.NETCONF_BASE, "filter");
        policies.setAttribute("type", "subtree");
        policyRoot(policies);
        return List.of(tableFilter(owner), policies);
    }

    private static Element tableFilter(final Document owner) {
        final Element filter = owner.createElementNS(FlowsteerRouterDriver.NETCONF_BASE, "filter");
        filter.setAttribute("type", "subtree");
        final Element router = child(filter, FlowsteerRouterDriver.NAMESPACE, RouterModelNames.ROUTER.getLocalName());
        child(router, FlowsteerRouterDriver.NAMESPACE, RouterModelNames.TABLE.getLocalName());
        return filter;
    }

    private static void policyRoot(final Element filter) {
        final Element te = trafficEngineering(filter);
        child(child(te, SR_POLICY_NS, ATTRIBUTES), SR_POLICY_NS, SEGMENT_LISTS);
        child(te, SR_POLICY_NS, POLICIES);
    }

    @Override
    public RouterTables read(final Element data) {
        final IndirectionTable table = tables.read(data).indirection();
        final Map<String, Element> lists = new HashMap<>();
        final List<RouterSrPolicy> policies = new ArrayList<>();
        for (Element routing : children(data, ROUTING_NS, ROUTING)) {
            for (Element te : path(routing, SEGMENT_ROUTING, TRAFFIC_ENGINEERING)) {
                for (Element list : path(te, ATTRIBUTES, SEGMENT_LISTS, SEGMENT_LIST)) {
                    lists.put(text(list, NAME), list);
                }
                for (Element policy : path(te, POLICIES, POLICY)) {
                    if (headend().equals(address(text(policy, HEADEND)))) {
                        policies.add(toPolicy(policy, lists));
                    }
                }
            }
        }
        return RouterTables.of(table, policies);
    }

    @Override
    public Element editConfig(final Document owner, final RouterEdit edit) {
        return editConfig(owner, RouterTables.EMPTY, edit);
    }

    @Override
    public Element editConfig(final Document owner, final RouterTables current, final RouterEdit edit) {
        final TableEdit table = edit.table();
        final Element config = tables.editConfig(owner, new RouterEdit(table, List.of(), List.of()));
        if (table.isEmpty()) {
            // nothing of flowsteer-router changes: leave that model out of the edit
            for (Element router : children(config, FlowsteerRouterDriver.NAMESPACE,
                    RouterModelNames.ROUTER.getLocalName())) {
                config.removeChild(router);
            }
        }
        if (edit.putPolicies().isEmpty() && edit.deletePolicies().isEmpty()) {
            return config;
        }
        final Set<String> unused = new TreeSet<>();
        final Map<String, SegmentList> used = new TreeMap<>();
        for (RouterSrPolicy policy : edit.putPolicies()) {
            final Map<String, SegmentList> mine = segmentLists(policy);
            used.putAll(mine);
            final RouterSrPolicy before = current.srPolicies().get(policy.key());
            if (before != null) {
                segmentLists(before).keySet().stream().filter(name -> !mine.containsKey(name)).forEach(unused::add);
            }
        }
        for (SrPolicyKey key : edit.deletePolicies()) {
            final RouterSrPolicy before = current.srPolicies().get(key);
            if (before != null) {
                unused.addAll(segmentLists(before).keySet());
            }
        }
        final Element te = trafficEngineering(config);
        if (!used.isEmpty() || !unused.isEmpty()) {
            final Element lists = child(child(te, SR_POLICY_NS, ATTRIBUTES), SR_POLICY_NS, SEGMENT_LISTS);
            used.forEach((name, list) -> segmentListElement(lists, name, list));
            for (String name : unused) {
                operation(leaf(child(lists, SR_POLICY_NS, SEGMENT_LIST), NAME, name).getParentNode(), "delete");
            }
        }
        final Element policies = child(te, SR_POLICY_NS, POLICIES);
        edit.putPolicies().forEach(policy -> policyElement(policies, policy));
        for (SrPolicyKey key : edit.deletePolicies()) {
            operation(keyed(policies, key), "delete");
        }
        return config;
    }

    /**
     * The segment lists of a policy by the name Flowsteer gives them on the router.
     */
    private static Map<String, SegmentList> segmentLists(final RouterSrPolicy policy) {
        final Map<String, SegmentList> lists = new LinkedHashMap<>();
        for (CandidatePath path : policy.candidatePaths()) {
            for (SegmentList list : path.segmentLists()) {
                lists.put(segmentListName(policy.key(), path, list.id()), list);
            }
        }
        return lists;
    }

    /**
     * The name of a segment list on the router: {@code flowsteer/<color>/<endpoint>/<Protocol-Origin>/<originator
     * ASN>/<originator address>/<discriminator>/<segment list id>}.
     *
     * @param key the policy
     * @param path the candidate path
     * @param id the segment list id
     * @return the name
     */
    static String segmentListName(final SrPolicyKey key, final CandidatePath path, final long id) {
        final Originator originator = Originator.parse(path.originator());
        return "flowsteer/" + key.color() + "/" + InetAddresses.toAddrString(key.endpoint()) + "/"
            + path.protocolOrigin() + "/" + originator.asn() + "/" + InetAddresses.toAddrString(originator.address())
            + "/" + path.discriminator() + "/" + id;
    }

    private void policyElement(final Element policies, final RouterSrPolicy policy) {
        final SrPolicyKey key = policy.key();
        if (key.color() == 0) {
            throw new IllegalArgumentException("SR Policy " + key + ": color 0 cannot be expressed in "
                + NAME_OF_DRIVER + " (color-type is 1..4294967295)");
        }
        final Element element = keyed(policies, key);
        operation(element, "replace");
        final String name = policy.name();
        if (name != null) {
            leaf(element, NAME, name);
        }
        final Long bindingSid = policy.bindingSid();
        if (bindingSid != null) {
            leaf(child(child(element, SR_POLICY_NS, BINDING_SID), SR_POLICY_NS, MPLS_SID), VALUE,
                Long.toString(bindingSid));
        }
        if (!policy.candidatePaths().isEmpty()) {
            final Element paths = child(element, SR_POLICY_NS, CANDIDATE_PATHS);
            policy.candidatePaths().forEach(path -> pathElement(paths, key, path));
        }
    }

    private static void pathElement(final Element paths, final SrPolicyKey key, final CandidatePath path) {
        final String origin = PROTOCOL_ORIGINS.get(path.protocolOrigin());
        if (origin == null) {
            throw new IllegalArgumentException("SR Policy " + key + ": Protocol-Origin " + path.protocolOrigin()
                + " has no identity in ietf-sr-policy-types (only 10, 20, 30)");
        }
        if (path.preference() < 1 || path.preference() > MAX_PREFERENCE) {
            throw new IllegalArgumentException("SR Policy " + key + ": preference " + path.preference()
                + " is outside 1..65535 of " + NAME_OF_DRIVER);
        }
        final Originator originator = Originator.parse(path.originator());
        final Element element = child(paths, SR_POLICY_NS, CANDIDATE_PATH);
        leaf(element, PROTOCOL_ORIGIN, TYPES_PREFIX + ":" + origin)
            .setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + TYPES_PREFIX, TYPES_NS);
        leaf(element, ORIGINATOR_ASN, Long.toString(originator.asn()));
        leaf(element, ORIGINATOR_NODE_ADDRESS, originator.nodeAddress());
        leaf(element, DISCRIMINATOR, Long.toString(path.discriminator()));
        leaf(element, PREFERENCE, Long.toString(path.preference()));
        if (!path.segmentLists().isEmpty()) {
            final Element lists = child(element, SR_POLICY_NS, SEGMENT_LISTS);
            for (SegmentList list : path.segmentLists()) {
                final Element ref = child(lists, SR_POLICY_NS, SEGMENT_LIST);
                leaf(ref, NAME_REF, segmentListName(key, path, list.id()));
                leaf(ref, WEIGHT, Long.toString(list.weight()));
            }
        }
    }

    private static void segmentListElement(final Element lists, final String name, final SegmentList list) {
        final Element element = child(lists, SR_POLICY_NS, SEGMENT_LIST);
        operation(element, "replace");
        leaf(element, NAME, name);
        if (list.segments().isEmpty()) {
            return;
        }
        final Element segments = child(element, SR_POLICY_NS, SEGMENTS);
        for (int index = 0; index < list.segments().size(); index++) {
            final Element segment = child(segments, SR_POLICY_NS, SEGMENT);
            leaf(segment, INDEX, Integer.toString(index));
            final Segment sid = list.segments().get(index);
            if (sid instanceof Segment.Mpls mpls) {
                leaf(segment, TYPE, TYPES_PREFIX + ":" + SEGMENT_TYPE_A)
                    .setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + TYPES_PREFIX, TYPES_NS);
                leaf(child(child(segment, SR_POLICY_NS, SR_MPLS), SR_POLICY_NS, TYPE_A), VALUE,
                    Long.toString(mpls.label()));
            } else if (sid instanceof Segment.Srv6 srv6) {
                leaf(segment, TYPE, TYPES_PREFIX + ":" + SEGMENT_TYPE_B)
                    .setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + TYPES_PREFIX, TYPES_NS);
                // srv6-types:srv6-sid is an inet:ipv6-prefix in this revision: the SID as a /128
                leaf(child(child(segment, SR_POLICY_NS, SRV6), SR_POLICY_NS, TYPE_B), VALUE,
                    InetAddresses.toAddrString(srv6.sid()) + "/128");
            }
        }
    }

    private Element keyed(final Element policies, final SrPolicyKey key) {
        final Element element = child(policies, SR_POLICY_NS, POLICY);
        leaf(element, HEADEND, InetAddresses.toAddrString(headend()));
        leaf(element, COLOR, Long.toString(key.color()));
        leaf(element, ENDPOINT, InetAddresses.toAddrString(key.endpoint()));
        return element;
    }

    private static RouterSrPolicy toPolicy(final Element policy, final Map<String, Element> lists) {
        final SrPolicyKey key = new SrPolicyKey(Long.parseLong(text(policy, COLOR)),
            address(text(policy, ENDPOINT)));
        final List<Element> names = children(policy, SR_POLICY_NS, NAME);
        final List<Element> bsid = path(policy, BINDING_SID, MPLS_SID, VALUE);
        final List<CandidatePath> paths = new ArrayList<>();
        for (Element path : path(policy, CANDIDATE_PATHS, CANDIDATE_PATH)) {
            paths.add(toPath(key, path, lists));
        }
        return new RouterSrPolicy(key, names.isEmpty() ? null : names.get(0).getTextContent().strip(),
            bsid.isEmpty() ? null : Long.valueOf(bsid.get(0).getTextContent().strip()), paths);
    }

    private static CandidatePath toPath(final SrPolicyKey key, final Element path, final Map<String, Element> lists) {
        final Element originElement = children(path, SR_POLICY_NS, PROTOCOL_ORIGIN).stream().findFirst()
            .orElseThrow(() -> new IllegalArgumentException("SR Policy " + key + ": candidate path without "
                + PROTOCOL_ORIGIN));
        final int origin = protocolOrigin(originElement);
        final Originator originator = new Originator(Long.parseLong(text(path, ORIGINATOR_ASN)),
            nodeAddress(text(path, ORIGINATOR_NODE_ADDRESS)));
        final List<SegmentList> segmentLists = new ArrayList<>();
        for (Element ref : path(path, SEGMENT_LISTS, SEGMENT_LIST)) {
            final String name = text(ref, NAME_REF);
            final Element list = lists.get(name);
            if (list == null) {
                throw new IllegalArgumentException("SR Policy " + key + " refers to segment list '" + name
                    + "' the router does not have");
            }
            final List<Element> weight = children(ref, SR_POLICY_NS, WEIGHT);
            segmentLists.add(new SegmentList(listId(name), weight.isEmpty() ? 1
                : Long.parseLong(weight.get(0).getTextContent().strip()), segments(name, list)));
        }
        return new CandidatePath(origin, originator.text(), Long.parseLong(text(path, DISCRIMINATOR)),
            Long.parseLong(text(path, PREFERENCE)), segmentLists);
    }

    /**
     * The segment list id Flowsteer put at the end of the name; a list named otherwise gets a hash of its name, so it
     * reads as something Flowsteer did not write and is replaced.
     */
    private static long listId(final String name) {
        final String last = name.substring(name.lastIndexOf('/') + 1);
        if (name.startsWith("flowsteer/") && !last.isEmpty() && last.chars().allMatch(Character::isDigit)
                && last.length() <= 10 && Long.parseLong(last) <= 0xFFFF_FFFFL) {
            return Long.parseLong(last);
        }
        return Integer.toUnsignedLong(name.hashCode());
    }

    private static List<Segment> segments(final String name, final Element list) {
        final List<Element> entries = new ArrayList<>(path(list, SEGMENTS, SEGMENT));
        entries.sort(Comparator.comparingLong(entry -> Long.parseLong(text(entry, INDEX))));
        final List<Segment> segments = new ArrayList<>();
        for (Element entry : entries) {
            final List<Element> label = path(entry, SR_MPLS, TYPE_A, VALUE);
            final List<Element> sid = path(entry, SRV6, TYPE_B, VALUE);
            if (!label.isEmpty()) {
                segments.add(new Segment.Mpls(Long.parseLong(label.get(0).getTextContent().strip())));
            } else if (!sid.isEmpty() && address(sidAddress(sid.get(0).getTextContent())) instanceof Inet6Address v6) {
                segments.add(new Segment.Srv6(v6));
            } else {
                throw new IllegalArgumentException("segment list '" + name + "' has a segment other than type A "
                    + "(MPLS label) or type B (SRv6 SID) at index " + text(entry, INDEX));
            }
        }
        return segments;
    }

    /** The address of an SRv6 SID written as an IPv6 prefix ({@code fc00::7/128}), or as a bare address. */
    private static String sidAddress(final String text) {
        final String value = text.strip();
        final int slash = value.indexOf('/');
        return slash < 0 ? value : value.substring(0, slash);
    }

    private static int protocolOrigin(final Element element) {
        final String value = element.getTextContent().strip();
        final int colon = value.indexOf(':');
        final String namespace = colon < 0 ? element.lookupNamespaceURI(null)
            : element.lookupNamespaceURI(value.substring(0, colon));
        final String identity = value.substring(colon + 1);
        if (TYPES_NS.equals(namespace)) {
            for (Map.Entry<Integer, String> known : PROTOCOL_ORIGINS.entrySet()) {
                if (known.getValue().equals(identity)) {
                    return known.getKey();
                }
            }
        }
        throw new IllegalArgumentException("protocol-origin " + value + " is not one of " + PROTOCOL_ORIGINS.values());
    }

    private static InetAddress address(final String text) {
        return IpAddressText.parse(text.strip());
    }

    /**
     * An originator node address read back: IPv4 when the high 96 bits are zero (the model's rule), else IPv6.
     */
    private static InetAddress nodeAddress(final String text) {
        final byte[] bytes = address(text).getAddress();
        if (bytes.length == IPV6_BYTES && Arrays.mismatch(bytes, 0, IPV6_BYTES - IPV4_BYTES,
                new byte[IPV6_BYTES - IPV4_BYTES], 0, IPV6_BYTES - IPV4_BYTES) < 0) {
            try {
                return InetAddress.getByAddress(Arrays.copyOfRange(bytes, IPV6_BYTES - IPV4_BYTES, IPV6_BYTES));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are an IPv4 address", e);
            }
        }
        return address(text);
    }

    /**
     * A candidate path's originator (RFC 9256 section 2.4) as Flowsteer writes it, {@code "asn,address"}.
     *
     * @param asn the ASN, 32-bit unsigned
     * @param address the node address
     */
    record Originator(long asn, InetAddress address) {
        Originator {
            if (asn < 0 || asn > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("originator ASN " + asn + " is not a 32-bit unsigned value");
            }
            requireNonNull(address);
        }

        static Originator parse(final String text) {
            final int comma = text.indexOf(',');
            if (comma < 0) {
                throw new IllegalArgumentException("originator '" + text + "' is not 'asn,address'");
            }
            try {
                return new Originator(Long.parseLong(text.substring(0, comma).strip()),
                    IetfSrPolicyDriver.address(text.substring(comma + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("originator '" + text + "' is not 'asn,address'", e);
            }
        }

        /** The 128-bit {@code node-address-type} text: an IPv4 address in the low 32 bits. */
        String nodeAddress() {
            return address instanceof Inet4Address ? "::" + address.getHostAddress()
                : InetAddresses.toAddrString(address);
        }

        /** The text Flowsteer's wanted state carries ({@code WantedStateTranslator}). */
        String text() {
            return asn + "," + address.getHostAddress();
        }
    }

    private static Element trafficEngineering(final Element parent) {
        final Element routing = child(parent, ROUTING_NS, ROUTING);
        return child(child(routing, SR_POLICY_NS, SEGMENT_ROUTING), SR_POLICY_NS, TRAFFIC_ENGINEERING);
    }

    private static Element leaf(final Element parent, final String name, final String value) {
        final Element element = child(parent, SR_POLICY_NS, name);
        element.setTextContent(value);
        return element;
    }

    private static void operation(final Node element, final String operation) {
        ((Element) element).setAttributeNS(FlowsteerRouterDriver.NETCONF_BASE, "nc:operation", operation);
    }

    /** The elements at a path of {@code ietf-sr-policy} names below {@code parent}. */
    private static List<Element> path(final Element parent, final String... names) {
        List<Element> level = List.of(parent);
        for (String name : names) {
            final List<Element> next = new ArrayList<>();
            level.forEach(element -> next.addAll(children(element, SR_POLICY_NS, name)));
            level = next;
        }
        return level;
    }

    private static String text(final Element parent, final String name) {
        final List<Element> found = children(parent, SR_POLICY_NS, name);
        if (found.isEmpty()) {
            throw new IllegalArgumentException(parent.getLocalName() + " without " + name);
        }
        return found.get(0).getTextContent().strip();
    }
}
