/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import io.flowsteer.api.bgp.RawAttribute;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.RedirectToIndirectionId;
import io.flowsteer.api.community.RedirectToIpv4;
import io.flowsteer.api.community.RedirectToIpv6;
import io.flowsteer.api.community.RedirectToVrfAs2;
import io.flowsteer.api.community.TrafficAction;
import io.flowsteer.api.community.TrafficMarking;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.community.wide.RedirectGroupCodec;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.community.wide.RedirectPath;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.BitmaskComponent;
import io.flowsteer.api.wire.BitmaskTerm;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.NumericTerm;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The flowspec routes the gobgp tests advertise, each with the NLRI string gobgp prints for it and the JSON of its
 * extended community attributes as {@code gobgp global rib -j} shows them.
 *
 * @param route the route
 * @param gobgpKey gobgp's rendering of the NLRI
 * @param gobgpCommunities gobgp's JSON of attributes 16 and 25, in that order
 */
record TestRoutes(FlowspecRoute route, String gobgpKey, String gobgpCommunities) {
    /** IPv4: every RFC 8955 component, and traffic-rate, traffic-action, redirect AS-2, traffic-marking. */
    static TestRoutes ipv4AllComponents() {
        return new TestRoutes(new FlowspecRoute(new Fsv1Nlri(Afi.IPV4,
            IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {10, 1, 2, 0}, 24),
            IpPrefixComponent.ipv4(ComponentType.SOURCE_PREFIX, new byte[] {(byte) 192, 0, 2, 0}, 25),
            NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6, 17),
            numeric(ComponentType.PORT, new NumericTerm(false, NumericTerm.GT | NumericTerm.EQ, 1024),
                new NumericTerm(true, NumericTerm.LT | NumericTerm.EQ, 2048)),
            NumericComponent.anyOf(ComponentType.DESTINATION_PORT, 80, 443),
            numeric(ComponentType.SOURCE_PORT, new NumericTerm(false, NumericTerm.GT, 1023)),
            NumericComponent.anyOf(ComponentType.ICMP_TYPE, 8),
            NumericComponent.anyOf(ComponentType.ICMP_CODE, 0),
            new BitmaskComponent(ComponentType.TCP_FLAGS, List.of(new BitmaskTerm(false, false, true, 0x02),
                new BitmaskTerm(false, true, false, 0x10))),
            numeric(ComponentType.PACKET_LENGTH, new NumericTerm(false, NumericTerm.LT, 100)),
            NumericComponent.anyOf(ComponentType.DSCP, 46),
            new BitmaskComponent(ComponentType.FRAGMENT, List.of(new BitmaskTerm(false, false, false,
                BitmaskComponent.FRAGMENT_ISF | BitmaskComponent.FRAGMENT_FF)))),
            RouteAttributes.of(new TrafficRateBytes(65000, 1000f), new TrafficAction(true, true),
                new RedirectToVrfAs2(65000, 100), new TrafficMarking(10))),
            "[destination: 10.1.2.0/24][source: 192.0.2.0/25][protocol: ==tcp ==udp][port: >=1024&<=2048]"
                + "[destination-port: ==80 ==443][source-port: >1023][icmp-type: ==8][icmp-code: ==0]"
                + "[tcp-flags: =S !A][packet-length: <100][dscp: ==46][fragment: is-fragment+first-fragment]",
            "[{\"type\":16,\"value\":[{\"type\":128,\"subtype\":6,\"as\":65000,\"rate\":1000},"
                + "{\"type\":128,\"subtype\":7,\"terminal\":true,\"sample\":true},"
                + "{\"type\":128,\"subtype\":8,\"value\":\"65000:100\"},{\"type\":128,\"subtype\":9,\"value\":10}]}]");
    }

    /** IPv4 redirect to IP without copy (draft-ietf-idr-flowspec-redirect-ip, 0x01/0x0c). */
    static TestRoutes ipv4Redirect() {
        return new TestRoutes(new FlowspecRoute(destination4(10, 9), RouteAttributes.of(
            new RedirectToIpv4(ipv4("192.0.2.1"), false))), "[destination: 10.9.0.0/16]",
            "[{\"type\":16,\"value\":[{\"type\":1,\"subtype\":12,\"value\":\"192.0.2.1:0\"}]}]");
    }

    /** IPv4 redirect to IP with the copy bit. */
    static TestRoutes ipv4RedirectCopy() {
        return new TestRoutes(new FlowspecRoute(destination4(10, 10), RouteAttributes.of(
            new RedirectToIpv4(ipv4("192.0.2.2"), true))), "[destination: 10.10.0.0/16]",
            "[{\"type\":16,\"value\":[{\"type\":1,\"subtype\":12,\"value\":\"192.0.2.2:1\"}]}]");
    }

    /** IPv4 redirect to indirection-id (0x09/0x00), which gobgp does not know. */
    static TestRoutes ipv4IndirectionId() {
        return new TestRoutes(new FlowspecRoute(destination4(10, 11), RouteAttributes.of(
            new RedirectToIndirectionId(0, false, 1, 42))), "[destination: 10.11.0.0/16]",
            "[{\"type\":16,\"value\":[{\"type\":9,\"subtype\":0,\"value\":\"AAABAAAAKg==\"}]}]");
    }

    /** IPv6: every RFC 8956 component, traffic-rate 0 and redirect to IPv6 without copy (RFC 5701 form). */
    static TestRoutes ipv6AllComponents() {
        return new TestRoutes(new FlowspecRoute(new Fsv1Nlri(Afi.IPV6,
            IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX, ipv6("2001:db8:1::").getAddress(), 0, 48),
            IpPrefixComponent.ipv6(ComponentType.SOURCE_PREFIX, ipv6("2001:db8:2::").getAddress(), 0, 64),
            NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 58),
            NumericComponent.anyOf(ComponentType.PORT, 53),
            NumericComponent.anyOf(ComponentType.DESTINATION_PORT, 53),
            NumericComponent.anyOf(ComponentType.SOURCE_PORT, 5353),
            NumericComponent.anyOf(ComponentType.ICMP_TYPE, 128),
            NumericComponent.anyOf(ComponentType.ICMP_CODE, 0),
            new BitmaskComponent(ComponentType.TCP_FLAGS, List.of(new BitmaskTerm(false, false, false, 0x04))),
            numeric(ComponentType.PACKET_LENGTH, new NumericTerm(false, NumericTerm.GT, 1280)),
            NumericComponent.anyOf(ComponentType.DSCP, 10),
            new BitmaskComponent(ComponentType.FRAGMENT, List.of(new BitmaskTerm(false, false, false,
                BitmaskComponent.FRAGMENT_LF))),
            NumericComponent.anyOf(ComponentType.FLOW_LABEL, 12345)),
            new RouteAttributes(List.of(new TrafficRateBytes(0, 0f)),
                List.of(new RedirectToIpv6(ipv6("2001:db8::1"), false)), List.of())),
            "[destination: 2001:db8:1::/48/0][source: 2001:db8:2::/64/0][protocol: ==58][port: ==53]"
                + "[destination-port: ==53][source-port: ==5353][icmp-type: ==128][icmp-code: ==0][tcp-flags: R]"
                + "[packet-length: >1280][dscp: ==10][fragment: last-fragment][label: ==12345]",
            "[{\"type\":16,\"value\":[{\"type\":128,\"subtype\":6,\"as\":0,\"rate\":0}]},"
                + "{\"type\":25,\"value\":[{\"type\":0,\"subtype\":12,\"value\":\"2001:db8::1:0\"}]}]");
    }

    /** IPv6 redirect to IPv6 with the copy bit. */
    static TestRoutes ipv6RedirectCopy() {
        return new TestRoutes(new FlowspecRoute(new Fsv1Nlri(Afi.IPV6,
            IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX, ipv6("2001:db8:9::").getAddress(), 0, 48)),
            new RouteAttributes(List.of(), List.of(new RedirectToIpv6(ipv6("2001:db8::2"), true)), List.of())),
            "[destination: 2001:db8:9::/48/0]",
            "[{\"type\":25,\"value\":[{\"type\":0,\"subtype\":12,\"value\":\"2001:db8::2:1\"}]}]");
    }

    /**
     * IPv4 redirect to a redirect group (draft-ietf-idr-flowspec-redirect-group): a Community Container attribute
     * (type 129, optional transitive) holding one wide community with two IPv4 paths; no peer here knows it.
     */
    static TestRoutes ipv4RedirectGroup() {
        final ByteBuf value = Unpooled.buffer();
        new RedirectGroupCodec().encode(new RedirectGroupCommunity(false, false, 65000, 0, List.of(
            RedirectPath.of(ipv4("192.0.2.7"), OptionalLong.empty(), OptionalInt.empty()),
            RedirectPath.of(ipv4("192.0.2.8"), OptionalLong.empty(), OptionalInt.empty())), List.of()), value);
        final byte[] octets = new byte[value.readableBytes()];
        value.readBytes(octets);
        return new TestRoutes(new FlowspecRoute(destination4(10, 12), new RouteAttributes(List.of(), List.of(),
            List.of(new RawAttribute(0xc0, CommunityContainerCodec.ATTRIBUTE_TYPE, Octets.copyOf(octets))))),
            "[destination: 10.12.0.0/16]", "[]");
    }

    /**
     * An FSv2 IPv4 route (draft-ietf-idr-fsv2-ip-basic): destination 10.13.0.0/16, UDP, in the IP Basic family.
     */
    static FlowspecRoute fsv2() {
        return new FlowspecRoute(new Fsv2Nlri(Afi.IPV4, 0, 1, List.of(new Fsv2FilterFamily(
            Fsv2Config.DEFAULT_IP_BASIC_FAMILY_TYPE, List.of(new Fsv2IpComponent(false,
                IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {10, 13, 0, 0}, 16)),
                new Fsv2IpComponent(false, NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17)))))),
            RouteAttributes.of(new TrafficRateBytes(0, 0f)));
    }

    /**
     * A family-less IPv4 route numbered i, for volume tests: destination 172.16.0.0/12 + i as /32, rate 0.
     *
     * @param index the number, below 2^20
     * @return the route
     */
    static FlowspecRoute bulk(final int index) {
        return new FlowspecRoute(new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {(byte) 172, (byte) (16 | index >> 16 & 0x0f), (byte) (index >> 8), (byte) index}, 32)),
            RouteAttributes.of(new TrafficRateBytes(0, 0f)));
    }

    private static Fsv1Nlri destination4(final int first, final int second) {
        return new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {(byte) first, (byte) second, 0, 0}, 16));
    }

    private static NumericComponent numeric(final ComponentType type, final NumericTerm... terms) {
        return new NumericComponent(type, List.of(terms));
    }

    static Inet4Address ipv4(final String address) {
        return (Inet4Address) parse(address);
    }

    static Inet6Address ipv6(final String address) {
        return (Inet6Address) parse(address);
    }

    private static InetAddress parse(final String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
