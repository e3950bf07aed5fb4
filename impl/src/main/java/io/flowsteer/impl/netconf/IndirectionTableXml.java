/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.wire.IpAddressText;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The entries of {@code /router/indirection-id-table} of {@code flowsteer-router} as XML, written and read element by
 * element. A whole table travels twice in every large push (the edit and its read-back), and the yangtools codecs
 * cost about 10 µs per entry each way, most of the controller's CPU when 100 routers get 10,000 entries each; this
 * costs a tenth of that. It holds the model's constraints on everything it reads: the key ranges, the description's
 * length, exactly one case of {@code target}, the MPLS label range, the tunnel name's length and pattern, addresses
 * without zones. Elements it does not know in an entry (a later revision, a router's own augmentation) are skipped,
 * as the yangtools parser skips them when not strict. SR Policies, small and deep, stay with the yangtools codecs.
 */
final class IndirectionTableXml {
    private static final String NS = FlowsteerRouterDriver.NAMESPACE;
    private static final Pattern TUNNEL_NAME = Pattern.compile("[A-Za-z0-9_.:/-]{1,64}");
    private static final int DESCRIPTION_LENGTH = 255;

    private IndirectionTableXml() {
        // static codec
    }

    /**
     * Appends one {@code <entry>} to {@code table} per entry put, sent whole ({@code operation="replace"}), and one
     * per key deleted ({@code operation="delete"}), RFC 6241 section 7.2.
     *
     * @param table the {@code <indirection-id-table>} element
     * @param put entries created or replaced
     * @param delete keys of entries removed
     */
    static void writeEdit(final Element table, final List<IndirectionEntry> put, final List<IndirectionKey> delete) {
        for (IndirectionEntry entry : put) {
            final Element element = keyed(table, entry.key(), "replace");
            final String description = entry.description();
            if (description != null) {
                leaf(element, RouterModelNames.DESCRIPTION, description);
            }
            writeTarget(element, entry.target());
        }
        for (IndirectionKey key : delete) {
            keyed(table, key, "delete");
        }
    }

    /**
     * Appends one {@code <entry>} holding only its keys per key, as a subtree filter selects them (RFC 6241 section
     * 6.2.5).
     *
     * @param table the {@code <indirection-id-table>} element of a filter
     * @param keys the entries to select
     */
    static void writeKeys(final Element table, final List<IndirectionKey> keys) {
        keys.forEach(key -> keyed(table, key, null));
    }

    /**
     * Reads the entries of an {@code <indirection-id-table>}.
     *
     * @param table the element
     * @return its entries, in document order
     * @throws IllegalArgumentException when an entry does not follow the model
     */
    static List<IndirectionEntry> read(final Element table) {
        final List<IndirectionEntry> entries = new ArrayList<>();
        for (Node node = table.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && is(element, RouterModelNames.ENTRY)) {
                entries.add(readEntry(element));
            }
        }
        return entries;
    }

    private static IndirectionEntry readEntry(final Element entry) {
        String idType = null;
        String id = null;
        String description = null;
        final List<InetAddress> nextHops = new ArrayList<>();
        final List<IndirectionTarget> targets = new ArrayList<>();
        for (Node node = entry.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element) || !NS.equals(element.getNamespaceURI())) {
                continue;
            }
            final String value = element.getTextContent().strip();
            switch (element.getLocalName()) {
                case "id-type" -> idType = value;
                case "id" -> id = value;
                // kept as the router holds it, blanks included, so that it compares with what was sent
                case "description" -> description = element.getTextContent();
                case "next-hop" -> nextHops.add(address(value));
                case "mpls-binding-sid" -> targets.add(new IndirectionTarget.MplsBindingSid(unsigned(value,
                    0xFFFF_FFFFL, "mpls-binding-sid")));
                case "srv6-binding-sid" -> targets.add(new IndirectionTarget.Srv6BindingSid(ipv6(value)));
                case "sr-policy" -> targets.add(readSrPolicy(element));
                case "tunnel" -> targets.add(new IndirectionTarget.Tunnel(tunnelName(value)));
                default -> {
                    // a node of a later revision of the model: skipped, as the yangtools parser skips it
                }
            }
        }
        if (idType == null || id == null) {
            throw new IllegalArgumentException("entry without id-type or id");
        }
        final IndirectionKey key = new IndirectionKey((int) unsigned(idType, 0xFF, "id-type"),
            unsigned(id, 0xFFFF_FFFFL, "id"));
        if (!nextHops.isEmpty()) {
            targets.add(new IndirectionTarget.NextHops(nextHops));
        }
        if (targets.size() != 1) {
            throw new IllegalArgumentException("entry " + key + " has " + targets.size() + " targets, not one");
        }
        if (description != null && description.codePointCount(0, description.length()) > DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("entry " + key + " has a description over 255 characters");
        }
        return new IndirectionEntry(key, description, targets.get(0));
    }

    private static IndirectionTarget readSrPolicy(final Element policy) {
        String color = null;
        String endpoint = null;
        for (Node node = policy.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (is(element, RouterModelNames.COLOR)) {
                    color = element.getTextContent().strip();
                } else if (is(element, RouterModelNames.ENDPOINT)) {
                    endpoint = element.getTextContent().strip();
                } else {
                    throw new IllegalArgumentException("sr-policy target holds unknown " + element.getLocalName());
                }
            }
        }
        if (color == null || endpoint == null) {
            throw new IllegalArgumentException("sr-policy target without color or endpoint");
        }
        return new IndirectionTarget.SrPolicy(unsigned(color, 0xFFFF_FFFFL, "color"), address(endpoint));
    }

    private static void writeTarget(final Element entry, final IndirectionTarget target) {
        if (target instanceof IndirectionTarget.NextHops hops) {
            hops.addresses().forEach(address ->
                leaf(entry, RouterModelNames.NEXT_HOP, InetAddresses.toAddrString(address)));
        } else if (target instanceof IndirectionTarget.MplsBindingSid sid) {
            leaf(entry, RouterModelNames.MPLS_BSID, Long.toString(sid.label()));
        } else if (target instanceof IndirectionTarget.Srv6BindingSid sid) {
            leaf(entry, RouterModelNames.SRV6_BSID, InetAddresses.toAddrString(sid.sid()));
        } else if (target instanceof IndirectionTarget.SrPolicy policy) {
            final Element container = element(entry, RouterModelNames.SR_POLICY);
            leaf(container, RouterModelNames.COLOR, Long.toString(policy.color()));
            leaf(container, RouterModelNames.ENDPOINT, InetAddresses.toAddrString(policy.endpoint()));
        } else if (target instanceof IndirectionTarget.Tunnel tunnel) {
            leaf(entry, RouterModelNames.TUNNEL, tunnel.name());
        } else {
            throw new IllegalArgumentException("unknown target " + target);
        }
    }

    private static Element keyed(final Element table, final IndirectionKey key, final @Nullable String operation) {
        final Element entry = element(table, RouterModelNames.ENTRY);
        if (operation != null) {
            entry.setAttributeNS(FlowsteerRouterDriver.NETCONF_BASE, "nc:operation", operation);
        }
        leaf(entry, RouterModelNames.ID_TYPE, Integer.toString(key.idType()));
        leaf(entry, RouterModelNames.ID, Long.toString(key.id()));
        return entry;
    }

    private static Element element(final Element parent, final QName name) {
        return DomElements.child(parent, NS, name.getLocalName());
    }

    private static void leaf(final Element parent, final QName name, final String value) {
        element(parent, name).setTextContent(value);
    }

    private static boolean is(final Element element, final QName name) {
        return name.getLocalName().equals(element.getLocalName()) && NS.equals(element.getNamespaceURI());
    }

    private static long unsigned(final String text, final long max, final String leaf) {
        final long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(leaf + " '" + text + "' is not a number", e);
        }
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(leaf + " " + value + " is outside 0.." + max);
        }
        return value;
    }

    private static InetAddress address(final String text) {
        if (text.indexOf('%') >= 0) {
            throw new IllegalArgumentException("address '" + text + "' has a zone");
        }
        return IpAddressText.parse(text);
    }

    private static Inet6Address ipv6(final String text) {
        if (address(text) instanceof Inet6Address v6) {
            return v6;
        }
        throw new IllegalArgumentException("'" + text + "' is not an IPv6 address");
    }

    private static String tunnelName(final String text) {
        if (!TUNNEL_NAME.matcher(text).matches()) {
            throw new IllegalArgumentException("tunnel name '" + text + "' is not 1-64 letters, digits and '_.:/-'");
        }
        return text;
    }
}
