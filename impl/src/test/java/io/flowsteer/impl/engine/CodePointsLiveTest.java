/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.base.Throwables;
import com.google.common.collect.Lists;
import io.flowsteer.api.community.ExtendedCommunityCodePoints;
import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.CurrentCompiler;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.order.RuleOrderKeeper;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.flowsteer.impl.validate.CommitRefusal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeakerBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.bgp.speaker.CodePoints;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.bgp.speaker.CodePointsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.ActionChainOrderingBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectLoadBalancingGroupBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToSrPolicySegmentListBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.load.balancing.group.PathBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HexString;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Decimal64;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * {@code bgp-speaker/code-points} apply live to rule compilation: a change switches the compiler that the commit
 * cohort, the order keeper and preview share, every stored rule is compiled again, its status shows the new hex and
 * the engine is told it changed; code points that collide are refused at commit naming the leaf.
 */
class CodePointsLiveTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final InstanceIdentifier<FlowspecStatus> STATUS = InstanceIdentifier.create(FlowspecStatus.class);
    private static final InstanceIdentifier<BgpSpeaker> SPEAKER = InstanceIdentifier.create(BgpSpeaker.class);

    private final ConcurrentLinkedQueue<Set<String>> changedRules = new ConcurrentLinkedQueue<>();
    private InMemoryMdsal mdsal;
    private StatusWriter writer;
    private CurrentCompiler compiler;
    private RuleOrderKeeper keeper;
    private CodePointsFollower follower;
    private ConfigFeeds feeds;
    private CodePointsCommitCohort cohort;

    @BeforeEach
    void start() {
        mdsal = new InMemoryMdsal();
        writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.fixed(NOW, ZoneOffset.UTC));
        writer.start();
        compiler = new CurrentCompiler();
        keeper = new RuleOrderKeeper(mdsal.domDataBroker(), mdsal.serializer(), compiler, writer,
            (ordered, changed, removed) -> changedRules.add(Set.copyOf(Lists.transform(changed,
                CompiledRule::name))));
        keeper.register();
        follower = new CodePointsFollower(compiler, keeper);
        feeds = new ConfigFeeds(mdsal.dataBroker(), List.of(follower));
        feeds.register();
        cohort = new CodePointsCommitCohort(mdsal.domDataBroker(), mdsal.serializer());
        cohort.register();
    }

    @AfterEach
    void stop() throws Exception {
        cohort.close();
        feeds.close();
        keeper.close();
        writer.close();
    }

    @Test
    void changingTheRedirectGroupCommunityRerendersAStoredGroupRulesCommunityContainer() throws Exception {
        final Rule rule = groupRule();
        put(rule);
        final String before = expected(TbdCodePoints.DEFAULT, rule).encoding().communityContainerAttribute(true).hex();
        awaitStatus(rules -> rules.containsKey("group") && hex(rules.get("group").getCommunityContainer())
            .equals(before));
        assertTrue(before.contains("80000001"), before);

        changedRules.clear();
        putCodePoints(new CodePointsBuilder().setRedirectGroupCommunity(Uint32.valueOf(0x80000011L)).build());
        final TbdCodePoints configured = new TbdCodePoints(TbdCodePoints.DEFAULT.fsv2(),
            ExtendedCommunityCodePoints.DEFAULT, 0x80000011L, TbdCodePoints.DEFAULT.fsv2ActionCommunity(),
            TbdCodePoints.DEFAULT.srSegmentListActionSubType());
        final String after = expected(configured, rule).encoding().communityContainerAttribute(true).hex();
        assertTrue(after.contains("80000011") && !after.contains("80000001"), after);
        awaitStatus(rules -> hex(rules.get("group").getCommunityContainer()).equals(after));
        assertEquals(configured, compiler.codePoints());
        awaitChanged("group");
    }

    @Test
    void changingTheAcoSubTypeChangesTheAcoCommunityHex() throws Exception {
        final Rule rule = Rules.dns("ordered", "192.0.2.0/24").setVersion(FlowspecVersion.Fsv2)
            .setActions(new ActionsBuilder().setActionChainOrdering(new ActionChainOrderingBuilder().build()).build())
            .build();
        put(rule);
        awaitStatus(rules -> rules.containsKey("ordered")
            && hexes(rules.get("ordered").getExtendedCommunity()).equals(List.of("80f0000000000000")));

        putCodePoints(new CodePointsBuilder().setActionChainOrderingSubType(Uint8.valueOf(0x41)).build());
        awaitStatus(rules -> hexes(rules.get("ordered").getExtendedCommunity()).equals(List.of("8041000000000000")));
        awaitChanged("ordered");
    }

    @Test
    void changingTheSrSegmentListActionSubTypeChangesTheFsv2ActionContainer() throws Exception {
        final Rule rule = srRule();
        put(rule);
        final String before = expected(TbdCodePoints.DEFAULT, rule).encoding().communityContainerAttribute(true).hex();
        awaitStatus(rules -> rules.containsKey("sr") && hex(rules.get("sr").getCommunityContainer()).equals(before));

        putCodePoints(new CodePointsBuilder().setSrSegmentListActionSubType(Uint16.valueOf(0x1234))
            .setFsv2ActionCommunity(Uint32.valueOf(0x80000022L)).build());
        final TbdCodePoints configured = new TbdCodePoints(TbdCodePoints.DEFAULT.fsv2(),
            ExtendedCommunityCodePoints.DEFAULT, TbdCodePoints.DEFAULT.redirectGroupCommunity(), 0x80000022L, 0x1234);
        final String after = expected(configured, rule).encoding().communityContainerAttribute(true).hex();
        assertNotEquals(before, after);
        assertTrue(after.contains("80000022") && after.contains("1234"), after);
        awaitStatus(rules -> hex(rules.get("sr").getCommunityContainer()).equals(after));
        awaitChanged("sr");
    }

    @Test
    void changingTheIpBasicFamilyTypeChangesAnFsv2RulesNlriHex() throws Exception {
        final Rule rule = Rules.dns("v2", "192.0.2.0/24").setVersion(FlowspecVersion.Fsv2).build();
        put(rule);
        final String before = expected(TbdCodePoints.DEFAULT, rule).encoding().nlri().hex();
        awaitStatus(rules -> rules.containsKey("v2") && hex(rules.get("v2").getNlri()).equals(before));

        putCodePoints(new CodePointsBuilder().setFsv2IpBasicFamilyType(Uint16.valueOf(0x0123)).build());
        final String after = expected(TbdCodePoints.DEFAULT.withFsv2(new Fsv2Config(0x0123, Fsv2Config.DEFAULT_SAFI,
            Fsv2Config.DEFAULT_VPN_SAFI)), rule).encoding().nlri().hex();
        assertNotEquals(before, after);
        awaitStatus(rules -> hex(rules.get("v2").getNlri()).equals(after));
        awaitChanged("v2");
    }

    @Test
    void aRuleTheNewCodePointsDoNotChangeIsNotReportedAsChanged() throws Exception {
        put(Rules.dns("plain", "192.0.2.0/24").setActions(new ActionsBuilder().setTrafficRateBytes(
            new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("0.000")).build()).build()).build());
        put(groupRule());
        awaitStatus(rules -> rules.containsKey("plain") && rules.containsKey("group"));
        changedRules.clear();
        putCodePoints(new CodePointsBuilder().setRedirectGroupCommunity(Uint32.valueOf(0x80000011L)).build());
        awaitChanged("group");
        assertTrue(changedRules.stream().noneMatch(changed -> changed.contains("plain")), changedRules.toString());
    }

    @Test
    void anAcoSubTypeOfAFixedCommunityIsRefusedNamingTheLeaf() throws Exception {
        final DataValidationFailedException refusal = refused(new CodePointsBuilder()
            .setActionChainOrderingSubType(Uint8.valueOf(0x06)).build());
        assertEquals(CommitRefusal.MARKER + "bgp-speaker/code-points/action-chain-ordering-sub-type: 0x06 under"
            + " type 0x80 is traffic-rate-bytes (RFC 8955 section 7)", refusal.getMessage());
        assertEquals(Optional.empty(), mdsal.read(LogicalDatastoreType.CONFIGURATION, SPEAKER));
        assertEquals(TbdCodePoints.DEFAULT, compiler.codePoints());
    }

    @Test
    void anIndirectionIdTypeOfRedirectToIpIsRefusedNamingTheLeaf() throws Exception {
        final DataValidationFailedException refusal = refused(new CodePointsBuilder()
            .setIndirectionIdType(Uint8.valueOf(0x01)).setIndirectionIdSubType(Uint8.valueOf(0x0c)).build());
        assertEquals(CommitRefusal.MARKER + "bgp-speaker/code-points/indirection-id-type: type 0x01 with"
            + " indirection-id-sub-type 0x0c is redirect to IPv4 (draft-ietf-idr-flowspec-redirect-ip)",
            refusal.getMessage());
    }

    @Test
    void equalWideCommunityValuesAreRefusedNamingTheLeaf() throws Exception {
        final DataValidationFailedException refusal = refused(new CodePointsBuilder()
            .setFsv2ActionCommunity(Uint32.valueOf(0x80000001L)).build());
        assertTrue(refusal.getMessage().startsWith(CommitRefusal.MARKER
            + "bgp-speaker/code-points/fsv2-action-community: 0x80000001 is also the redirect-group-community"),
            refusal.getMessage());
    }

    @Test
    void refusedCodePointsThatReachTheDatastoreAnywayAreIgnoredAndThePreviousKept() throws Exception {
        cohort.close();
        putCodePoints(new CodePointsBuilder().setRedirectGroupCommunity(Uint32.valueOf(0x80000011L)).build());
        awaitCodePoints(codePoints -> codePoints.redirectGroupCommunity() == 0x80000011L);
        final TbdCodePoints kept = compiler.codePoints();
        follower.onSpeaker(new BgpSpeakerBuilder().setCodePoints(new CodePointsBuilder()
            .setActionChainOrderingSubType(Uint8.valueOf(0x06)).build()).build());
        assertEquals(kept, compiler.codePoints());
    }

    @Test
    void theDefaultsApplyWhenTheContainerIsAbsentOrItsLeavesAre() throws Exception {
        assertEquals(TbdCodePoints.DEFAULT, BgpConfigs.codePoints(null));
        assertEquals(TbdCodePoints.DEFAULT, BgpConfigs.codePoints(new CodePointsBuilder().build()));
        final TbdCodePoints one = BgpConfigs.codePoints(new CodePointsBuilder()
            .setIndirectionIdType(Uint8.valueOf(0x47)).build());
        assertEquals(new ExtendedCommunityCodePoints(0x47, 0, 0xf0), one.extendedCommunities());
        assertEquals(TbdCodePoints.DEFAULT.withFsv2(one.fsv2()).redirectGroupCommunity(),
            one.redirectGroupCommunity());

        putCodePoints(new CodePointsBuilder().setRedirectGroupCommunity(Uint32.valueOf(0x80000011L)).build());
        awaitCodePoints(codePoints -> codePoints.redirectGroupCommunity() == 0x80000011L);
        mdsal.write(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION, SPEAKER));
        awaitCodePoints(TbdCodePoints.DEFAULT::equals);
    }

    private static Rule groupRule() {
        return Rules.dns("group", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setRedirectLoadBalancingGroup(new RedirectLoadBalancingGroupBuilder().setPath(BindingMap.of(
                new PathBuilder().setId(Uint8.ONE).setEndpoint(ipv4("10.0.0.1")).build())).build()).build()).build();
    }

    private static Rule srRule() {
        return Rules.dns("sr", "192.0.2.0/24").setVersion(FlowspecVersion.Fsv2).setActions(new ActionsBuilder()
            .setRedirectToSrPolicySegmentList(new RedirectToSrPolicySegmentListBuilder().setColor(Uint32.valueOf(10))
                .setEndpoint(ipv4("192.0.2.9"))
                .setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration.Configuration))
                .setDiscriminator(Uint32.ONE).setSegmentListId(Uint32.valueOf(3)).build()).build()).build();
    }

    private static CompiledRule expected(final TbdCodePoints codePoints, final Rule rule) {
        return assertInstanceOf(Compilation.Compiled.class, new RuleCompiler(codePoints).compile(rule)).rule();
    }

    private static IpAddressNoZone ipv4(final String address) {
        return new IpAddressNoZone(new Ipv4AddressNoZone(address));
    }

    private static String hex(final HexString hex) {
        return hex == null ? "" : hex.getValue();
    }

    private static List<String> hexes(final List<HexString> hexes) {
        return hexes == null ? List.of() : hexes.stream().map(HexString::getValue).toList();
    }

    private DataValidationFailedException refused(final CodePoints codePoints) {
        final ExecutionException failure = assertThrows(ExecutionException.class, () -> putCodePoints(codePoints));
        return Throwables.getCausalChain(failure).stream()
            .filter(DataValidationFailedException.class::isInstance).map(DataValidationFailedException.class::cast)
            .findFirst().orElseThrow(() -> new AssertionError("no validation failure in " + failure));
    }

    private void put(final Rule rule) throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(rule.getName())).build(), rule));
    }

    private void putCodePoints(final CodePoints codePoints) throws Exception {
        mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, SPEAKER,
            new BgpSpeakerBuilder().setCodePoints(codePoints).build()));
    }

    private void awaitChanged(final String rule) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (changedRules.stream().noneMatch(changed -> changed.contains(rule))) {
            assertTrue(System.nanoTime() < deadline, "the engine was never told " + rule + " changed");
            Thread.sleep(20);
        }
    }

    private void awaitCodePoints(final Predicate<TbdCodePoints> condition) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.test(compiler.codePoints())) {
            assertTrue(System.nanoTime() < deadline, "code points never switched; in use " + compiler.codePoints());
            Thread.sleep(20);
        }
    }

    private Map<String, org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>
            awaitStatus(final Predicate<Map<String,
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>> condition)
            throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Map<String, org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule> byName =
            Map.of();
        while (System.nanoTime() < deadline) {
            final var current = new HashMap<String,
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule>();
            mdsal.read(LogicalDatastoreType.OPERATIONAL, STATUS).map(FlowspecStatus::nonnullRule).orElse(Map.of())
                .forEach((key, value) -> current.put(key.getName(), value));
            byName = current;
            if (condition.test(byName)) {
                return byName;
            }
            Thread.sleep(20);
        }
        fail("status never reached the expected state; last seen: " + byName);
        return byName;
    }
}
