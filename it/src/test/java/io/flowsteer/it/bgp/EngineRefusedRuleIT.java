/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonStreamParser;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.impl.bgp.NettyBgpSouthbound;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.engine.BgpConfigs;
import io.flowsteer.impl.engine.EngineThread;
import io.flowsteer.impl.engine.FlowsteerEngine;
import io.flowsteer.impl.order.RuleOrderKeeper;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.TestSecrets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.binding.dom.adapter.test.ConcurrentDataBrokerTestCustomizer;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeakerBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.AddressFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.NumericComparison;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPortBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPrefixBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.MatchBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.uint16.terms.TermBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RefusedByRouter;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDevice;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * The engine (in-memory MD-SAL, real speaker, no Karaf) against three routers at once: FRR 8.4, which resets the
 * session with NOTIFICATION 3/9 on a rule with a {@code !=} port term, and GoBGP 3.10 and BIRD 2.0.12, which take
 * it. Within 30 s that rule is {@code rejected} on FRR with {@code refused-by-router} and FRR's NOTIFICATION in the
 * reason and no effective action, while it is installed on GoBGP and BIRD; every other rule is installed on all
 * three, as each daemon itself shows, and FRR's session was reset at most log2(routes) + 2 times. bgpd runs on
 * 127.0.0.52, gobgpd on 127.0.0.54, bird on 127.0.0.56; Flowsteer speaks to each from the next address up.
 */
class EngineRefusedRuleIT {
    private static final String ADDRESS = "127.0.0.52";
    private static final String SPEAKER_ADDRESS = "127.0.0.53";
    private static final String GOBGP_ADDRESS = "127.0.0.54";
    private static final String GOBGP_SPEAKER_ADDRESS = "127.0.0.55";
    private static final String BIRD_ADDRESS = "127.0.0.56";
    private static final String BIRD_SPEAKER_ADDRESS = "127.0.0.57";
    private static final long SPEAKER_AS = 4_200_000_099L;
    private static final String DEVICE = "frr1";
    private static final String GOBGP_DEVICE = "gobgp1";
    private static final String BIRD_DEVICE = "bird1";
    private static final String REFUSED_PREFIX = "10.99.0.0/16";
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final List<String> GOOD = List.of("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
        "198.18.0.0/15", "100.64.0.0/10");

    private Frr frr;
    private Gobgp gobgp;
    private Bird bird;
    private DataBroker broker;
    private StatusWriter writer;
    private NettyBgpSouthbound bgp;
    private EngineThread thread;
    private FlowsteerEngine engine;
    private ConfigFeeds feeds;
    private RuleOrderKeeper keeper;

    @BeforeEach
    void start() throws Exception {
        frr = Frr.start(ADDRESS, SPEAKER_ADDRESS, "frr-engine-refused", SPEAKER_AS);
        gobgp = Gobgp.start(GOBGP_ADDRESS, GOBGP_SPEAKER_ADDRESS, "gobgp-engine-refused", SPEAKER_AS);
        bird = Bird.start(BIRD_ADDRESS, BIRD_SPEAKER_ADDRESS, "bird-engine-refused", SPEAKER_AS);
        final ConcurrentDataBrokerTestCustomizer customizer = new ConcurrentDataBrokerTestCustomizer(true);
        broker = customizer.createDataBroker();
        customizer.updateSchema(BindingRuntimeHelpers.createRuntimeContext());
        writer = new StatusWriter(customizer.getDOMDataBroker(),
            customizer.getAdapterContext().currentSerializer(), Clock.systemUTC());
        writer.start();
        // the production timers, as the distribution runs them
        bgp = new NettyBgpSouthbound(new ExtendedCommunityCodec(), ReconnectPolicy.DEFAULT, BgpConfigs.UNCONFIGURED);
        thread = new EngineThread();
        engine = new FlowsteerEngine(writer, new RuleResolver(), bgp, TestSecrets.opener(), event -> { },
            Clock.systemUTC(), thread.executor());
        engine.start();
        feeds = new ConfigFeeds(broker, List.of(engine));
        feeds.register();
        keeper = new RuleOrderKeeper(customizer.getDOMDataBroker(), customizer.getAdapterContext().currentSerializer(),
            new RuleCompiler(), writer, engine);
        keeper.register();
    }

