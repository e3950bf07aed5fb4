/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.AddressFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowLabel;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.LogicalOperation;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.NumericComparison;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.RouteDistinguisher;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.ActionChainOrderingBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectLoadBalancingGroupBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToIndirectionIdBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToIpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToSrPolicySegmentListBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.load.balancing.group.PathBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.indirection.id.IndirectionId;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.indirection.id.IndirectionIdBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.ip.TargetBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.sr.policy.segment.list.OriginatorBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flow.label.terms.TermBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPrefixBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.FlowLabelBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6AddressNoZone;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Decimal64;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

class RuleCompilerTest {
    private final RuleCompiler compiler = new RuleCompiler();

    @Test
    void aDnsRuleCompilesToTheRfc8955Encoding() {
        final CompiledRule rule = compiled(Rules.dns("block-dns", "192.0.2.0/24").build());
        assertInstanceOf(Fsv1Nlri.class, rule.nlri());
        assertEquals("0b0118c00002038111058135", rule.encoding().nlri().hex());
        assertEquals(List.of(), hexes(rule.encoding().communities()));
    }

    @Test
    void aRouteDistinguisherMakesAVpnNlriWithTheRdFirst() {
        final CompiledRule rule = compiled(Rules.dns("vpn-dns", "192.0.2.0/24")
            .setRouteDistinguisher(new RouteDistinguisher("65000:100")).build());
        assertEquals("130000fde8000000640118c00002038111058135", rule.encoding().nlri().hex());
    }

