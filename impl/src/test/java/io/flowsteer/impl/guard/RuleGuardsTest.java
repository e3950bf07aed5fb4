/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.compile.RuleError;
import io.flowsteer.impl.compile.Rules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToVrfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficMarkingBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRatePacketsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPrefixBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.route.target.route.target.As2Builder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.Actions;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.MatchBuilder;
import org.opendaylight.yangtools.yang.common.Decimal64;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * Issue 15 items 5 and 6: protected prefixes and blast radius, on rules as an operator writes them.
 */
class RuleGuardsTest {
    private static final ProtectedPrefix PEER = ProtectedPrefix.host("192.0.2.1", "the BGP peer address of router pe1");
    private static final ProtectedPrefix DNS = ProtectedPrefix.of("198.51.100.0/28", "DNS resolvers");
    private static final ProtectedPrefix MGMT_V6 = ProtectedPrefix.of("2001:db8:ff::/48", "management");
    private static final RuleGuards GUARDS = new RuleGuards(List.of(PEER, DNS, MGMT_V6), 8, 32);

    @Test
    void aDiscardOfAPrefixHoldingARouterAddressNamesTheRulePrefixAndForce() {
        final List<RuleError> findings = GUARDS.check("drop-lab", rule("192.0.2.0/24", discard()));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("rule drop-lab: match/destination-prefix 192.0.2.0/24 covers protected prefix 192.0.2.1/32 (the"
            + " BGP peer address of router pe1), and the rule discards it (actions/traffic-rate-bytes rate 0); no"
            + " rule may discard, rate-limit to zero or redirect traffic to a protected prefix; set force to true on"
            + " the rule to accept it anyway", findings.get(0).describe());
    }

    @Test
    void aNarrowerPrefixInsideAProtectedOneIsCoveredToo() {
        final String text = GUARDS.check("r", rule("198.51.100.8/29", discard())).get(0).describe();
        assertTrue(text.contains("protected prefix 198.51.100.0/28 (DNS resolvers)"), text);
    }

    @Test
    void aRedirectIsRefusedAndAMarkingOrANonZeroRateIsNot() {
        final Actions redirect = new ActionsBuilder().setRedirectToVrf(new RedirectToVrfBuilder().setRouteTarget(
            new As2Builder().setAs2Administrator(Uint16.valueOf(65000)).setAs2AssignedNumber(Uint32.ONE).build())
            .build()).build();
        assertTrue(GUARDS.check("r", rule("192.0.2.0/24", redirect)).get(0).message()
            .contains("redirects it (actions/redirect-to-vrf)"));
        assertEquals(List.of(), GUARDS.check("r", rule("192.0.2.0/24", new ActionsBuilder().setTrafficMarking(
            new TrafficMarkingBuilder().setDscp(new org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec
                .rev261125.Dscp(Uint8.valueOf(10))).build()).build())));
        assertEquals(List.of(), GUARDS.check("r", rule("192.0.2.0/24", rate(1000))));
    }

    @Test
    void aRuleOfOtherTrafficPasses() {
        assertEquals(List.of(), GUARDS.check("r", rule("203.0.113.0/24", discard())));
        assertEquals(List.of(), GUARDS.check("r", rule("2001:db8:fe::/48", discard())));
    }

    @Test
    void withoutDestinationEveryProtectedPrefixOfTheFamilyIsCoveredAndTheBlastRadiusToo() {
        final Rule noDestination = Rules.dns("all-dns", "192.0.2.0/24")
            .setMatch(Rules.dnsMatch("192.0.2.0/24").setDestinationPrefix(null).build())
            .setActions(discard()).build();
        final List<RuleError> findings = GUARDS.check("all-dns", noDestination);
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().startsWith("is absent, so the rule matches traffic to every address,"
            + " protected prefixes 192.0.2.1/32 (the BGP peer address of router pe1) and 198.51.100.0/28 (DNS"
            + " resolvers) included"), findings.get(0).message());
        assertTrue(findings.get(1).message().contains("guards/blast-radius lets a rule that discards cover at most"
            + " an IPv4 /8"), findings.get(1).message());
    }

    @Test
    void aRateLimitWiderThanTheBlastRadiusNeedsForce() {
        final List<RuleError> findings = GUARDS.check("wide", rule("10.0.0.0/7", rate(1000)));
        assertEquals(List.of("rule wide: match/destination-prefix 10.0.0.0/7 covers 2^25 addresses;"
            + " guards/blast-radius lets a rule that rate-limits cover at most an IPv4 /8; set force to true on the"
            + " rule to accept it anyway"), findings.stream().map(RuleError::describe).toList());
        assertEquals(List.of(), GUARDS.check("ok", rule("10.0.0.0/8", rate(1000))));
        assertEquals(List.of(), new RuleGuards(List.of(), 6, 32).check("ok", rule("10.0.0.0/7", rate(1000))));
    }

    @Test
    void anIpv6OffsetWidensThePrefix() {
        final Rule offset = Rules.dns("v6", "2001:db8::/40").setMatch(Rules.dnsMatch("2001:db8::/40")
            .setDestinationPrefix(new DestinationPrefixBuilder().setPrefix(new IpPrefix("2001:db8::/40"))
                .setOffset(Uint8.valueOf(16)).build()).build()).setActions(discard()).build();
        final List<RuleError> findings = GUARDS.check("v6", offset);
        assertEquals(2, findings.size(), findings.toString());
        // the offset skips the first 16 bits: bits 16-39 agree with the management prefix
        assertTrue(findings.get(0).message().startsWith("2001:db8::/40 offset 16 covers protected prefix"
            + " 2001:db8:ff::/48 (management)"), findings.get(0).message());
        assertTrue(findings.get(1).message().startsWith("2001:db8::/40 offset 16 covers 2^104 addresses"),
            findings.get(1).message());
    }

    @Test
    void theDefaultsAreSlash8AndSlash32() {
        assertEquals(List.of(), RuleGuards.DEFAULT.check("r", rule("10.0.0.0/8", discard())));
        assertEquals(1, RuleGuards.DEFAULT.check("r", rule("10.0.0.0/7", discard())).size());
        assertEquals(List.of(), RuleGuards.DEFAULT.check("r", rule("2001:db8::/32", discard())));
        assertEquals(1, RuleGuards.DEFAULT.check("r", rule("2001:db8::/31", discard())).size());
    }

    private static Rule rule(final String prefix, final Actions actions) {
        return Rules.dns("r", prefix).setMatch(new MatchBuilder().setDestinationPrefix(
            new DestinationPrefixBuilder().setPrefix(new IpPrefix(prefix)).build()).build()).setActions(actions)
            .build();
    }

    private static Actions discard() {
        return new ActionsBuilder().setTrafficRateBytes(new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("0"))
            .build()).build();
    }

    private static Actions rate(final int packets) {
        return new ActionsBuilder().setTrafficRatePackets(new TrafficRatePacketsBuilder()
            .setRate(Decimal64.valueOf(String.valueOf(packets))).build()).build();
    }
}
