/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Component;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.Fsv2OpaqueComponent;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.RandomRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FlowspecOrderTest {
    private static IpPrefixComponent dst(final int o1, final int o2, final int length) {
        return IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {(byte) o1, (byte) o2, 0, 0},
            length);
    }

    private static IpPrefixComponent src6(final String hex, final int offset, final int length) {
        return IpPrefixComponent.ipv6(ComponentType.SOURCE_PREFIX, HexFormat.of().parseHex(hex), offset, length);
    }

    private static Fsv1Nlri v4(final FlowComponent... components) {
        return new Fsv1Nlri(Afi.IPV4, components);
    }

    private static Fsv2Nlri fsv2(final long userOrder, final int familyType, final Fsv2Component... components) {
        return new Fsv2Nlri(Afi.IPV4, 0, userOrder, List.of(new Fsv2FilterFamily(familyType, List.of(components))));
    }

    private static void assertBefore(final FlowspecNlri first, final FlowspecNlri second) {
        assertTrue(FlowspecOrder.comparator().compare(first, second) < 0, first + " should precede " + second);
        assertTrue(FlowspecOrder.comparator().compare(second, first) > 0, first + " should precede " + second);
        assertEquals(List.of(first, second), FlowspecOrder.sort(List.of(second, first)));
    }

    @Test
    void moreSpecificPrefixComesFirst() {
        assertBefore(v4(dst(10, 1, 16)), v4(dst(10, 0, 8)));
    }

    @Test
    void lowerIpValueComesFirstWhenNeitherContainsTheOther() {
        assertBefore(v4(dst(9, 0, 8)), v4(dst(10, 0, 16)));
        assertBefore(v4(dst(10, 0, 16)), v4(dst(10, 1, 16)));
    }

    @Test
    void lowerComponentTypeComesFirst() {
        assertBefore(v4(dst(10, 0, 8)), v4(NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6)));
        assertBefore(v4(NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17)),
            v4(NumericComponent.anyOf(ComponentType.PORT, 1)));
    }

    @Test
    void ruleWithAnExtraComponentComesFirst() {
        assertBefore(v4(dst(10, 0, 8), NumericComponent.anyOf(ComponentType.PORT, 80)), v4(dst(10, 0, 8)));
    }

    @Test
    void lowerMemcmpValueComesFirst() {
        assertBefore(v4(NumericComponent.anyOf(ComponentType.PORT, 25)),
            v4(NumericComponent.anyOf(ComponentType.PORT, 80)));
        // 0x01 0x19 0x81 0x50 (25 or 80) versus 0x81 0x19 (25): first octets 0x01 < 0x81
        assertBefore(v4(NumericComponent.anyOf(ComponentType.PORT, 25, 80)),
            v4(NumericComponent.anyOf(ComponentType.PORT, 25)));
    }

    @Test
    void longerStringWithEqualCommonPrefixComesFirst() {
        final Fsv2Nlri longer = fsv2(0, 300, new Fsv2OpaqueComponent(false, 5, Octets.copyOf(new byte[] {1, 2, 3})));
        final Fsv2Nlri shorter = fsv2(0, 300, new Fsv2OpaqueComponent(false, 5, Octets.copyOf(new byte[] {1, 2})));
        assertBefore(longer, shorter);
    }

    @Test
    void lowerIpv6OffsetComesFirst() {
        final String addr = "20010db8000000000000000000000000";
        assertBefore(new Fsv1Nlri(Afi.IPV6, src6(addr, 0, 16)), new Fsv1Nlri(Afi.IPV6, src6(addr, 8, 64)));
        assertBefore(new Fsv1Nlri(Afi.IPV6, src6(addr, 8, 64)), new Fsv1Nlri(Afi.IPV6, src6(addr, 8, 32)));
    }

    @Test
    void fsv2ComesBeforeFsv1() {
        assertBefore(fsv2(0xffffffffL, 0xffff, new Fsv2OpaqueComponent(false, 1, Octets.copyOf(new byte[0]))),
            v4(dst(10, 0, 32)));
    }

    @Test
    void fsv2LowerUserOrderThenFamilyThenComponentTypeComesFirst() {
        final Fsv2IpComponent port = new Fsv2IpComponent(false, NumericComponent.anyOf(ComponentType.PORT, 1));
        final Fsv2IpComponent prefix = new Fsv2IpComponent(false, dst(10, 0, 8));
        final int ipBasic = Fsv2Config.DEFAULT_IP_BASIC_FAMILY_TYPE;
        assertBefore(fsv2(1, ipBasic, port), fsv2(2, ipBasic, prefix));
        assertBefore(fsv2(1, 100, new Fsv2OpaqueComponent(false, 9, Octets.copyOf(new byte[] {9}))),
            fsv2(1, ipBasic, prefix));
        assertBefore(fsv2(1, ipBasic, prefix), fsv2(1, ipBasic, port));
    }

    @Test
    void distinctRulesNeverCompareEqual() {
        final Fsv2Nlri optional = fsv2(0, 256, new Fsv2IpComponent(true, dst(10, 0, 8)));
        final Fsv2Nlri mandatory = fsv2(0, 256, new Fsv2IpComponent(false, dst(10, 0, 8)));
        assertNotEquals(0, FlowspecOrder.comparator().compare(optional, mandatory));
        assertNotEquals(0, FlowspecOrder.comparator().compare(v4(dst(10, 0, 8)),
            new Fsv1Nlri(Afi.IPV6, src6("20010db8000000000000000000000000", 0, 8))));
    }

    @Test
    void sortKeyOrderAgreesWithTheRfcAlgorithm() {
        final ReferenceFsv1Comparator reference = new ReferenceFsv1Comparator();
        for (long seed = 0; seed < 300; seed++) {
            final RandomRules rules = new RandomRules(seed);
            final Afi afi = seed % 2 == 0 ? Afi.IPV4 : Afi.IPV6;
            final Fsv1Nlri left = rules.fsv1(afi, false);
            final Fsv1Nlri right = seed % 3 == 0 ? new Fsv1Nlri(afi, null, mutateLast(left, rules, afi))
                : rules.fsv1(afi, false);
            assertEquals(Integer.signum(reference.compare(left, right)),
                Integer.signum(FlowspecOrder.comparator().compare(left, right)), left + " vs " + right);
        }
    }

    @Test
    void fsv2SortKeyOrderAgreesWithTheDraftAlgorithm() {
        final ReferenceFsv2Comparator reference = new ReferenceFsv2Comparator();
        int decided = 0;
        for (long seed = 0; seed < 600; seed++) {
            final RandomRules rules = new RandomRules(seed);
            final Afi afi = seed % 2 == 0 ? Afi.IPV4 : Afi.IPV6;
            final Fsv2Nlri left = rules.fsv2(afi);
            final Fsv2Nlri other = rules.fsv2(afi);
            // mostly the same user order, so that families, component types and values decide
            final Fsv2Nlri right = seed % 5 == 0 ? other
                : new Fsv2Nlri(afi, other.dependentFiltersChain(), left.userOrder(), other.families());
            final int expected = Integer.signum(reference.compare(left, right));
            if (expected != 0) {
                decided++;
                assertEquals(expected, Integer.signum(FlowspecOrder.comparator().compare(left, right)),
                    left + " vs " + right);
            }
        }
        assertTrue(decided > 500, "pairs decided by the ordering rules: " + decided);
    }

    private static List<FlowComponent> mutateLast(final Fsv1Nlri nlri, final RandomRules rules, final Afi afi) {
        final List<FlowComponent> components = new ArrayList<>(nlri.components());
        final FlowComponent last = components.remove(components.size() - 1);
        components.add(rules.component(last.type(), afi));
        return components;
    }

    @Test
    void orderIsIndependentOfArrivalOrder() {
        final RandomRules rules = new RandomRules(42);
        final List<FlowspecNlri> all = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            all.add(i % 3 == 0 ? rules.fsv2(Afi.IPV4) : rules.fsv1(i % 2 == 0 ? Afi.IPV4 : Afi.IPV6, i % 5 == 0));
        }
        final List<FlowspecNlri> sorted = FlowspecOrder.sort(all);
        final Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(all, random);
            assertEquals(sorted, FlowspecOrder.sort(all));
        }
        final List<FlowspecNlri> viaComparator = new ArrayList<>(all);
        viaComparator.sort(FlowspecOrder.comparator());
        assertEquals(sorted, viaComparator);
        assertTrue(sorted.get(0) instanceof Fsv2Nlri);
        assertTrue(sorted.get(sorted.size() - 1) instanceof Fsv1Nlri);
    }
}