    @Test
    void dropAndRedirectCopyBecomeRfc8955AndRedirectIpCommunities() {
        final CompiledRule rule = compiled(Rules.dns("copy-dns", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setTrafficRateBytes(new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("0.000")).build())
            .setRedirectToIp(new RedirectToIpBuilder().setTarget(BindingMap.of(new TargetBuilder()
                .setAddress(ipv4("198.51.100.7")).setCopy(true).build())).build())
            .build()).build());
        assertEquals(List.of("8006000000000000", "010cc633640700" + "01"), hexes(rule.encoding().communities()));
    }

    @Test
    void anFsv2RuleCarriesItsUserOrderAndOptionalFlags() {
        final CompiledRule rule = compiled(Rules.dns("v2-dns", "192.0.2.0/24").setVersion(FlowspecVersion.Fsv2)
            .setUserOrder(Uint32.valueOf(7)).build());
        final Fsv2Nlri nlri = assertInstanceOf(Fsv2Nlri.class, rule.nlri());
        assertEquals(7, nlri.userOrder());
        assertEquals("00000007", rule.encoding().nlri().hex().substring(12, 20), "user order follows length and DFC");
    }

    @Test
    void anIpv6OffsetNotBelowTheLengthNamesTheRuleAndTheField() {
        final Rule rule = Rules.dns("block-dns", "2001:db8::/48").setMatch(Rules.dnsMatch("2001:db8::/48")
            .setDestinationPrefix(new DestinationPrefixBuilder().setPrefix(new IpPrefix("2001:db8::/48"))
                .setOffset(Uint8.valueOf(64)).build()).build()).build();
        assertEquals(List.of("rule block-dns: match/destination-prefix/offset 64 is not below the prefix length 48"),
            errors(rule));
    }

    @Test
    void aFlowLabelOnAnIpv4RuleIsRefused() {
        final Rule rule = Rules.dns("label-v4", "192.0.2.0/24").setMatch(Rules.dnsMatch("192.0.2.0/24")
            .setFlowLabel(new FlowLabelBuilder().setTerm(BindingMap.of(
                new TermBuilder().setId(Uint8.ONE).setValue(new FlowLabel(Uint32.valueOf(5))).build())).build())
            .build()).build();
        assertEquals(List.of("rule label-v4: match/flow-label is only defined for IPv6 rules (RFC 8956 section 3.7)"),
            errors(rule));
    }

    @Test
    void anIpv6PrefixOnAnIpv4RuleIsRefused() {
        final Rule rule = Rules.dns("mixed", "2001:db8::/32").setAddressFamily(AddressFamily.Ipv4).build();
        assertEquals(List.of("rule mixed: match/destination-prefix/prefix 2001:db8::/32 is an ipv6 prefix but the"
            + " rule's address-family is ipv4"), errors(rule));
    }

    @Test
    void aFirstTermWithAndIsRefused() {
        final Rule rule = Rules.dns("and-first", "192.0.2.0/24").setMatch(Rules.dnsMatch("192.0.2.0/24")
            .setDestinationPort(Rules.port(LogicalOperation.And, NumericComparison.Eq, 53)).build()).build();
        final List<String> errors = errors(rule);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("rule and-first: match/destination-port/term[id=1]/logical-operation"),
            errors.get(0));
    }

    @Test
    void twoIndirectionIdsWithTheSameSequenceIdAreRefused() {
        final Rule rule = Rules.dns("sid-clash", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setRedirectToIndirectionId(new RedirectToIndirectionIdBuilder().setIndirectionId(BindingMap.of(
                indirection(100, 1), indirection(200, 1))).build()).build()).build();
        final List<String> errors = errors(rule);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("/sequence-id 1 is already used by"), errors.get(0));
    }

    @Test
    void sequencedIndirectionIdsAreEncodedLowestSequenceFirst() {
        final CompiledRule rule = compiled(Rules.dns("sids", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setRedirectToIndirectionId(new RedirectToIndirectionIdBuilder().setIndirectionId(BindingMap.of(
                indirection(200, 2), indirection(100, 1))).build()).build()).build());
        assertEquals(List.of("0900020000000064", "0900040000000" + "0c8"), hexes(rule.encoding().communities()));
    }

    @Test
    void fsv2OnlyActionsOnAnFsv1RuleAreRefused() {
        final Rule rule = Rules.dns("v1-with-v2-actions", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setActionChainOrdering(new ActionChainOrderingBuilder().build())
            .setRedirectToSrPolicySegmentList(new RedirectToSrPolicySegmentListBuilder().setColor(Uint32.ONE)
                .setEndpoint(ipv4("192.0.2.9")).setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration
                    .Configuration)).setDiscriminator(Uint32.ONE).setSegmentListId(Uint32.ONE).build())
            .build()).build();
        final List<String> errors = errors(rule);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("rule v1-with-v2-actions: actions/action-chain-ordering is an FSv2"));
        assertTrue(errors.get(1).startsWith(
            "rule v1-with-v2-actions: actions/redirect-to-sr-policy-segment-list is an FSv2 action"));
    }

    @Test
    void anSrSegmentListOnAnFsv2RuleIsKeptAsAnAction() {
        final CompiledRule rule = compiled(Rules.dns("pin", "192.0.2.0/24").setVersion(FlowspecVersion.Fsv2)
            .setActions(new ActionsBuilder().setRedirectToSrPolicySegmentList(
                new RedirectToSrPolicySegmentListBuilder().setColor(Uint32.valueOf(10)).setEndpoint(ipv4("192.0.2.9"))
                    .setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration.Configuration))
                    .setDiscriminator(Uint32.ONE).setSegmentListId(Uint32.valueOf(3)).setFallback(true).build())
                .build()).build());
        assertNotNull(rule.srSegmentList());
        assertEquals(10, rule.srSegmentList().color());
        assertTrue(rule.srSegmentList().fallback());
        assertNotNull(rule.encoding().srSegmentList());
    }

    /**
     * The SR action's FSv2 Action container, hand-written from draft-liu-idr-flowspec-redirect-sr-segment-list
     * section 3.1 (sub-TLV) inside a wide community (container type 1, value 0x80000002, source and context AS 0,
     * Parameter(s) TLV type 3).
     */
    static final String SR_CONTAINER = "0001" + "00" + "00" + "003f" + "80000002" + "00000000" + "00000000"
        + "03" + "0030"
        + "fff0" + "002c" + "80" + "0001" + "00" + "0000000a" + "c0000209" + "0000001e"
        + "0000fde8" + "000000000000000000000000c0000202" + "00000001" + "00000003";
    /** A redirect group of one type-1 path-tlv to 10.0.0.1 (draft-wu-idr-flowspec-redirect-group-01 section 2). */
    static final String GROUP_CONTAINER = "0001" + "00" + "00" + "0018" + "80000001" + "00000000" + "00000000"
        + "03" + "0009" + "01" + "0006" + "0000" + "0a000001";

    /**
     * An FSv2 rule pinned to segment list 3 of color 10 / 192.0.2.9, origin 30, originator 65000/192.0.2.2,
     * with fallback.
     */
    static Rule pinned(final boolean withGroup) {
        final ActionsBuilder actions = new ActionsBuilder().setRedirectToSrPolicySegmentList(
            new RedirectToSrPolicySegmentListBuilder().setColor(Uint32.valueOf(10)).setEndpoint(ipv4("192.0.2.9"))
                .setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration.Configuration))
                .setOriginator(new OriginatorBuilder().setAsn(Uint32.valueOf(65000)).setAddress(ipv4("192.0.2.2"))
                    .build())
                .setDiscriminator(Uint32.ONE).setSegmentListId(Uint32.valueOf(3)).setFallback(true).build());
        if (withGroup) {
            actions.setRedirectLoadBalancingGroup(new RedirectLoadBalancingGroupBuilder().setPath(BindingMap.of(
                new PathBuilder().setId(Uint8.ONE).setEndpoint(ipv4("10.0.0.1")).build())).build());
        }
        return Rules.dns("pin", "192.0.2.0/24").setVersion(FlowspecVersion.Fsv2).setActions(actions.build()).build();
    }

    @Test
    void anSrSegmentListTravelsInAnFsv2ActionWideCommunity() {
        final CompiledRule rule = compiled(pinned(false));
        assertEquals(SR_CONTAINER, hex(rule.encoding().fsv2ActionContainer()));
        assertNull(hex(rule.encoding().redirectGroupContainer()), "no group");
        assertEquals(SR_CONTAINER, hex(rule.encoding().communityContainerAttribute(true)));
        assertEquals(SR_CONTAINER, hex(rule.encoding().communityContainerAttribute(false)));
    }

    @Test
    void aGroupAndAnSrSegmentListShareOneCommunityContainerAttribute() {
        final CompiledRule rule = compiled(pinned(true));
        assertEquals(GROUP_CONTAINER, hex(rule.encoding().redirectGroupContainer()));
        assertEquals(SR_CONTAINER, hex(rule.encoding().fsv2ActionContainer()));
        assertEquals(GROUP_CONTAINER + SR_CONTAINER, hex(rule.encoding().communityContainerAttribute(true)));
        assertEquals(SR_CONTAINER, hex(rule.encoding().communityContainerAttribute(false)),
            "dropping the group keeps the action");
    }

    @Test
    void aRuleWithoutGroupOrSrActionHasNoCommunityContainer() {
        final CompiledRule rule = compiled(Rules.dns("plain", "192.0.2.0/24").setVersion(FlowspecVersion.Fsv2)
            .build());
        assertNull(hex(rule.encoding().fsv2ActionContainer()));
        assertNull(hex(rule.encoding().communityContainerAttribute(true)));
    }

    @Test
    void aMulticastRedirectTargetIsRefused() {
        final Rule rule = Rules.dns("to-multicast", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setRedirectToIp(new RedirectToIpBuilder().setTarget(BindingMap.of(new TargetBuilder()
                .setAddress(ipv4("224.0.0.5")).build())).build()).build()).build();
        assertEquals(List.of("rule to-multicast: actions/redirect-to-ip/target[address=224.0.0.5]/address 224.0.0.5"
            + " is a multicast address, not a unicast address"), errors(rule));
    }

    @Test
    void aRedirectGroupWithWeightsOnSomePathsOnlyIsRefused() {
        final Rule rule = Rules.dns("half-weighted", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setRedirectLoadBalancingGroup(new RedirectLoadBalancingGroupBuilder().setPath(BindingMap.of(
                new PathBuilder().setId(Uint8.ONE).setEndpoint(ipv4("10.0.0.1")).setWeight(Uint8.valueOf(3)).build(),
                new PathBuilder().setId(Uint8.TWO).setEndpoint(ipv4("10.0.0.2")).build())).build()).build()).build();
        final List<String> errors = errors(rule);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith(
            "rule half-weighted: actions/redirect-load-balancing-group/path has a weight on 1 of 2 paths"));
    }

    @Test
    void aWeightedRedirectGroupBecomesACommunityContainer() {
        final CompiledRule rule = compiled(Rules.dns("ucmp", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setRedirectLoadBalancingGroup(new RedirectLoadBalancingGroupBuilder().setPath(BindingMap.of(
                new PathBuilder().setId(Uint8.ONE).setEndpoint(ipv4("10.0.0.1")).setWeight(Uint8.valueOf(3)).build(),
                new PathBuilder().setId(Uint8.TWO).setEndpoint(new IpAddressNoZone(
                    new Ipv6AddressNoZone("2001:db8::1"))).setWeight(Uint8.ONE).build())).build()).build())
            .build());
        assertNotNull(rule.redirectGroup());
        assertTrue(rule.redirectGroup().unequalCost());
        assertEquals(List.of(2, 6), rule.redirectGroup().paths().stream().map(path -> path.tlvType()).toList());
        assertNotNull(hex(rule.encoding().redirectGroupContainer()));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        final Rule rule = Rules.dns("many", "192.0.2.0/24").setMatch(Rules.dnsMatch("192.0.2.0/24")
            .setDestinationPort(Rules.port(LogicalOperation.And, NumericComparison.Eq, 53)).build())
            .setActions(new ActionsBuilder().setActionChainOrdering(new ActionChainOrderingBuilder().build()).build())
            .build();
        assertEquals(2, errors(rule).size());
    }

    private CompiledRule compiled(final Rule rule) {
        final Compilation compilation = compiler.compile(rule);
        if (compilation instanceof Compilation.Refused refused) {
            throw new AssertionError("refused: " + refused.describe());
        }
        return ((Compilation.Compiled) compilation).rule();
    }

    private List<String> errors(final Rule rule) {
        final Compilation.Refused refused = assertInstanceOf(Compilation.Refused.class, compiler.compile(rule));
        return refused.errors().stream().map(RuleError::describe).toList();
    }

    private static IpAddressNoZone ipv4(final String address) {
        return new IpAddressNoZone(new Ipv4AddressNoZone(address));
    }

    private static IndirectionId indirection(final long id, final int sequence) {
        return new IndirectionIdBuilder().setIdType(new IndirectionIdType(IndirectionIdType.Enumeration.LocalisedId))
            .setId(Uint32.valueOf(id)).setSequenceId(Uint8.valueOf(sequence)).build();
    }

    private static List<String> hexes(final List<Octets> octets) {
        return octets.stream().map(Octets::hex).toList();
    }

    private static String hex(final Octets octets) {
        return octets == null ? null : octets.hex();
    }
}
