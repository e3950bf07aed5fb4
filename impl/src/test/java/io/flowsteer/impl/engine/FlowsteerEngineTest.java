/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.impl.cli.EngineViews;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.resolve.ResolutionEvent;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.testing.EngineHarness;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfileBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToIndirectionIdBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.indirection.id.IndirectionIdBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.IndirectionTables;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.EntryBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.NextHopsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NoBgpSession;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RouterRuleLimit;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SameMatch;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedIndirectionId;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.coded.reason.ReasonArgumentKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDevice;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * The engine on the in-memory MD-SAL broker with the real Netty speaker, whose peers here never answer: what the
 * operational datastore says per router, and how configuration changes move it.
 */
class FlowsteerEngineTest {
    private InMemoryMdsal mdsal;
    private EngineHarness harness;
    private BgpSouthbound bgp;
    private FlowsteerEngine engine;
    private int deadPort;
    private final ConcurrentLinkedQueue<ResolutionEvent> events = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            // Nothing listens here once the socket is closed: every connection attempt is refused.
            deadPort = socket.getLocalPort();
        }
        harness = new EngineHarness(new ReconnectPolicy(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2)),
            events::add);
        mdsal = harness.mdsal();
        bgp = harness.bgp();
        engine = harness.engine();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aRuleForARouterWhoseSessionIsDownIsPendingAndSaysWhy() throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        putRule(Rules.dns("block-dns", "192.0.2.0/24").build());
        final var line = await(() -> deviceLine("block-dns", "r1"), Optional::isPresent).orElseThrow();
        assertEquals(RuleState.Pending, line.getState());
        assertEquals(SessionDown.VALUE, line.getReasonCode(), line.getReason());
        assertEquals("127.0.0.1", line.nonnullReasonArgument().get(new ReasonArgumentKey("peer")).getValue());
        // the sentence tells the operator the rule goes out by itself once the session is up
        assertTrue(line.getReason().endsWith("; the rule is sent when it is established"), line.getReason());
        assertEquals(RuleState.Pending, await(() -> summary("block-dns"), state -> state != null));
    }

    @Test
    void theRouterStatusShowsItsBgpSessionState() throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        final var bgpStatus = await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL,
            StatusPaths.devicePath("r1")).map(device -> device.getBgp()), Optional::isPresent).orElseThrow();
        assertNotNull(bgpStatus.getSessionState());
        assertNotNull(bgpStatus.getLastChange());
    }

    @Test
    void aRuleNamingOneRouterHasNoVerdictOnTheOthers() throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        putDevice(router("r2", "127.0.0.2", Set.of("edge")));
        putRule(Rules.dns("edge-only", "192.0.2.0/24").setDeviceGroup(Set.of("edge")).build());
        await(() -> deviceLine("edge-only", "r2"), Optional::isPresent);
        assertFalse(deviceLine("edge-only", "r1").isPresent(), "r1 is not in group edge");
    }

    @Test
    void movingARouterOutOfTheRulesGroupRemovesItsVerdict() throws Exception {
        putDevice(router("r2", "127.0.0.2", Set.of("edge")));
        putRule(Rules.dns("edge-only", "192.0.2.0/24").setDeviceGroup(Set.of("edge")).build());
        await(() -> deviceLine("edge-only", "r2"), Optional::isPresent);
        putDevice(router("r2", "127.0.0.2", Set.of("core")));
        await(() -> deviceLine("edge-only", "r2"), Optional::isEmpty);
    }

    @Test
    void deletingARouterRemovesItsVerdictsAndItsStatus() throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        putRule(Rules.dns("block-dns", "192.0.2.0/24").build());
        await(() -> deviceLine("block-dns", "r1"), Optional::isPresent);
        mdsal.write(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION, devicePath("r1")));
        await(() -> deviceLine("block-dns", "r1"), Optional::isEmpty);
        await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.devicePath("r1")), Optional::isEmpty);
        assertTrue(bgp.statuses().isEmpty(), "the BGP peer is gone too");
    }

    @Test
    void aRouterWithoutBgpGetsNoRuleUnlessNamedAndThenSaysItCannot() throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, devicePath("nc-only"),
            new DeviceBuilder().setName(new DeviceRef("nc-only")).build()));
        putRule(Rules.dns("everyone", "192.0.2.0/24").build());
        putRule(Rules.dns("named", "198.51.100.0/24").setDevice(Set.of(new DeviceRef("nc-only"))).build());
        final var line = await(() -> deviceLine("named", "nc-only"), Optional::isPresent).orElseThrow();
        assertEquals(RuleState.Pending, line.getState());
        assertEquals(NoBgpSession.VALUE, line.getReasonCode(), line.getReason());
        assertFalse(deviceLine("everyone", "nc-only").isPresent());
    }

    @Test
    void changingARuleRewritesItsVerdictsAfterTheNewEncoding() throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        putRule(Rules.dns("block-dns", "192.0.2.0/24").build());
        await(() -> deviceLine("block-dns", "r1"), Optional::isPresent);
        putRule(Rules.dns("block-dns", "198.51.100.0/24").build());
        // The new encoding replaced the entry whole; the engine writes the router's verdict again.
        await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("block-dns"))
            .filter(rule -> rule.getNlri().getValue().contains("c63364"))
            .filter(rule -> rule.getOnDevice() != null && !rule.getOnDevice().isEmpty()), Optional::isPresent);
    }

    @Test
    void deletingARuleTakesItOffEveryRouterAndOutOfItsAdjRibOut() throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        putRule(Rules.dns("keep", "192.0.2.0/24").build());
        putRule(Rules.dns("drop-me", "198.51.100.0/24").build());
        await(() -> deviceLine("drop-me", "r1"), Optional::isPresent);
        await(() -> engine.afterPendingWork(state -> state.lines().get("r1")).get(10, TimeUnit.SECONDS),
            lines -> lines != null && lines.size() == 2);
        mdsal.write(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey("drop-me")).build()));
        final var lines = await(() -> engine.afterPendingWork(state -> state.lines().get("r1"))
            .get(10, TimeUnit.SECONDS), found -> !found.containsKey("drop-me"));
        assertEquals(Set.of("keep"), lines.keySet());
        await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("drop-me")),
            Optional::isEmpty);
    }

    @Test
    void ofTwoRulesWithTheSameMatchTheRouterGetsTheFirstAndTheOtherWhenTheFirstIsDeleted() throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        putRule(Rules.dns("alpha", "192.0.2.0/24").build());
        await(() -> deviceLine("alpha", "r1"), Optional::isPresent);
        putRule(Rules.dns("beta", "192.0.2.0/24").build());
        final var displaced = await(() -> deviceLine("beta", "r1"),
            line -> line.isPresent() && line.orElseThrow().getState() == RuleState.Rejected).orElseThrow();
        assertEquals(SameMatch.VALUE, displaced.getReasonCode(), displaced.getReason());
        assertEquals("alpha", displaced.nonnullReasonArgument().get(new ReasonArgumentKey("rule")).getValue());

        // only alpha changes, yet beta is resolved again: it now is the router's route for that match
        mdsal.write(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey("alpha")).build()));
        final var promoted = await(() -> deviceLine("beta", "r1"),
            line -> line.isPresent() && line.orElseThrow().getState() != RuleState.Rejected).orElseThrow();
        assertEquals(RuleState.Pending, promoted.getState(), promoted.getReason());
        final var lines = await(() -> engine.afterPendingWork(state -> state.lines().get("r1"))
            .get(10, TimeUnit.SECONDS), found -> !found.containsKey("alpha"));
        assertEquals(Set.of("beta"), lines.keySet());
    }

    @Test
    void whileARoutersLastNetconfPushFailsItsRedirectsToIndirectionIdsAreInvalidAndAGoodPushRestoresThem()
            throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(IndirectionTables.class).child(
                RouterTable.class, new RouterTableKey(new DeviceRef("r1"))).build(),
            new RouterTableBuilder().setName(new DeviceRef("r1")).setEntry(BindingMap.of(new EntryBuilder()
                    .setIdType(new IndirectionIdType(IndirectionIdType.Enumeration.LocalisedId))
                    .setId(Uint32.valueOf(100)).setTarget(new NextHopsBuilder().setNextHop(Set.of(
                        new IpAddressNoZone(new Ipv4AddressNoZone("10.0.0.9")))).build()).build())).build()));
        putRule(Rules.dns("to-scrubber", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setRedirectToIndirectionId(new RedirectToIndirectionIdBuilder().setIndirectionId(BindingMap.of(
                new IndirectionIdBuilder().setIdType(new IndirectionIdType(IndirectionIdType.Enumeration.LocalisedId))
                    .setId(Uint32.valueOf(100)).setSequenceId(Uint8.ZERO).build())).build()).build()).build());
        assertEquals(RuleState.Installed, await(() -> verdict("r1", "to-scrubber"),
            verdict -> verdict != null && verdict.state() == RuleState.Installed).state());

        final Instant at = Instant.parse("2026-11-26T04:00:00Z");
        engine.onNetconfStatus(new RouterStatus("r1", io.flowsteer.api.spi.netconf.NetconfSessionState.DOWN, at,
            Set.of(), new PushResult(PushResult.Outcome.UNREACHABLE, at, Duration.ZERO, 0, List.of(),
                "connection refused"), List.of(), 1));
        final var invalid = await(() -> verdict("r1", "to-scrubber"),
            verdict -> verdict.state() == RuleState.InvalidRedirect);
        assertEquals(UnresolvedIndirectionId.VALUE, invalid.reasons().leading().code(), invalid.reason());
        assertEquals("failed", invalid.reasons().leading().argument("netconf-push"));
        assertTrue(invalid.reason().endsWith("is not known to be on the router: the last NETCONF push to it failed"
            + " (unreachable: connection refused)"), invalid.reason());

        engine.onNetconfStatus(new RouterStatus("r1", io.flowsteer.api.spi.netconf.NetconfSessionState.CONNECTED, at,
            Set.of(), new PushResult(PushResult.Outcome.APPLIED, at, Duration.ZERO, 1, List.of(), null), List.of(),
            0));
        final var restored = await(() -> verdict("r1", "to-scrubber"),
            verdict -> verdict.state() == RuleState.Installed);
        assertTrue(restored.effectiveAction().contains("10.0.0.9"), restored.effectiveAction());
    }

    private io.flowsteer.impl.resolve.@Nullable RuleVerdict verdict(final String device, final String rule)
            throws Exception {
        final var resolution = engine.afterPendingWork(state -> state.resolutions().get(device))
            .get(10, TimeUnit.SECONDS);
        return resolution == null ? null : resolution.verdicts().get(rule);
    }

    @Test
    void theConsoleShowsTheRuleInHexWithEachRoutersVerdictTheOrderAndTheRouters() throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        putRule(Rules.dns("block-dns", "192.0.2.0/24").build());
        putRule(Rules.dns("block-more", "192.0.2.0/25").build());
        await(() -> deviceLine("block-more", "r1"), Optional::isPresent);
        final EngineSnapshot snapshot = engine.afterPendingWork(state -> state).get(10, TimeUnit.SECONDS);

        final String rule = EngineViews.rule(snapshot, "block-dns");
        assertTrue(rule.contains("order index   1"), rule);
        assertTrue(rule.contains("nlri hex      "), rule);
        assertTrue(rule.contains("router        r1: pending"), rule);
        assertTrue(rule.contains("reason: BGP session to 127.0.0.1 is"), rule);
        assertTrue(EngineViews.rule(snapshot, "nope").startsWith("rule nope is not configured"));

        final List<String> order = EngineViews.order(snapshot).lines().toList();
        assertEquals(3, order.size());
        assertTrue(order.get(1).contains("block-more"), "the /25 is more specific, so first: " + order);
        assertTrue(order.get(2).contains("block-dns"), order.toString());

        final String routers = EngineViews.routers(snapshot);
        assertTrue(routers.lines().anyMatch(line -> line.startsWith("r1 ") && line.contains("127.0.0.1 AS65010")
            && line.endsWith("2 pending")), routers);
    }

    @Test
    void rulesPastARoutersLimitAreRejectedInTheOrderTheyWereAcceptedAndADeletionPromotesTheNext() throws Exception {
        putLimitedRouter(2);
        final List<String> names = List.of("first", "second", "third");
        for (int i = 0; i < names.size(); i++) {
            final String name = names.get(i);
            putRule(Rules.dns(name, "192.0.2." + (i * 8) + "/29").build());
            await(() -> deviceLine(name, "r1"), Optional::isPresent);
        }
        // more specific, so earlier in installation order, but accepted last: it does not take a place
        putRule(Rules.dns("fourth", "192.0.2.1/32").build());
        final OnDevice fourth = await(() -> deviceLine("fourth", "r1"), Optional::isPresent).orElseThrow();
        assertEquals(RuleState.Rejected, fourth.getState());
        assertEquals(RouterRuleLimit.VALUE, fourth.getReasonCode(), fourth.getReason());
        assertEquals("2", fourth.nonnullReasonArgument().get(new ReasonArgumentKey("limit")).getValue());
        assertTrue(fourth.getReason().startsWith("the router holds at most 2 flowspec rules"
            + " (capability-profile/max-flowspec-rules)"), fourth.getReason());
        assertEquals(RouterRuleLimit.VALUE, deviceLine("third", "r1").orElseThrow().getReasonCode());
        assertEquals(SessionDown.VALUE, deviceLine("first", "r1").orElseThrow().getReasonCode());
        assertEquals(SessionDown.VALUE, deviceLine("second", "r1").orElseThrow().getReasonCode());
        assertEquals(List.of(2L, 2L, 2L), await(() -> ruleLimit("r1"), limit -> limit.get(2) == 2));

        mdsal.write(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey("second")).build()));
        await(() -> deviceLine("third", "r1").map(OnDevice::getReasonCode), code -> code.equals(
            Optional.of(SessionDown.VALUE)));
        assertEquals(RuleState.Pending, deviceLine("third", "r1").orElseThrow().getState());
        assertEquals(RuleState.Rejected, deviceLine("fourth", "r1").orElseThrow().getState());
        assertEquals(List.of(2L, 2L, 1L), await(() -> ruleLimit("r1"), limit -> limit.get(2) == 1));
    }

    @Test
    void aRouterWithoutALimitHasNoLimitStatus() throws Exception {
        putLimitedRouter(1);
        putRule(Rules.dns("first", "192.0.2.0/24").build());
        putRule(Rules.dns("second", "198.51.100.0/24").build());
        await(() -> deviceLine("second", "r1").map(OnDevice::getState), Optional.of(RuleState.Rejected)::equals);
        putDevice(router("r1", "127.0.0.1", Set.of()));
        await(() -> deviceLine("second", "r1").map(OnDevice::getState), Optional.of(RuleState.Pending)::equals);
        await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.devicePath("r1"))
            .map(device -> device.getRuleLimit()), Optional::isEmpty);
    }

    @Test
    void aDryRunOfABulkChangeSaysWhatEachRouterWouldInstallRejectAndWithdraw() throws Exception {
        putLimitedRouter(2);
        putRule(Rules.dns("first", "192.0.2.0/29").build());
        putRule(Rules.dns("second", "192.0.2.8/29").build());
        await(() -> deviceLine("second", "r1"), Optional::isPresent);
        final CompiledRule third = compiled(Rules.dns("third", "192.0.2.16/29").build());

        final RouterDryRun full = engine.dryRun(List.of(third)).get(10, TimeUnit.SECONDS).get("r1");
        assertEquals(RuleState.Rejected, full.verdicts().get("third").state());
        assertEquals(RouterRuleLimit.VALUE, full.verdicts().get("third").reasons().leading().code());
        assertEquals(List.of(), full.withdrawn());

        final CompiledRule moved = compiled(Rules.dns("first", "192.0.2.0/29").setDeviceGroup(Set.of("elsewhere"))
            .build());
        final RouterDryRun freed = engine.dryRun(List.of(third, moved)).get(10, TimeUnit.SECONDS).get("r1");
        assertEquals(RuleState.Installed, freed.verdicts().get("third").state(), freed.toString());
        assertEquals(List.of("first"), freed.withdrawn());
        assertEquals(RuleState.Pending, deviceLine("first", "r1").orElseThrow().getState(), "nothing changed");
    }

    private void putLimitedRouter(final int limit) throws Exception {
        putDevice(new DeviceBuilder(router("r1", "127.0.0.1", Set.of())).setCapabilityProfile(
            new CapabilityProfileBuilder().setMaxFlowspecRules(Uint32.valueOf(limit)).build()).build());
    }

    private static CompiledRule compiled(final Rule rule) {
        return ((Compilation.Compiled) new RuleCompiler().compile(rule)).rule();
    }

    private List<Long> ruleLimit(final String device) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.devicePath(device))
            .map(status -> status.getRuleLimit())
            .map(limit -> List.of(limit.getLimit().toJava(), limit.getRulesWithinLimit().toJava(),
                limit.getRulesOverLimit().toJava()))
            .orElse(List.of(0L, 0L, 0L));
    }

    private Optional<OnDevice> deviceLine(final String rule, final String device) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.ruleDevicePath(rule, device));
    }

    private RuleState summary(final String rule) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath(rule))
            .map(status -> status.getOnDevice() == null || status.getOnDevice().isEmpty() ? null : status.getState())
            .orElse(null);
    }

    private Device router(final String name, final String address, final Set<String> groups) {
        return new DeviceBuilder().setName(new DeviceRef(name)).setGroup(groups.isEmpty() ? null : groups)
            .setBgp(new BgpBuilder().setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone(address)))
                .setPeerPort(new PortNumber(Uint16.valueOf(deadPort))).setPeerAs(Uint32.valueOf(65010)).build())
            .build();
    }

    private void putDevice(final Device device) throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            devicePath(device.getName().getValue()), device));
    }

    private void putRule(final Rule rule) throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(rule.getName())).build(), rule));
    }

    private static InstanceIdentifier<Device> devicePath(final String name) {
        return InstanceIdentifier.builder(Devices.class).child(Device.class, new DeviceKey(new DeviceRef(name)))
            .build();
    }

    @FunctionalInterface
    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T await(final Probe<T> probe, final java.util.function.Predicate<T> done) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s, last value " + value);
            }
            Thread.sleep(20);
            value = probe.get();
        }
        return value;
    }
}