    @AfterEach
    void stop() throws Exception {
        if (keeper != null) {
            keeper.close();
            feeds.close();
            engine.close();
            thread.close();
            bgp.close();
            writer.close();
        }
        for (AutoCloseable daemon : new AutoCloseable[] { frr, gobgp, bird }) {
            if (daemon != null) {
                daemon.close();
            }
        }
    }

    @Test
    void theRuleFrrRefusesIsRejectedThereAndInstalledOnGobgpAndBirdAndEveryOtherRuleStaysOnFrr() throws Exception {
        final int listenPort = Daemons.freePort(SPEAKER_ADDRESS);
        // the speaker first, as an operator sets it up: a router configured in the same transaction can be
        // connected to before the speaker's own AS applies, and BIRD then holds the session off for 60 s
        write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.create(BgpSpeaker.class),
            new BgpSpeakerBuilder().setRouterId(new Ipv4AddressNoZone(SPEAKER_ADDRESS))
                .setLocalAs(Uint32.valueOf(SPEAKER_AS))
                .setListenAddress(new IpAddressNoZone(new Ipv4AddressNoZone(SPEAKER_ADDRESS)))
                .setListenPort(new PortNumber(Uint16.valueOf(listenPort))).build()));
        await(() -> listening(SPEAKER_ADDRESS, listenPort), Boolean::booleanValue);
        write(tx -> {
            for (int i = 0; i < GOOD.size(); i++) {
                putRule(tx, rule("good-" + i, GOOD.get(i), NumericComparison.Eq));
            }
            putRule(tx, rule("not-http", REFUSED_PREFIX, NumericComparison.Ne));
            putDevice(tx, DEVICE, ADDRESS, SPEAKER_ADDRESS, frr.port(), Frr.AS);
            putDevice(tx, GOBGP_DEVICE, GOBGP_ADDRESS, GOBGP_SPEAKER_ADDRESS, gobgp.bgpPort(), Gobgp.AS);
            putDevice(tx, BIRD_DEVICE, BIRD_ADDRESS, BIRD_SPEAKER_ADDRESS, bird.port(), Bird.AS);
        });
        final long started = System.nanoTime();
        final OnDevice refused = awaitLine("not-http", DEVICE, RuleState.Rejected, WITHIN);
        final Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(RefusedByRouter.VALUE, refused.getReasonCode(), refused.getReason());
        assertTrue(refused.getReason().contains("NOTIFICATION 3/9 (UPDATE Message Error, Optional Attribute"
            + " Error)"), refused.getReason());
        assertNull(refused.getEffectiveAction(), "FRR does nothing with it");
        assertTrue(took.compareTo(WITHIN) <= 0, "rejected after " + took);
        // the same rule on the routers that take it
        for (String device : List.of(GOBGP_DEVICE, BIRD_DEVICE)) {
            assertTrue(awaitLine("not-http", device, RuleState.Installed, WITHIN).getEffectiveAction() != null,
                device);
        }
        await(() -> gobgp.cli("global", "rib", "-a", "ipv4-flowspec"), text -> text.contains(REFUSED_PREFIX));
        await(() -> bird.birdc("show route all table", "flowtab4"), text -> text.contains("dst " + REFUSED_PREFIX));
        for (int i = 0; i < GOOD.size(); i++) {
            for (String device : List.of(DEVICE, GOBGP_DEVICE, BIRD_DEVICE)) {
                final OnDevice good = awaitLine("good-" + i, device, RuleState.Installed, WITHIN);
                assertTrue(good.getEffectiveAction() != null, "good-" + i + " on " + device);
            }
        }
        final Set<String> want = new TreeSet<>(GOOD);
        await(this::shownByFrr, want::equals);
        assertEquals(want, shownByFrr(), "FRR's flowspec table");
        // one refused route among six: at most log2(6) + 2 resets to find it
        final JsonElement neighbor = JsonParser.parseString(frr.vtysh("show bgp neighbors " + SPEAKER_ADDRESS
            + " json")).getAsJsonObject().get(SPEAKER_ADDRESS);
        final int dropped = neighbor.getAsJsonObject().get("connectionsDropped").getAsInt();
        assertTrue(dropped <= 5, "FRR's session was reset " + dropped + " times");
    }

    private static void putDevice(final WriteTransaction tx, final String name, final String address,
            final String localAddress, final int port, final long as) {
        tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.builder(Devices.class)
            .child(org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.class,
                new DeviceKey(new DeviceRef(name))).build(),
            new DeviceBuilder().setName(new DeviceRef(name)).setBgp(new BgpBuilder()
                .setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone(address)))
                .setLocalAddress(new IpAddressNoZone(new Ipv4AddressNoZone(localAddress)))
                .setPeerPort(new PortNumber(Uint16.valueOf(port)))
                .setPeerAs(Uint32.valueOf(as)).build()).build());
    }

    private static boolean listening(final String address, final int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static <T> void await(final Callable<T> probe, final Predicate<T> done) throws Exception {
        final long deadline = System.nanoTime() + WITHIN.toNanos();
        T last = probe.call();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + WITHIN + ": " + last);
            }
            Thread.sleep(200);
            last = probe.call();
        }
    }

    private static Rule rule(final String name, final String prefix, final NumericComparison comparison) {
        return new RuleBuilder().setName(name).setVersion(FlowspecVersion.Fsv1).setAddressFamily(AddressFamily.Ipv4)
            .setMatch(new MatchBuilder()
                .setDestinationPrefix(new DestinationPrefixBuilder().setPrefix(new IpPrefix(prefix)).build())
                .setDestinationPort(new DestinationPortBuilder().setTerm(BindingMap.of(new TermBuilder()
                    .setId(Uint8.ONE).setComparison(comparison).setValue(Uint16.valueOf(80)).build())).build())
                .build())
            .build();
    }

    private static void putRule(final WriteTransaction tx, final Rule rule) {
        tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(rule.getName())).build(), rule);
    }

    private OnDevice awaitLine(final String rule, final String device, final RuleState state,
            final Duration timeout) throws Exception {
        final long deadline = System.nanoTime() + timeout.toNanos();
        Optional<OnDevice> line = read(StatusPaths.ruleDevicePath(rule, device));
        while (line.isEmpty() || line.orElseThrow().getState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(rule + " is not " + state + " on " + device + " within " + timeout
                    + ": " + line.map(found -> found.getState() + " " + found.getReason()).orElse("no line"));
            }
            Thread.sleep(200);
            line = read(StatusPaths.ruleDevicePath(rule, device));
        }
        return line.orElseThrow();
    }

    /** The destination of every route in FRR's IPv4 flowspec table, as FRR prints it. */
    private Set<String> shownByFrr() throws Exception {
        final Set<String> out = new TreeSet<>();
        final String text = frr.vtysh("show bgp ipv4 flowspec detail json");
        if (text.isBlank()) {
            return out;
        }
        final JsonStreamParser parser = new JsonStreamParser(text);
        while (parser.hasNext()) {
            final JsonElement route = parser.next();
            if (route.isJsonArray()) {
                for (JsonElement part : route.getAsJsonArray()) {
                    if (part.getAsJsonObject().has("to")) {
                        out.add(part.getAsJsonObject().get("to").getAsString());
                    }
                }
            }
        }
        return out;
    }

    private void write(final java.util.function.Consumer<WriteTransaction> body) throws Exception {
        final WriteTransaction tx = broker.newWriteOnlyTransaction();
        body.accept(tx);
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    private <T extends DataObject> Optional<T> read(final InstanceIdentifier<T> path) throws Exception {
        try (ReadTransaction tx = broker.newReadOnlyTransaction()) {
            return tx.read(LogicalDatastoreType.OPERATIONAL, path).get(10, TimeUnit.SECONDS);
        }
    }
}
