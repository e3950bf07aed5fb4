/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.spi.netconf.NetconfSouthbound;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterStatusListener;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.impl.bgp.NettyBgpSouthbound;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.engine.BgpConfigs;
import io.flowsteer.impl.engine.EngineThread;
import io.flowsteer.impl.engine.FlowsteerEngine;
import io.flowsteer.impl.netconf.NetconfDeviceBridge;
import io.flowsteer.impl.order.RuleOrderKeeper;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.flowsteer.impl.testing.TestSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.singleton.api.ClusterSingletonService;
import org.opendaylight.mdsal.singleton.api.ClusterSingletonServiceProvider;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.NetconfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Controller;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.DeviceStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * One active controller (issue 16), wired as Blueprint wires it on the in-memory MD-SAL broker: a standby node
 * follows the configuration but writes no status and opens no session; taking over rewrites the status complete
 * from the node's own state; losing the role stops both.
 */
class ActiveControllerTest {
    private final InMemoryMdsal mdsal = new InMemoryMdsal();
    private final RecordingNetconf netconf = new RecordingNetconf();
    private final AtomicReference<ClusterSingletonService> singleton = new AtomicReference<>();
    private StatusWriter writer;
    private NettyBgpSouthbound speaker;
    private EngineThread thread;
    private FlowsteerEngine engine;
    private NetconfDeviceBridge bridge;
    private ConfigFeeds feeds;
    private RuleOrderKeeper keeper;
    private ActiveController controller;
    private ServerSocket router;

