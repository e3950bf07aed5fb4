/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static io.flowsteer.it.netconf.Tables.bindingSid;
import static io.flowsteer.it.netconf.Tables.nextHops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.netconf.HostKeyCheck;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.NetconfSessionState;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.netconf.FlowsteerRouterDriver;
import io.flowsteer.impl.netconf.NetconfDeviceBridge;
import io.flowsteer.impl.netconf.NetconfRouterManager;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.TestSecrets;
import io.flowsteer.it.Eventually;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.binding.dom.adapter.test.ConcurrentDataBrokerTestCustomizer;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.NetconfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.IndirectionTables;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.Entry;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.EntryBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.MplsBindingSidBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Netconf;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * The router's SSH host key (RFC 4253 section 8, RFC 6242 section 3) against a netconf-testtool router of its own
 * (port 17890): without a pin the table is pushed and the presented key's fingerprint reported; pinning that
 * fingerprint keeps pushing; a wrong pin refuses the session before any RPC, so the router's datastore (read with
 * the independent {@link RawNetconf} client) keeps the last table, and the status names both fingerprints.
 */
class HostKeyPinIT {
    private static final int PORT = 17_890;
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A valid fingerprint of some other key (an Ed25519 key made once with ssh-keygen). */
    private static final String OTHER_KEY = "SHA256:mRUkaTHWocfvgauEjRPNMPr2c+WsdOkkH4U1qn3gndM";

    private static final InstanceIdentifier<Device> DEVICE = InstanceIdentifier.builder(Devices.class)
        .child(Device.class, new DeviceKey(new DeviceRef("hk2"))).build();
    private static final InstanceIdentifier<org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices
        .device.Netconf> PIN = DEVICE.child(org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices
        .device.Netconf.class);
    private static final InstanceIdentifier<RouterTable> TABLE = InstanceIdentifier.builder(IndirectionTables.class)
        .child(RouterTable.class, new RouterTableKey(new DeviceRef("hk2"))).build();
    private static final InstanceIdentifier<Netconf> STATUS = StatusPaths.devicePath("hk2").child(Netconf.class);

    private static Testtool router;

    @BeforeAll
    static void startRouter() throws Exception {
        router = Testtool.start(PORT, 1);
    }

    @AfterAll
    static void stopRouter() throws Exception {
        if (router != null) {
            router.close();
        }
    }

