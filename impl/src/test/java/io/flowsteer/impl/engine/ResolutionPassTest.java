/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.AdjRibOutChange;
import io.flowsteer.api.spi.BgpPeerListener;
import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.order.RuleOrder;
import io.flowsteer.impl.resolve.ResolutionEvent;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.flowsteer.impl.testing.TestSecrets;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * One pass at a time, on the in-memory MD-SAL broker, with a speaker that only records what it is given.
 */
class ResolutionPassTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    /** The peer's whole Adj-RIB-Out after each hand-over, full or a change. */
    private final List<List<FlowspecRoute>> sent = new ArrayList<>();
    /** The hand-overs that were changes. */
    private final List<AdjRibOutChange> changes = new ArrayList<>();
    private final List<ResolutionEvent> events = new ArrayList<>();
    /** What the speaker answers when asked to send; complete unless a test holds the sending back. */
    private volatile CompletableFuture<Void> sending = CompletableFuture.completedFuture(null);
    private InMemoryMdsal mdsal;
    private StatusWriter writer;
    private RuleBook rules;
    private RouterBook routers;
    private ResolutionPass pass;

    @BeforeEach
    void start() {
        mdsal = new InMemoryMdsal();
        writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.fixed(NOW, ZoneOffset.UTC));
        writer.start();
        final BgpSouthbound bgp = new Recording();
        rules = new RuleBook();
        routers = new RouterBook(bgp, TestSecrets.opener(), writer, Clock.fixed(NOW, ZoneOffset.UTC));
        pass = new ResolutionPass(writer, new RuleResolver(), bgp, events::add, rules, routers,
            new ReceivedRouteSync(bgp, writer));
    }

    @AfterEach
    void stop() throws Exception {
        writer.close();
    }

    @Test
    void aPassWritesEachChangedLineAndGivesThePeerItsRoutes() throws Exception {
        routers.device("r1", router("r1", "192.0.2.1"));
        final CompiledRule rule = rule("block-dns", "198.51.100.0/24");
        // the order keeper writes the rule's entry before the engine hears of it
        writer.ruleRendered(rule.name(), rule.encoding(), 0);
        rules.order(List.of(rule), Set.of("block-dns"), Set.of());
        assertNull(pass.run(NOW), "no revert timer");

        assertEquals(1, sent.size());
        assertEquals(1, sent.get(0).size());
        final DeviceStatusLine line = pass.snapshot().lines().get("r1").get("block-dns");
        assertEquals(RuleState.Pending, line.state());
        assertTrue(line.reason().startsWith("BGP session to 192.0.2.1 is not started"), line.reason());
        final var written = await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL,
            StatusPaths.ruleDevicePath("block-dns", "r1")));
        assertEquals(RuleState.Pending, written.getState());
        assertEquals(line.reason(), written.getReason());
    }

    @Test
    void aRouterLineIsWrittenOnlyOnceTheSpeakerSentTheRoutes() throws Exception {
        routers.device("r1", router("r1", "192.0.2.1"));
        final CompiledRule rule = rule("block-dns", "198.51.100.0/24");
        writer.ruleRendered(rule.name(), rule.encoding(), 0);
        rules.order(List.of(rule), Set.of("block-dns"), Set.of());
        sending = new CompletableFuture<>();
        final Thread engine = new Thread(() -> pass.run(NOW), "engine");
        engine.start();

        Thread.sleep(300);
        assertTrue(engine.isAlive(), "the pass waits for the speaker");
        assertTrue(mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.ruleDevicePath("block-dns", "r1"))
            .isEmpty(), "no line before the routes were sent");
        sending.complete(null);
        engine.join(10_000);
        assertEquals(RuleState.Pending, await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL,
            StatusPaths.ruleDevicePath("block-dns", "r1"))).getState());
    }

    @Test
    void aPassAfterNoChangeResolvesNothingAndSendsNothing() {
        routers.device("r1", router("r1", "192.0.2.1"));
        rules.order(List.of(rule("block-dns", "198.51.100.0/24")), Set.of("block-dns"), Set.of());
        pass.run(NOW);
        final EngineSnapshot first = pass.snapshot();
        sent.clear();
        pass.run(NOW);
        assertEquals(List.of(), sent);
        assertEquals(first, pass.snapshot());
    }

    @Test
    void aDeletedRuleLeavesTheRouterAndItsPeer() {
        routers.device("r1", router("r1", "192.0.2.1"));
        rules.order(List.of(rule("a", "198.51.100.0/24"), rule("b", "203.0.113.0/24")), Set.of("a", "b"),
            Set.of());
        pass.run(NOW);
        sent.clear();
        rules.order(List.of(rule("a", "198.51.100.0/24")), Set.of(), Set.of("b"));
        pass.run(NOW);
        assertEquals(Set.of("a"), pass.snapshot().lines().get("r1").keySet());
        assertEquals(1, sent.size(), "the peer's routes changed once");
        assertEquals(1, sent.get(0).size());
    }

    @Test
    void aNewRuleAmongManyIsHandedToThePeerAloneAndAResyncHandsOverEveryRoute() {
        routers.device("r1", router("r1", "192.0.2.1"));
        final List<CompiledRule> many = numbered(50, "10.0.");
        rules.order(many, names(many), Set.of());
        pass.run(NOW);
        assertEquals(List.of(50), sent.stream().map(List::size).toList(), "the first hand-over is every route");
        assertEquals(List.of(), changes);

        final CompiledRule added = rule("new", "10.0.7.128/25");
        final List<CompiledRule> more = new ArrayList<>(many);
        more.add(added);
        rules.order(RuleOrder.of(more).rules(), Set.of("new"), Set.of());
        pass.run(NOW);
        assertEquals(List.of(new AdjRibOutChange(List.of(FlowspecRoutes.of(added)), List.of())), changes,
            "only the new rule's route");
        assertEquals(51, sent.get(sent.size() - 1).size());

        rules.order(many, Set.of(), Set.of("new"));
        pass.run(NOW);
        assertEquals(new AdjRibOutChange(List.of(), List.of(added.nlri())), changes.get(changes.size() - 1),
            "only the deleted rule's NLRI is withdrawn");

        assertTrue(routers.resync("r1"));
        changes.clear();
        pass.run(NOW);
        assertEquals(List.of(), changes, "after a resync the speaker is handed every route again");
        assertEquals(50, sent.get(sent.size() - 1).size());
    }

    @Test
    void aFewRulesAmongManyAreHandedOverInInstallationOrderAndOnlyToTheRoutersTheyTarget() {
        routers.device("r1", router("r1", "192.0.2.1"));
        routers.device("r2", router("r2", "192.0.2.2"));
        final List<CompiledRule> many = numbered(100, "10.1.");
        rules.order(many, names(many), Set.of());
        pass.run(NOW);
        changes.clear();

        // named against their installation order (a longer prefix goes first), one of them only for r2
        final CompiledRule wide = rule("a-wide", "10.2.0.0/16");
        final CompiledRule narrow = rule("b-narrow", "10.2.1.0/24");
        final CompiledRule narrowest = rule("c-narrowest", "10.2.1.0/28");
        final CompiledRule elsewhere = ((Compilation.Compiled) new RuleCompiler().compile(Rules.dns("d-r2-only",
            "10.2.1.0/26").setDevice(Set.of(new DeviceRef("r2"))).build())).rule();
        final List<CompiledRule> more = new ArrayList<>(many);
        more.addAll(List.of(wide, narrow, narrowest, elsewhere));
        rules.order(RuleOrder.of(more).rules(), Set.of(wide.name(), narrow.name(), narrowest.name(),
            elsewhere.name()), Set.of());
        pass.run(NOW);

        assertEquals(List.of(
            new AdjRibOutChange(List.of(FlowspecRoutes.of(narrowest), FlowspecRoutes.of(narrow),
                FlowspecRoutes.of(wide)), List.of()),
            new AdjRibOutChange(List.of(FlowspecRoutes.of(narrowest), FlowspecRoutes.of(elsewhere),
                FlowspecRoutes.of(narrow), FlowspecRoutes.of(wide)), List.of())), changes,
            "r1 and r2 in turn, each only the new rules that target it, in installation order");
        assertEquals(Set.of("c-narrowest", "b-narrow", "a-wide"), pass.snapshot().lines().get("r1").keySet().stream()
            .filter(rule -> !rule.startsWith("r")).collect(Collectors.toSet()));
    }

    private static Set<String> names(final List<CompiledRule> list) {
        final Set<String> out = new HashSet<>();
        list.forEach(rule -> out.add(rule.name()));
        return out;
    }

    @Test
    void aRouterWithoutBgpGetsNoRouteAndARuleNamingItSaysWhy() {
        routers.device("nc", new DeviceBuilder().setName(new DeviceRef("nc")).build());
        final CompiledRule named = ((Compilation.Compiled) new RuleCompiler().compile(Rules.dns("named",
            "198.51.100.0/24").setDevice(Set.of(new DeviceRef("nc"))).build())).rule();
        rules.order(List.of(named), Set.of("named"), Set.of());
        pass.run(NOW);
        assertEquals(List.of(), sent);
        final DeviceStatusLine line = pass.snapshot().lines().get("nc").get("named");
        assertEquals(RuleState.Pending, line.state());
        assertTrue(line.reason().contains("no BGP session configured"), line.reason());
        assertEquals(Map.of(), pass.snapshot().sessions());
    }

    private static CompiledRule rule(final String name, final String prefix) {
        return ((Compilation.Compiled) new RuleCompiler().compile(Rules.dns(name, prefix).build())).rule();
    }

    /**
     * Rules r0, r1, ... with the /24s of a /16, one each.
     *
     * @param count how many
     * @param network the /16's first two octets and a dot
     * @return the rules
     */
    private static List<CompiledRule> numbered(final int count, final String network) {
        final List<CompiledRule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(rule("r" + i, network + i + ".0/24"));
        }
        return rules;
    }

    private static Device router(final String name, final String address) {
        return new DeviceBuilder().setName(new DeviceRef(name))
            .setBgp(new BgpBuilder().setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone(address)))
                .setPeerAs(Uint32.valueOf(65010)).build())
            .build();
    }

    private static <T> T await(final Probe<Optional<T>> probe) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Optional<T> value = probe.get();
        while (value.isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "not written within 10 s");
            Thread.sleep(20);
            value = probe.get();
        }
        return value.orElseThrow();
    }

    @FunctionalInterface
    private interface Probe<T> {
        T get() throws Exception;
    }

    /**
     * Records the routes it is given; has no sessions.
     */
    private final class Recording implements BgpSouthbound {
        @Override
        public void configure(final SpeakerConfig config) {
            // nothing to configure
        }

        @Override
        public void putPeer(final PeerConfig config) {
            // no session is ever started
        }

        @Override
        public boolean removePeer(final InetAddress peer) {
            return true;
        }

        private final Map<FlowspecNlri, FlowspecRoute> ribOut = new LinkedHashMap<>();

        @Override
        public void setAdjRibOut(final InetAddress peer, final Collection<FlowspecRoute> routes) {
            ribOut.clear();
            routes.forEach(route -> ribOut.put(route.nlri(), route));
            sent.add(List.copyOf(ribOut.values()));
        }

        @Override
        public CompletionStage<Void> changeAdjRibOut(final InetAddress peer, final AdjRibOutChange change) {
            change.withdrawn().forEach(ribOut::remove);
            change.put().forEach(route -> ribOut.put(route.nlri(), route));
            sent.add(List.copyOf(ribOut.values()));
            changes.add(change);
            return sending;
        }

        @Override
        public CompletionStage<Void> sendAdjRibOut(final InetAddress peer, final Collection<FlowspecRoute> routes) {
            setAdjRibOut(peer, routes);
            return sending;
        }

        @Override
        public boolean requestRouteRefresh(final InetAddress peer, final BgpFamily family) {
            return false;
        }

        @Override
        public PeerStatus status(final InetAddress peer) {
            return null;
        }

        @Override
        public List<PeerStatus> statuses() {
            return List.of();
        }

        @Override
        public AutoCloseable registerListener(final BgpPeerListener listener) {
            return () -> { };
        }

        @Override
        public void close() {
            // nothing to close
        }
    }
}
