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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
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
 * The engine (in-memory MD-SAL, real speaker, no Karaf) against FRR 8.4, which resets the session with
 * NOTIFICATION 3/9 on a rule with a {@code !=} port term: within 30 s that rule is {@code rejected} on the router
 * with {@code refused-by-router} and FRR's NOTIFICATION in the reason, no effective action, and every other rule
 * is installed, as FRR itself shows. bgpd runs on 127.0.0.52, Flowsteer on 127.0.0.53.
 */
class FrrEngineRefusedRuleIT {
    private static final String ADDRESS = "127.0.0.52";
    private static final String SPEAKER_ADDRESS = "127.0.0.53";
    private static final String DEVICE = "frr1";
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final List<String> GOOD = List.of("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
        "198.18.0.0/15", "100.64.0.0/10");

    private Frr frr;
    private DataBroker broker;
    private StatusWriter writer;
    private NettyBgpSouthbound bgp;
    private EngineThread thread;
    private FlowsteerEngine engine;
    private ConfigFeeds feeds;
    private RuleOrderKeeper keeper;

    @BeforeEach
    void start() throws Exception {
        frr = Frr.start(ADDRESS, SPEAKER_ADDRESS, "frr-engine-refused");
        final ConcurrentDataBrokerTestCustomizer customizer = new ConcurrentDataBrokerTestCustomizer(true);
        broker = customizer.createDataBroker();
        customizer.updateSchema(BindingRuntimeHelpers.createRuntimeContext());
        writer = new StatusWriter(broker, Clock.systemUTC());
        writer.start();
        // the production timers, as the distribution runs them
        bgp = new NettyBgpSouthbound(new ExtendedCommunityCodec(), ReconnectPolicy.DEFAULT, BgpConfigs.UNCONFIGURED);
        thread = new EngineThread();
        engine = new FlowsteerEngine(writer, new RuleResolver(), bgp, event -> { }, Clock.systemUTC(),
            thread.executor());
        engine.start();
        feeds = new ConfigFeeds(broker, List.of(engine));
        feeds.register();
        keeper = new RuleOrderKeeper(broker, new RuleCompiler(), writer, engine);
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
        if (frr != null) {
            frr.close();
        }
    }

    @Test
    void theRuleFrrRefusesIsRejectedWithItsNotificationAndEveryOtherRuleStaysOnFrr() throws Exception {
        final int listenPort = Daemons.freePort(SPEAKER_ADDRESS);
        write(tx -> {
            tx.put(LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.create(BgpSpeaker.class),
                new BgpSpeakerBuilder().setRouterId(new Ipv4AddressNoZone(SPEAKER_ADDRESS))
                    .setLocalAs(Uint32.valueOf(Frr.SPEAKER_AS))
                    .setListenAddress(new IpAddressNoZone(new Ipv4AddressNoZone(SPEAKER_ADDRESS)))
                    .setListenPort(new PortNumber(Uint16.valueOf(listenPort))).build());
            for (int i = 0; i < GOOD.size(); i++) {
                putRule(tx, rule("good-" + i, GOOD.get(i), NumericComparison.Eq));
            }
            putRule(tx, rule("not-http", "10.99.0.0/16", NumericComparison.Ne));
            tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.builder(Devices.class)
                .child(org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.class,
                    new DeviceKey(new DeviceRef(DEVICE))).build(),
                new DeviceBuilder().setName(new DeviceRef(DEVICE)).setBgp(new BgpBuilder()
                    .setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone(ADDRESS)))
                    .setPeerPort(new PortNumber(Uint16.valueOf(frr.port())))
                    .setPeerAs(Uint32.valueOf(Frr.AS)).build()).build());
        });
        final long started = System.nanoTime();
        final OnDevice refused = awaitLine("not-http", RuleState.Rejected, WITHIN);
        final Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(RefusedByRouter.VALUE, refused.getReasonCode(), refused.getReason());
        assertTrue(refused.getReason().contains("NOTIFICATION 3/9 (UPDATE Message Error, Optional Attribute"
            + " Error)"), refused.getReason());
        assertNull(refused.getEffectiveAction(), "FRR does nothing with it");
        assertTrue(took.compareTo(WITHIN) <= 0, "rejected after " + took);
        for (int i = 0; i < GOOD.size(); i++) {
            final OnDevice good = awaitLine("good-" + i, RuleState.Installed, WITHIN);
            assertTrue(good.getEffectiveAction() != null, "good-" + i);
        }
        final Set<String> want = new TreeSet<>(GOOD);
        final long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!shownByFrr().equals(want) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(want, shownByFrr(), "FRR's flowspec table");
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

    private OnDevice awaitLine(final String rule, final RuleState state, final Duration timeout) throws Exception {
        final long deadline = System.nanoTime() + timeout.toNanos();
        Optional<OnDevice> line = read(StatusPaths.ruleDevicePath(rule, DEVICE));
        while (line.isEmpty() || line.orElseThrow().getState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(rule + " is not " + state + " on " + DEVICE + " within " + timeout
                    + ": " + line.map(found -> found.getState() + " " + found.getReason()).orElse("no line"));
            }
            Thread.sleep(200);
            line = read(StatusPaths.ruleDevicePath(rule, DEVICE));
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