    @Test
    void unpinnedKeyIsReportedPinnedKeyPushesAndAWrongPinPushesNothing() throws Exception {
        try (Southbound southbound = new Southbound()) {
            // (a) no pin: pushed, and the presented key is reported as not pinned
            Instant before = Instant.now();
            southbound.manager.setWanted(endpoint(null), IndirectionTable.of(List.of(nextHops(1, "192.0.2.1"))));
            RouterStatus status = await(southbound, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(HostKeyCheck.NOT_PINNED, status.hostKeyCheck());
            final String presented = status.hostKeySha256();
            assertTrue(presented != null && presented.matches("SHA256:[A-Za-z0-9+/]{43}"), "fingerprint " + presented);
            assertNotEquals(OTHER_KEY, presented);
            assertEquals(Map.of("0/1", "description=next-hops 1 next-hop=192.0.2.1"), RawNetconf.table(PORT));

            // (b) the reported fingerprint pinned: a new session, the key matches, the push goes through
            before = Instant.now();
            southbound.manager.setWanted(endpoint(presented), IndirectionTable.of(List.of(bindingSid(2, 24_002))));
            status = await(southbound, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(HostKeyCheck.MATCHED, status.hostKeyCheck());
            assertEquals(presented, status.hostKeySha256());
            assertEquals(Map.of("2/2", "mpls-binding-sid=24002"), RawNetconf.table(PORT));

            // (c) a wrong pin: refused during key exchange, both fingerprints named, nothing pushed, retries too
            final Instant wrongPinAt = Instant.now();
            southbound.manager.setWanted(endpoint(OTHER_KEY), IndirectionTable.of(List.of(bindingSid(3, 24_003))));
            status = await(southbound, candidate -> candidate.hostKeyCheck() == HostKeyCheck.MISMATCHED
                && candidate.session() == NetconfSessionState.DOWN && candidate.lastPush() != null);
            assertEquals(presented, status.hostKeySha256());
            assertEquals(Outcome.UNREACHABLE, status.lastPush().outcome());
            final String failure = status.lastPush().failure();
            assertTrue(failure.contains("host key " + presented + " does not match the pinned " + OTHER_KEY),
                failure);
            assertEquals(Set.of(), status.capabilities(), "no hello was exchanged: " + status.capabilities());
            // let the backoff (250 ms doubling to 2 s) retry a few times
            final int failures = status.consecutiveFailures();
            await(southbound, candidate -> candidate.consecutiveFailures() >= failures + 2);
            assertEquals(Map.of("2/2", "mpls-binding-sid=24002"), RawNetconf.table(PORT),
                "no edit-config reached the router");
            assertTrue(southbound.history.stream().filter(seen -> seen.router().equals("hk1"))
                .noneMatch(seen -> seen.lastPush() != null && seen.lastPush().at().isAfter(wrongPinAt)
                    && seen.lastPush().outcome() != Outcome.UNREACHABLE),
                "no push after the wrong pin: " + southbound.history);
        }
    }

    /**
     * The operator's workflow of the user guide, through the datastores: read the reported fingerprint from
     * {@code device-status}, pin it in {@code flowsteer-devices}; a wrong pin shows both keys and pushes nothing.
     */
    @Test
    void fingerprintReadFromTheStatusAndPinnedInTheConfigurationKeepsPushingAndAWrongOneStops() throws Exception {
        final ConcurrentDataBrokerTestCustomizer customizer = new ConcurrentDataBrokerTestCustomizer(true);
        final DataBroker broker = customizer.createDataBroker();
        customizer.updateSchema(BindingRuntimeHelpers.createRuntimeContext());
        final StatusWriter writer = new StatusWriter(customizer.getDOMDataBroker(),
            customizer.getAdapterContext().currentSerializer(), Clock.systemUTC());
        writer.start();
        try (Southbound parts = new Southbound();
             NetconfDeviceBridge bridge = new NetconfDeviceBridge(writer, listener ->
                 new NetconfRouterManager(parts.clientFactory, List.of(Southbound.DRIVER), listener, parts.workers,
                     parts.scheduler, Southbound.SETTINGS, Clock.systemUTC()), TestSecrets.opener());
             ConfigFeeds feeds = new ConfigFeeds(broker, List.of(bridge))) {
            bridge.register();
            feeds.register();
            write(broker, tx -> {
                tx.put(LogicalDatastoreType.CONFIGURATION, DEVICE, new DeviceBuilder().setName(new DeviceRef("hk2"))
                    .setNetconf(new NetconfBuilder()
                        .setHost(IetfInetUtil.hostFor("127.0.0.1"))
                        .setPort(new PortNumber(Uint16.valueOf(PORT)))
                        .setUsername(Testtool.USER)
                        .setPassword(TestSecrets.seal(Testtool.PASSWORD))
                        .build())
                    .build());
                tx.put(LogicalDatastoreType.CONFIGURATION, TABLE, table(24_001));
            });
            // the push that wrote the entry: the device and the table may reach the bridge one after the other, and a
            // push with the device alone finds the (empty) router in sync and says "ok" too
            Netconf status = awaitStatus(broker, found -> found.getHostKeyCheck() == Netconf.HostKeyCheck.NotPinned
                && "ok".equals(found.getLastPushResult()) && found.getLastPushChanges() != null
                && found.getLastPushChanges().intValue() == 1);
            final String reported = status.getHostKeySha256();
            assertTrue(reported != null && reported.startsWith("SHA256:"), status.toString());
            assertEquals(Map.of("0/1", "mpls-binding-sid=24001"), RawNetconf.table(PORT));

            // a wrong pin, then a new table: refused, both keys in the status, the router keeps the old table
            write(broker, tx -> tx.merge(LogicalDatastoreType.CONFIGURATION, PIN,
                new NetconfBuilder().setHostKeySha256(OTHER_KEY).build()));
            final Netconf refused = awaitStatus(broker,
                found -> found.getHostKeyCheck() == Netconf.HostKeyCheck.Mismatched);
            write(broker, tx -> tx.put(LogicalDatastoreType.CONFIGURATION, TABLE, table(24_002)));
            // the new table is tried at once (and retried): a later refusal
            status = awaitStatus(broker, found -> found.getHostKeyCheck() == Netconf.HostKeyCheck.Mismatched
                && !refused.getLastPushTime().equals(found.getLastPushTime())
                && found.getLastPushResult().contains("does not match"));
            assertEquals(Netconf.SessionState.Failed, status.getSessionState());
            assertEquals(reported, status.getHostKeySha256());
            assertTrue(status.getLastPushResult().contains(reported + " does not match the pinned " + OTHER_KEY),
                status.getLastPushResult());
            assertEquals(Map.of("0/1", "mpls-binding-sid=24001"), RawNetconf.table(PORT));

            // the reported key pinned: matched, and the waiting table reaches the router
            write(broker, tx -> tx.merge(LogicalDatastoreType.CONFIGURATION, PIN,
                new NetconfBuilder().setHostKeySha256(reported).build()));
            status = awaitStatus(broker, found -> found.getHostKeyCheck() == Netconf.HostKeyCheck.Matched
                && "ok".equals(found.getLastPushResult()));
            assertEquals(reported, status.getHostKeySha256());
            assertEquals(Map.of("0/1", "mpls-binding-sid=24002"), RawNetconf.table(PORT));
        } finally {
            writer.close();
        }
    }

    private static RouterTable table(final long label) {
        final Entry entry = new EntryBuilder().setIdType(new IndirectionIdType(Uint8.ZERO)).setId(Uint32.ONE)
            .setTarget(new MplsBindingSidBuilder().setMplsLabel(Uint32.valueOf(label)).build()).build();
        return new RouterTableBuilder().setName(new DeviceRef("hk2")).setEntry(Map.of(entry.key(), entry)).build();
    }

    private static void write(final DataBroker broker, final Consumer<WriteTransaction> body) throws Exception {
        final WriteTransaction tx = broker.newWriteOnlyTransaction();
        body.accept(tx);
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    private static Netconf awaitStatus(final DataBroker broker, final Predicate<Netconf> condition)
            throws Exception {
        return Eventually.await("the router's NETCONF status", WAIT, Duration.ofMillis(100), () -> {
            try (ReadTransaction tx = broker.newReadOnlyTransaction()) {
                return tx.read(LogicalDatastoreType.OPERATIONAL, STATUS).get(10, TimeUnit.SECONDS);
            }
        }, current -> current.isPresent() && condition.test(current.orElseThrow())).orElseThrow();
    }

    private static RouterEndpoint endpoint(final @Nullable String pin) {
        return new RouterEndpoint("hk1", "127.0.0.1", PORT, Testtool.USER, Testtool.PASSWORD,
            FlowsteerRouterDriver.NAME, pin);
    }

    /**
     * The first status of the router that meets the condition (statuses of the router replaced on
     * an endpoint change may arrive in between, so the history is searched rather than the latest status).
     */
    private static RouterStatus await(final Southbound southbound, final Predicate<RouterStatus> condition)
            throws InterruptedException {
        final Predicate<RouterStatus> wanted = status -> status.router().equals("hk1")
            && status.session() != NetconfSessionState.CLOSED && condition.test(status);
        return Eventually.await("a matching status of hk1 in the history", WAIT, Duration.ofMillis(50),
            () -> List.copyOf(southbound.history), history -> history.stream().anyMatch(wanted))
            .stream().filter(wanted).findFirst().orElseThrow();
    }
}
