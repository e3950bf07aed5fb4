/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static io.flowsteer.impl.resolve.Routers.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.ActionChainOrdering;
import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.InterfaceSet;
import io.flowsteer.api.community.RedirectToIndirectionId;
import io.flowsteer.api.community.RedirectToIpNextHop;
import io.flowsteer.api.community.RedirectToIpv4;
import io.flowsteer.api.community.RedirectToIpv6;
import io.flowsteer.api.community.RedirectToVrfAs2;
import io.flowsteer.api.community.RedirectToVrfAs4;
import io.flowsteer.api.community.RedirectToVrfIpv4;
import io.flowsteer.api.community.RedirectToVrfIpv6;
import io.flowsteer.api.community.SfcClassifier;
import io.flowsteer.api.community.SfcMplsMixedLabels;
import io.flowsteer.api.community.SfirPoolIdentifier;
import io.flowsteer.api.community.TrafficAction;
import io.flowsteer.api.community.TrafficMarking;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.community.TrafficRatePackets;
import io.flowsteer.api.community.UnknownExtendedCommunity;
import io.flowsteer.api.community.UnknownIpv6ExtendedCommunity;
import io.flowsteer.api.community.fsv2.Originator;
import io.flowsteer.api.community.fsv2.SrSegmentListAction;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.community.wide.RedirectPath;
import io.flowsteer.api.community.wide.WideCommunityTlv;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CommunityTextTest {
    private static final Inet4Address TARGET_V4 = (Inet4Address) address("198.51.100.10");
    private static final Inet6Address TARGET_V6 = (Inet6Address) address("2001:db8::10");

    /** One community of every kind, with the text the console prints for it. */
    private static final Map<ExtendedCommunity, String> EVERY_KIND = every();

    private static Map<ExtendedCommunity, String> every() {
        final Map<ExtendedCommunity, String> every = new LinkedHashMap<>();
        every.put(new TrafficRateBytes(0, 0), "traffic-rate 0 bytes/s (discard)");
        every.put(new TrafficRatePackets(0, 0.5f), "traffic-rate 0.5 packets/s");
        every.put(new TrafficAction(true, true), "traffic-action: sample and log, continue with later rules");
        every.put(new RedirectToVrfAs2(65000, 100), "redirect to VRF importing route target 65000:100");
        every.put(new RedirectToVrfIpv4((Inet4Address) address("192.0.2.1"), 5),
            "redirect to VRF importing route target 192.0.2.1:5");
        every.put(new RedirectToVrfAs4(4_200_000_001L, 7),
            "redirect to VRF importing route target 4200000001:7 (4-octet AS form)");
        every.put(new TrafficMarking(10), "traffic-marking DSCP 10");
        every.put(new RedirectToIpv4(TARGET_V4, false), "redirect to IP 198.51.100.10");
        every.put(new RedirectToIpNextHop(false), "redirect to the IP next hop of the route");
        every.put(new RedirectToIndirectionId(1, false, 0, 100),
            "redirect to indirection-id (localised-id, 100), sequence 1");
        every.put(new ActionChainOrdering(0, 0), "action chain ordering: one action per category, stop on failure");
        every.put(new InterfaceSet(65000, true, true, 12), "interface-set group 12 of AS 65000, inbound and outbound");
        every.put(new SfcClassifier(10, 255, 1),
            "SFC classifier: service path 10, service index 255, service function type 1");
        every.put(new SfirPoolIdentifier(5), "SFIR pool identifier 5");
        every.put(new SfcMplsMixedLabels(0x1234_5678L), "SFC MPLS mixed swapping/stacking labels 0x000012345678");
        every.put(new UnknownExtendedCommunity(Octets.fromHex("8042000000000000")),
            "unknown extended community type 0x80, sub-type 0x42");
        every.put(new RedirectToIpv6(TARGET_V6, true),
            "redirect a copy to IP 2001:db8::10 (original forwarded as usual)");
        every.put(new RedirectToVrfIpv6((Inet6Address) address("2001:db8::1"), 9),
            "redirect to VRF importing route target 2001:db8::1:9");
        every.put(new UnknownIpv6ExtendedCommunity(Octets.fromHex("000e" + "00".repeat(18))),
            "unknown IPv6 address specific extended community type 0x00, sub-type 0x0e");
        return every;
    }

    @Test
    void everyKindOfCommunityIsNamedInOperatorWords() {
        EVERY_KIND.forEach((community, text) -> assertEquals(text, CommunityText.community(community)));
    }

    @Test
    void theExamplesCoverEveryKindOfTheSealedHierarchy() {
        final Set<Class<?>> kinds = new HashSet<>();
        final Deque<Class<?>> open = new ArrayDeque<>(List.of(ExtendedCommunity.class));
        while (!open.isEmpty()) {
            final Class<?> type = open.pop();
            if (type.isSealed()) {
                open.addAll(List.of(type.getPermittedSubclasses()));
            } else {
                kinds.add(type);
            }
        }
        assertEquals(kinds.stream().map(Class::getSimpleName).collect(Collectors.toSet()),
            EVERY_KIND.keySet().stream().map(community -> community.getClass().getSimpleName())
                .collect(Collectors.toSet()));
    }

    @Test
    void noTextIsJavaRecordText() {
        EVERY_KIND.keySet().forEach(community -> {
            final String text = CommunityText.community(community);
            assertFalse(text.contains("[") || text.contains("=") || text.contains(community.getClass()
                .getSimpleName()), text);
        });
    }

    @Test
    void trafficRatesShowTheirIdAndAnUnlimitedRate() {
        assertEquals("traffic-rate 12500 bytes/s, id 65000",
            CommunityText.community(new TrafficRateBytes(65000, 12_500)));
        assertEquals("traffic-rate 0 packets/s (discard)", CommunityText.community(new TrafficRatePackets(0, 0)));
        assertEquals("traffic-rate 10000000000 bytes/s", CommunityText.community(new TrafficRateBytes(0, 1e10f)));
        assertEquals("traffic-rate unlimited packets/s",
            CommunityText.community(new TrafficRatePackets(0, Float.POSITIVE_INFINITY)));
    }

    @Test
    void trafficActionWithoutFlagsStopsAtTheRule() {
        assertEquals("traffic-action: no sampling, stop at this rule",
            CommunityText.community(new TrafficAction(false, false)));
        assertEquals("traffic-action: sample and log, stop at this rule",
            CommunityText.community(new TrafficAction(true, false)));
        assertEquals("traffic-action: no sampling, continue with later rules",
            CommunityText.community(new TrafficAction(false, true)));
    }

    @Test
    void redirectToVrfIpv6AtTheOldCodePointSaysSo() {
        assertEquals("redirect to VRF importing route target 2001:db8::1:9 (at the code point before RFC 8956,"
            + " type 0x80, sub-type 0x0b)", CommunityText.community(new RedirectToVrfIpv6(
                (Inet6Address) address("2001:db8::1"), 9, RedirectToVrfIpv6.CodePoint.DRAFT_0X800B)));
    }

    @Test
    void copyFlagsAreNamed() {
        assertEquals("redirect a copy to IP 198.51.100.10 (original forwarded as usual)",
            CommunityText.community(new RedirectToIpv4(TARGET_V4, true)));
        assertEquals("redirect to IP 2001:db8::10", CommunityText.community(new RedirectToIpv6(TARGET_V6, false)));
        assertEquals("redirect a copy to the IP next hop of the route (original forwarded as usual)",
            CommunityText.community(new RedirectToIpNextHop(true)));
        assertEquals("redirect a copy to indirection-id (tunnel-id, 7), not sequenced (original forwarded as usual)",
            CommunityText.community(new RedirectToIndirectionId(0, true, 5, 7)));
        assertEquals("redirect to indirection-id (id-type 200, 4294967295), sequence 15",
            CommunityText.community(new RedirectToIndirectionId(15, false, 200, 4_294_967_295L)));
    }

    @Test
    void actionChainOrderingValuesTheDraftDoesNotDefineAreShownAsNumbers() {
        assertEquals("action chain ordering: two actions per category if configured locally, continue on failure",
            CommunityText.community(new ActionChainOrdering(1, 1)));
        assertEquals("action chain ordering: AC-interaction 7 (not defined), AC-failure 9 (not defined)",
            CommunityText.community(new ActionChainOrdering(7, 9)));
    }

    @Test
    void interfaceSetNamesItsDirections() {
        assertEquals("interface-set group 3 of AS 4200000000, inbound",
            CommunityText.community(new InterfaceSet(4_200_000_000L, false, true, 3)));
        assertEquals("interface-set group 3 of AS 65000, outbound",
            CommunityText.community(new InterfaceSet(65000, true, false, 3)));
        assertEquals("interface-set group 0 of AS 65000, no direction set",
            CommunityText.community(new InterfaceSet(65000, false, false, 0)));
    }

    @Test
    void anEcmpGroupListsItsPathsInOrder() {
        assertEquals("redirect to load-balancing group ECMP: 198.51.100.5, 203.0.113.5 color 10",
            CommunityText.group(group(List.of(RedirectPath.of(address("198.51.100.5"), OptionalLong.empty(),
                OptionalInt.empty()), RedirectPath.of(address("203.0.113.5"), OptionalLong.of(10),
                    OptionalInt.empty())))));
    }

    @Test
    void aUcmpGroupShowsItsWeights() {
        assertEquals("redirect to load-balancing group UCMP: 198.51.100.5 weight 3, 2001:db8::5 color 20 weight 1",
            CommunityText.group(group(List.of(RedirectPath.of(address("198.51.100.5"), OptionalLong.empty(),
                OptionalInt.of(3)), RedirectPath.of(address("2001:db8::5"), OptionalLong.of(20), OptionalInt.of(1))))));
    }

    @Test
    void aGroupWithSomeWeightsIsEcmpAndSaysTheWeightsAreIgnored() {
        assertEquals("redirect to load-balancing group ECMP (weights ignored: not every path has one):"
            + " 198.51.100.5 weight 3, 203.0.113.5", CommunityText.group(group(List.of(
                RedirectPath.of(address("198.51.100.5"), OptionalLong.empty(), OptionalInt.of(3)),
                RedirectPath.of(address("203.0.113.5"), OptionalLong.empty(), OptionalInt.empty())))));
    }

    @Test
    void aGroupSaysWhatElseItCarriesAndWhenItHasNoPath() {
        assertEquals("redirect to load-balancing group ECMP: 198.51.100.5; 2 other wide community TLVs sent"
            + " unchanged", CommunityText.group(new RedirectGroupCommunity(false, false, 0, 0, List.of(
                RedirectPath.of(address("198.51.100.5"), OptionalLong.empty(), OptionalInt.empty())), List.of(
                    new WideCommunityTlv(WideCommunityTlv.TARGETS, Octets.fromHex("00")),
                    new WideCommunityTlv(WideCommunityTlv.EXCLUDE_TARGETS, Octets.fromHex("00"))))));
        assertEquals("redirect to load-balancing group without paths", CommunityText.group(group(List.of())));
    }

    @Test
    void aSegmentListWithBothFlagsFallsBackAndRePinsAfterTheRevertTimer() {
        assertEquals("redirect to SR Policy (color 10, endpoint 192.0.2.9) segment list 2 of candidate path"
            + " (origin 30, originator 65000/192.0.2.250, discriminator 7), falls back to the SR Policy if the list"
            + " fails, re-pins 30 s after it recovers", CommunityText.segmentList(segmentList(true, true), 30));
        assertEquals("redirect to SR Policy (color 10, endpoint 192.0.2.9) segment list 2 of candidate path"
            + " (origin 30, originator 65000/192.0.2.250, discriminator 7), no fallback if the list fails, re-pins"
            + " as soon as it recovers", CommunityText.segmentList(segmentList(false, true), 0));
    }

    @Test
    void aSegmentListWithoutRecoveryDoesNotRePin() {
        assertEquals("redirect to SR Policy (color 4294967295, endpoint 2001:db8::9) segment list 1 of candidate"
            + " path (origin 20, originator 65001/2001:db8::250, discriminator 0), no fallback if the list fails,"
            + " does not re-pin by itself when it recovers", CommunityText.segmentList(new SrSegmentListAction(false,
                false, 4_294_967_295L, address("2001:db8::9"), 20, new Originator(65001,
                    (Inet6Address) address("2001:db8::250")), 0, 1), 30));
    }

    private static RedirectGroupCommunity group(final List<RedirectPath> paths) {
        return new RedirectGroupCommunity(false, false, 0, 0, paths, List.of());
    }

    private static SrSegmentListAction segmentList(final boolean fallback, final boolean recovery) {
        return new SrSegmentListAction(fallback, recovery, 10, address("192.0.2.9"), 30,
            Originator.ofIpv4(65000, (Inet4Address) address("192.0.2.250")), 7, 2);
    }
}
