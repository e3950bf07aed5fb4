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

import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.impl.bgp.NettyBgpSouthbound;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.impl.cli.EngineViews;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.order.RuleOrderKeeper;
import io.flowsteer.impl.resolve.ResolutionEvent;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * The engine on the in-memory MD-SAL broker with the real Netty speaker, whose peers here never answer: what the
 * operational datastore says per router, and how configuration changes move it.
 */
class FlowsteerEngineTest {
    private InMemoryMdsal mdsal;
    private StatusWriter writer;
    private BgpSouthbound bgp;
    private FlowsteerEngine engine;
    private ConfigFeeds feeds;
    private RuleOrderKeeper keeper;
    private int deadPort;
    private final ConcurrentLinkedQueue<ResolutionEvent> events = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            // Nothing listens here once the socket is closed: every connection attempt is refused.
            deadPort = socket.getLocalPort();
        }
        mdsal = new InMemoryMdsal();
        writer = new StatusWriter(mdsal.dataBroker(), Clock.systemUTC());
        writer.start();
        bgp = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2)), BgpConfigs.UNCONFIGURED);
        engine = new FlowsteerEngine(writer, new RuleResolver(), bgp, events::add, Clock.systemUTC());
        feeds = new ConfigFeeds(mdsal.dataBroker(), engine);
        feeds.register();
        keeper = new RuleOrderKeeper(mdsal.dataBroker(), new RuleCompiler(), writer, engine);
        keeper.register();
    }

    @AfterEach
    void stop() throws Exception {
        keeper.close();
        feeds.close();
        engine.close();
        bgp.close();
        writer.close();
    }

    @Test
    void aRuleForARouterWhoseSessionIsDownIsPendingAndSaysWhy() throws Exception {
        putDevice(router("r1", "127.0.0.1", Set.of()));
        putRule(Rules.dns("block-dns", "192.0.2.0/24").build());
        final var line = await(() -> deviceLine("block-dns", "r1"), Optional::isPresent).orElseThrow();
        assertEquals(RuleState.Pending, line.getState());
        assertTrue(line.getReason().startsWith("BGP session to 127.0.0.1 is "), line.getReason());
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
        assertEquals("the router has no BGP session configured, so it cannot get the rule", line.getReason());
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
            .filter(rule -> rule.getDevice() != null && !rule.getDevice().isEmpty()), Optional::isPresent);
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

    private Optional<org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.Device>
            deviceLine(final String rule, final String device) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.ruleDevicePath(rule, device));
    }

    private RuleState summary(final String rule) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath(rule))
            .map(status -> status.getDevice() == null || status.getDevice().isEmpty() ? null : status.getState())
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