    @BeforeEach
    void setUp() throws Exception {
        router = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        writer = StatusWriter.standby(mdsal.domDataBroker(), mdsal.serializer(), Clock.systemUTC());
        writer.start();
        speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2)), BgpConfigs.UNCONFIGURED);
        speaker.active(false).get();
        thread = new EngineThread();
        engine = new FlowsteerEngine(writer, new RuleResolver(), speaker, TestSecrets.opener(), event -> { },
            Clock.systemUTC(), thread.executor());
        engine.start();
        bridge = NetconfDeviceBridge.standby(writer, netconf::open, TestSecrets.opener());
        bridge.register();
        feeds = new ConfigFeeds(mdsal.dataBroker(), List.of(engine, bridge));
        feeds.register();
        keeper = new RuleOrderKeeper(mdsal.domDataBroker(), mdsal.serializer(), new RuleCompiler(), writer, engine);
        keeper.register();
        final ClusterSingletonServiceProvider provider = service -> {
            singleton.set(service);
            return () -> singleton.set(null);
        };
        controller = new ActiveController(provider, "member-1", mdsal.dataBroker(), writer, List.of(keeper, engine),
            List.of(speaker, bridge), Clock.systemUTC());
        controller.register();
    }

    @AfterEach
    void tearDown() throws Exception {
        controller.close();
        keeper.close();
        feeds.close();
        bridge.close();
        engine.close();
        thread.close();
        speaker.close();
        writer.close();
        router.close();
    }

    @Test
    void aStandbyNodeFollowsTheConfigurationButWritesNoStatusAndOpensNoSession() throws Exception {
        assertSame(controller, singleton.get(), "offered to the cluster singleton service");
        configureRouterAndRule();
        await(() -> engine.afterPendingWork(snapshot -> snapshot.ordered().size() == 1
            && snapshot.devices().containsKey("r1")).get(), Boolean::booleanValue);

        router.setSoTimeout(1_000);
        assertThrows(SocketTimeoutException.class, router::accept, "a standby node connected to a router");
        assertEquals(0, netconf.opened.get(), "a standby node opened the NETCONF southbound");
        assertFalse(controller.isActive());
        assertTrue(read(InstanceIdentifier.create(FlowspecStatus.class)).isEmpty(), "a standby node wrote status");
        assertTrue(read(InstanceIdentifier.create(DeviceStatus.class)).isEmpty(), "a standby node wrote status");
        assertTrue(read(InstanceIdentifier.create(Controller.class)).isEmpty());
    }

    @Test
    void takingOverRewritesTheStatusCompleteAndTalksToTheRouters() throws Exception {
        // what a previous active controller left: a rule deleted since
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("gone"),
            new RuleBuilder().setName("gone").setState(RuleState.Installed).build()));
        configureRouterAndRule();
        await(() -> engine.afterPendingWork(snapshot -> snapshot.ordered().size() == 1).get(), Boolean::booleanValue);

        controller.instantiateServiceInstance();
        assertTrue(controller.isActive());
        await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("block-dns")),
            status -> status.isPresent() && status.orElseThrow().getNlri() != null
                && status.orElseThrow().getState() != null && status.orElseThrow().nonnullOnDevice().size() == 1);
        await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.devicePath("r1")),
            device -> device.isPresent() && device.orElseThrow().getBgp() != null);
        assertTrue(mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("gone")).isEmpty(),
            "the status the previous active controller left stays");
        final Controller record = read(InstanceIdentifier.create(Controller.class)).orElseThrow();
        assertEquals("member-1", record.getActiveNode());
        assertNotNull(record.getActiveSince());
        assertNull(record.getLastFailover(), "the first active controller");

        router.setSoTimeout(10_000);
        try (Socket session = router.accept()) {
            assertTrue(session.isConnected(), "the active node connects to the router");
        }
        await(() -> netconf.wanted.contains("r1"));
        assertEquals(1, netconf.opened.get());
    }

    @Test
    void losingTheRoleStopsStatusAndSessionsAndTheNextTakeOverTimesTheFailover() throws Exception {
        configureRouterAndRule();
        controller.instantiateServiceInstance();
        await(() -> netconf.wanted.contains("r1"));
        await(() -> read(InstanceIdentifier.create(Controller.class)), Optional::isPresent);

        controller.closeServiceInstance().get(10, TimeUnit.SECONDS);
        assertFalse(controller.isActive());
        assertEquals(1, netconf.closed.get(), "the NETCONF sessions close");
        final Controller released = read(InstanceIdentifier.create(Controller.class)).orElseThrow();
        assertNotNull(released.getReleasedAt(), "the node that gives the role up says when");

        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rulePath("later"),
            Rules.dns("later", "198.51.100.0/24").build()));
        await(() -> engine.afterPendingWork(snapshot -> snapshot.ordered().size() == 2).get(), Boolean::booleanValue);
        Thread.sleep(200);
        assertTrue(mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("later")).isEmpty(),
            "a node on standby wrote status");

        controller.instantiateServiceInstance();
        final Controller again = await(() -> read(InstanceIdentifier.create(Controller.class)),
            found -> found.isPresent() && found.orElseThrow().getLastFailover() != null).orElseThrow();
        assertNotNull(again.getLastFailoverDurationMs(), "the previous one handed over, so the gap is known");
        assertNull(again.getReleasedAt());
        await(() -> mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("later")), Optional::isPresent);
        assertEquals(2, netconf.opened.get());
    }

    /**
     * Split brain (issue 16): an active node that reaches no majority of the cluster stops talking to routers at
     * once, although it is still the singleton's owner, and starts again when the majority is back.
     */
    @Test
    void anActiveNodeThatLosesTheMajorityStopsTalkingToRoutersUntilItIsBack() throws Exception {
        configureRouterAndRule();
        controller.instantiateServiceInstance();
        router.setSoTimeout(10_000);
        try (Socket first = router.accept()) {
            await(() -> netconf.wanted.contains("r1"));

            controller.quorum(false);
            assertTrue(controller.isActive(), "still the singleton's owner");
            await(() -> netconf.closed.get() == 1);
            first.setSoTimeout(10_000);
            assertEquals(-1, drain(first), "the BGP session closes");
            router.setSoTimeout(1_000);
            assertThrows(SocketTimeoutException.class, router::accept, "a node without majority connected");

            controller.quorum(true);
            router.setSoTimeout(10_000);
            try (Socket second = router.accept()) {
                assertTrue(second.isConnected(), "the session comes back with the majority");
            }
            await(() -> netconf.wanted.contains("r1"));
            assertEquals(2, netconf.opened.get());
        }
    }

    /**
     * Reads a socket until its end.
     *
     * @return -1 once the peer has closed it
     */
    private static int drain(final Socket socket) throws IOException {
        final InputStream in = socket.getInputStream();
        int read = 0;
        while (read != -1) {
            read = in.read(new byte[4096]);
        }
        return read;
    }

    private void configureRouterAndRule() throws Exception {
        final Device device = new DeviceBuilder().setName(new DeviceRef("r1"))
            .setBgp(new BgpBuilder().setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("127.0.0.1")))
                .setPeerPort(new PortNumber(Uint16.valueOf(router.getLocalPort()))).setPeerAs(Uint32.valueOf(65010))
                .build())
            .setNetconf(new NetconfBuilder().setHost(IetfInetUtil.hostFor("127.0.0.1"))
                .setPort(new PortNumber(Uint16.valueOf(830))).setUsername("admin")
                .setPassword(TestSecrets.seal("admin")).build())
            .build();
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Devices.class).child(Device.class, new DeviceKey(new DeviceRef("r1"))).build(),
            device));
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rulePath("block-dns"),
            Rules.dns("block-dns", "192.0.2.0/24").build()));
    }

    private static InstanceIdentifier<Rule> rulePath(final String name) {
        return InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(name)).build();
    }

    private <T extends org.opendaylight.yangtools.yang.binding.DataObject> Optional<T> read(
            final InstanceIdentifier<T> path) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, path);
    }

    /** A NETCONF southbound that only records what the bridge asks of it. */
    private static final class RecordingNetconf {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final List<String> wanted = new CopyOnWriteArrayList<>();

        NetconfSouthbound open(final RouterStatusListener listener) {
            opened.incrementAndGet();
            return new NetconfSouthbound() {
                @Override
                public void setWanted(final RouterEndpoint endpoint, final RouterTables tables) {
                    wanted.add(endpoint.name());
                }

                @Override
                public void remove(final String name) {
                    wanted.remove(name);
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                    wanted.clear();
                }
            };
        }
    }
}
