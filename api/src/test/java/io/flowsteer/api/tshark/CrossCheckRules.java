/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.tshark;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.BitmaskComponent;
import io.flowsteer.api.wire.BitmaskTerm;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.NumericTerm;
import java.util.HexFormat;
import java.util.List;

/**
 * Rules exercising every FSv1 component type, IPv4 (types 1-12) and IPv6 (types 1-13), with every value length.
 */
final class CrossCheckRules {
    private CrossCheckRules() {
        // utility class
    }

    static List<Fsv1Nlri> ipv4() {
        return List.of(
            new Fsv1Nlri(Afi.IPV4,
                IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {(byte) 192, 0, 2, 0}, 24),
                IpPrefixComponent.ipv4(ComponentType.SOURCE_PREFIX, new byte[] {(byte) 203, 0, 113, (byte) 128}, 25),
                NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6, 17),
                new NumericComponent(ComponentType.PORT, List.of(
                    new NumericTerm(false, NumericTerm.GT | NumericTerm.EQ, 137),
                    new NumericTerm(true, NumericTerm.LT | NumericTerm.EQ, 139),
                    new NumericTerm(false, NumericTerm.EQ, 8080))),
                new NumericComponent(ComponentType.DESTINATION_PORT, List.of(
                    new NumericTerm(false, NumericTerm.LT | NumericTerm.GT, 53))),
                NumericComponent.anyOf(ComponentType.SOURCE_PORT, 179),
                NumericComponent.anyOf(ComponentType.ICMP_TYPE, 8),
                NumericComponent.anyOf(ComponentType.ICMP_CODE, 0),
                new BitmaskComponent(ComponentType.TCP_FLAGS, List.of(
                    new BitmaskTerm(false, false, true, 0x02),
                    new BitmaskTerm(true, true, false, 0x10),
                    new BitmaskTerm(false, false, false, 0x01))),
                new NumericComponent(ComponentType.PACKET_LENGTH, List.of(
                    new NumericTerm(false, NumericTerm.GT, 1000),
                    new NumericTerm(true, NumericTerm.LT, 9000))),
                NumericComponent.anyOf(ComponentType.DSCP, 46),
                new BitmaskComponent(ComponentType.FRAGMENT, List.of(new BitmaskTerm(false, false, false,
                    BitmaskComponent.FRAGMENT_DF | BitmaskComponent.FRAGMENT_FF)))),
            new Fsv1Nlri(Afi.IPV4,
                IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {10, 1, 2, 3}, 32),
                new BitmaskComponent(ComponentType.FRAGMENT, List.of(new BitmaskTerm(false, true, true,
                    BitmaskComponent.FRAGMENT_ISF | BitmaskComponent.FRAGMENT_LF)))));
    }

    static List<Fsv1Nlri> ipv6() {
        final HexFormat hex = HexFormat.of();
        return List.of(
            new Fsv1Nlri(Afi.IPV6,
                IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX,
                    hex.parseHex("20010db8000000000000000000000000"), 0, 32),
                IpPrefixComponent.ipv6(ComponentType.SOURCE_PREFIX,
                    hex.parseHex("20010db8000000010000000000000000"), 0, 64),
                NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 58),
                NumericComponent.anyOf(ComponentType.PORT, 443),
                NumericComponent.anyOf(ComponentType.DESTINATION_PORT, 8443),
                NumericComponent.anyOf(ComponentType.SOURCE_PORT, 1, 65535),
                NumericComponent.anyOf(ComponentType.ICMP_TYPE, 128),
                NumericComponent.anyOf(ComponentType.ICMP_CODE, 1),
                new BitmaskComponent(ComponentType.TCP_FLAGS, List.of(new BitmaskTerm(false, false, true, 0x12))),
                NumericComponent.anyOf(ComponentType.PACKET_LENGTH, 1280),
                NumericComponent.anyOf(ComponentType.DSCP, 10),
                new BitmaskComponent(ComponentType.FRAGMENT, List.of(new BitmaskTerm(false, false, true,
                    BitmaskComponent.FRAGMENT_FF)))),
            new Fsv1Nlri(Afi.IPV6,
                IpPrefixComponent.ipv6(ComponentType.SOURCE_PREFIX,
                    hex.parseHex("0000000000000000123456789a000000"), 64, 104)),
            new Fsv1Nlri(Afi.IPV6,
                new NumericComponent(ComponentType.FLOW_LABEL, List.of(
                    new NumericTerm(false, NumericTerm.GT | NumericTerm.EQ, 0x10000),
                    new NumericTerm(true, NumericTerm.LT | NumericTerm.EQ, 0xfffff)))));
    }
}
