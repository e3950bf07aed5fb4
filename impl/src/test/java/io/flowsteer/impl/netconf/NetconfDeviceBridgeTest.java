/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.api.spi.netconf.RpcError;
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.flowsteer.impl.testing.TestSecrets;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.netconf.client.NetconfClientFactoryImpl;
import org.opendaylight.netconf.common.impl.DefaultNetconfTimer;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.NetconfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.router.rev261125.FlowsteerRouterData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RouterUnreachable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Netconf;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint16;

/**
 * The bridge on the in-memory MD-SAL broker with a real southbound (netconf-client) towards a port nobody listens
 * on; pushes to real routers through the bridge are in it/ (NetconfDeviceBridgeIT).
 */
class NetconfDeviceBridgeTest {
    private static final FlowsteerRouterDriver DRIVER =
        new FlowsteerRouterDriver(BindingRuntimeHelpers.createEffectiveModel(FlowsteerRouterData.class));

    private InMemoryMdsal mdsal;
    private StatusWriter writer;
    private DefaultNetconfTimer timer;
    private NetconfClientFactoryImpl clientFactory;
    private ExecutorService workers;
    private ScheduledExecutorService scheduler;
    private NetconfDeviceBridge bridge;
    private ConfigFeeds feeds;

    @BeforeEach
    void setUp() {
        mdsal = new InMemoryMdsal();
        writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.systemUTC());
        writer.start();
        timer = new DefaultNetconfTimer();
        clientFactory = new NetconfClientFactoryImpl(timer);
        workers = Executors.newFixedThreadPool(2);
        scheduler = Executors.newSingleThreadScheduledExecutor();
        bridge = new NetconfDeviceBridge(writer, listener -> new NetconfRouterManager(
            clientFactory, List.of(DRIVER), listener, workers, scheduler,
            new NetconfSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(200),
                Duration.ofSeconds(1)), Clock.systemUTC()), TestSecrets.opener());
        bridge.register();
        // as Blueprint wires it: the shared feeds follow the configuration and hand it to the bridge
        feeds = new ConfigFeeds(mdsal.dataBroker(), List.of(bridge));
        feeds.register();
    }

    @AfterEach
    void tearDown() throws Exception {
        feeds.close();
        bridge.close();
        workers.shutdownNow();
        scheduler.shutdownNow();
        clientFactory.close();
        timer.close();
        writer.close();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static InstanceIdentifier<Device> device(final String name) {
        return InstanceIdentifier.builder(Devices.class).child(Device.class, new DeviceKey(new DeviceRef(name)))
            .build();
    }

    private Optional<Netconf> netconfStatus(final String name) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.devicePath(name).child(Netconf.class));
    }

    private Optional<Netconf> await(final String name, final Predicate<Optional<Netconf>> condition)
            throws Exception {
        final Instant deadline = Instant.now().plusSeconds(20);
        Optional<Netconf> current = netconfStatus(name);
        while (!condition.test(current) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            current = netconfStatus(name);
        }
        assertTrue(condition.test(current), "status of " + name + ": " + current);
        return current;
    }

    @Test
    void unreachableRouterIsReportedInOperationalStatusAndForgottenWhenItLosesItsNetconfContainer()
            throws Exception {
        final List<RouterStatus> heard = new CopyOnWriteArrayList<>();
        try (var registration = bridge.registerListener(heard::add)) {
            mdsal.write(tx -> {
                try {
                    tx.put(LogicalDatastoreType.CONFIGURATION, device("r1"), new DeviceBuilder()
                        .setName(new DeviceRef("r1"))
                        .setNetconf(new NetconfBuilder()
                            .setHost(IetfInetUtil.hostFor("127.0.0.1"))
                            .setPort(new PortNumber(Uint16.valueOf(closedPort())))
                            .setUsername("admin")
                            .setPassword(TestSecrets.seal("admin"))
                            .build())
                        .build());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            final Netconf status = await("r1", found -> found.isPresent()
                && found.orElseThrow().getSessionState() == Netconf.SessionState.Failed).orElseThrow();
            assertEquals(RouterUnreachable.VALUE, status.getReasonCode(), status.toString());
            assertNotNull(status.getLastPushTime(), status.toString());
            assertNull(status.getLastPushChanges(), "a push that did not reach the router changed nothing on it");
            assertNotNull(bridge.status("r1"));
            assertTrue(heard.stream().anyMatch(heardStatus -> "r1".equals(heardStatus.router())),
                "a registered listener hears the router: " + heard);

            mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, device("r1"),
                new DeviceBuilder().setName(new DeviceRef("r1")).build()));
            await("r1", Optional::isEmpty);
            assertNull(bridge.status("r1"));
        }
    }

    @Test
    void aPrivateKeyThatCannotBeReadIsReportedWithoutTheKey() throws Exception {
        final String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0"
            + "\n-----END OPENSSH PRIVATE KEY-----\n";
        mdsal.write(tx -> {
            try {
                tx.put(LogicalDatastoreType.CONFIGURATION, device("r2"), new DeviceBuilder()
                    .setName(new DeviceRef("r2"))
                    .setNetconf(new NetconfBuilder()
                        .setHost(IetfInetUtil.hostFor("127.0.0.1"))
                        .setPort(new PortNumber(Uint16.valueOf(closedPort())))
                        .setUsername("flowsteer")
                        .setPrivateKey(TestSecrets.seal(key))
                        .build())
                    .build());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        final Netconf status = await("r2", found -> found.isPresent()
            && found.orElseThrow().getLastPushResult() != null).orElseThrow();
        assertEquals(Netconf.SessionState.Failed, status.getSessionState(), status.toString());
        assertEquals("unreachable: the private key of router 'r2' cannot be read: it is protected by a passphrase; "
            + "remove it with 'ssh-keygen -p -N \"\"' or give an unencrypted '-----BEGIN PRIVATE KEY-----' or "
            + "'-----BEGIN OPENSSH PRIVATE KEY-----' text", status.getLastPushResult());
        assertFalse(status.toString().contains("b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0"),
            "the status shows key material: " + status);
    }

    @Test
    void lastPushResultNamesTheRpcErrorTagAndMessage() {
        assertEquals("invalid-value: tunnel name too long; data-missing", NetconfDeviceBridge.describe(
            new PushResult(Outcome.REFUSED, Instant.now(), Duration.ZERO, 1, List.of(
                new RpcError("application", "invalid-value", "error", "tunnel name too long", null),
                new RpcError("application", "data-missing", "error", null, null)), null)));
        assertEquals("ok", NetconfDeviceBridge.describe(
            new PushResult(Outcome.IN_SYNC, Instant.now(), Duration.ZERO, 0, List.of(), null)));
    }
}
