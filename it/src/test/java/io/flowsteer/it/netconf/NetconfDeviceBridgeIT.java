/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.netconf.NetconfDeviceBridge;
import io.flowsteer.impl.netconf.NetconfRouterManager;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.TestSecrets;
import io.flowsteer.it.Eventually;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.SrPoliciesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.SrPolicyBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.CandidatePathBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.candidate.path.SegmentListBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.IndirectionTables;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.Entry;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.EntryBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.EntryKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.MplsBindingSidBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.TunnelBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Netconf;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * The datastore wiring end to end, without Karaf: the in-memory MD-SAL broker holds flowsteer-devices and
 * flowsteer-indirection, {@link NetconfDeviceBridge} feeds {@link NetconfRouterManager}, a netconf-testtool router
 * receives the table and the SR Policy, and the router's own datastore (read with {@link RawNetconf}) and the
 * operational status show the result.
 */
@ExtendWith(RoutersExtension.class)
class NetconfDeviceBridgeIT {
    private static final String ROUTER = "edge53";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static InstanceIdentifier<Device> devicePath() {
        return InstanceIdentifier.builder(Devices.class).child(Device.class, new DeviceKey(new DeviceRef(ROUTER)))
            .build();
    }

    private static InstanceIdentifier<RouterTable> tablePath() {
        return InstanceIdentifier.builder(IndirectionTables.class)
            .child(RouterTable.class, new RouterTableKey(new DeviceRef(ROUTER))).build();
    }

    private static Device device(final int port, final boolean withPolicy) {
        final DeviceBuilder builder = new DeviceBuilder()
            .setName(new DeviceRef(ROUTER))
            .setNetconf(new NetconfBuilder()
                .setHost(IetfInetUtil.hostFor("127.0.0.1"))
                .setPort(new PortNumber(Uint16.valueOf(port)))
                .setUsername(Testtool.USER)
                .setPassword(TestSecrets.seal(Testtool.PASSWORD))
                .build());
        if (withPolicy) {
            final var segmentList = new SegmentListBuilder()
                .setId(Uint32.valueOf(1))
                .setWeight(Uint32.valueOf(2))
                .setSegment(List.of("16003", "16001", "16007"))
                .build();
            final var path = new CandidatePathBuilder()
                .setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration.Configuration))
                .setOriginatorAsn(Uint32.valueOf(65_000))
                .setOriginatorAddress(new IpAddressNoZone(new Ipv4AddressNoZone("192.0.2.254")))
                .setDiscriminator(Uint32.valueOf(1))
                .setPreference(Uint32.valueOf(200))
                .setSegmentList(Map.of(segmentList.key(), segmentList))
                .build();
            final var policy = new SrPolicyBuilder()
                .setColor(Uint32.valueOf(7))
                .setEndpoint(new IpAddressNoZone(new Ipv4AddressNoZone("198.51.100.7")))
                .setBindingSid(Uint32.valueOf(24_007))
                .setCandidatePath(Map.of(path.key(), path))
                .build();
            builder.setSrPolicies(new SrPoliciesBuilder().setSrPolicy(Map.of(policy.key(), policy)).build());
        }
        return builder.build();
    }

    private static RouterTable table(final Entry... entries) {
        final var builder = new RouterTableBuilder().setName(new DeviceRef(ROUTER));
        final Map<EntryKey, Entry> map = new java.util.HashMap<>();
        for (Entry entry : entries) {
            map.put(entry.key(), entry);
        }
        return builder.setEntry(map).build();
    }

    private static Entry label(final long id, final long label) {
        return new EntryBuilder().setIdType(new IndirectionIdType(Uint8.ZERO)).setId(Uint32.valueOf(id))
            .setTarget(new MplsBindingSidBuilder().setMplsLabel(Uint32.valueOf(label)).build()).build();
    }

    private static Entry tunnel(final long id, final String name) {
        return new EntryBuilder().setIdType(new IndirectionIdType(IndirectionIdType.Enumeration.TunnelId))
            .setId(Uint32.valueOf(id)).setTarget(new TunnelBuilder().setTunnelName(name).build()).build();
    }

    private static void write(final DataBroker broker, final java.util.function.Consumer<WriteTransaction> body)
            throws Exception {
        final WriteTransaction tx = broker.newWriteOnlyTransaction();
        body.accept(tx);
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    private static <T extends DataObject> Optional<T> read(final DataBroker broker, final InstanceIdentifier<T> path)
            throws Exception {
        try (ReadTransaction tx = broker.newReadOnlyTransaction()) {
            return tx.read(LogicalDatastoreType.OPERATIONAL, path).get(10, TimeUnit.SECONDS);
        }
    }

    private static void await(final String what, final Eventually.Probe<Boolean, Exception> check) throws Exception {
        Eventually.await(what, TIMEOUT, Duration.ofMillis(200), check);
    }

    @Test
    void configurationWrittenToTheDatastoreReachesTheRouterAndItsStatusTheOperationalDatastore(
            final Testtool routers) throws Exception {
        final int port = routers.port(53);
        final ConcurrentDataBrokerTestCustomizer customizer = new ConcurrentDataBrokerTestCustomizer(true);
        final DataBroker broker = customizer.createDataBroker();
        customizer.updateSchema(BindingRuntimeHelpers.createRuntimeContext());
        final StatusWriter writer = new StatusWriter(customizer.getDOMDataBroker(),
            customizer.getAdapterContext().currentSerializer(), Clock.systemUTC());
        writer.start();
        final InstanceIdentifier<Netconf> statusPath = StatusPaths.devicePath(ROUTER).child(Netconf.class);
        try (Southbound parts = new Southbound();
             NetconfDeviceBridge bridge = new NetconfDeviceBridge(writer, listener ->
                 new NetconfRouterManager(parts.clientFactory, List.of(Southbound.DRIVER), listener, parts.workers,
                     parts.scheduler, Southbound.SETTINGS, Clock.systemUTC()), TestSecrets.opener());
             ConfigFeeds feeds = new ConfigFeeds(broker, List.of(bridge))) {
            bridge.register();
            feeds.register();
            write(broker, tx -> {
                tx.put(LogicalDatastoreType.CONFIGURATION, devicePath(), device(port, true));
                tx.put(LogicalDatastoreType.CONFIGURATION, tablePath(), table(label(1, 24_001), tunnel(2, "te2")));
            });
            await("table and SR Policy on the router", () -> RawNetconf.table(port).size() == 2
                && RawNetconf.srPolicies(port).size() == 1);
            assertEquals(Map.of("0/1", "mpls-binding-sid=24001", "5/2", "tunnel=te2"), RawNetconf.table(port));
            final String policy = RawNetconf.srPolicies(port).get("7/198.51.100.7");
            assertTrue(policy.contains("binding-sid=24007"), policy);
            assertTrue(policy.contains("candidate-path/protocol-origin=30"), policy);
            assertTrue(policy.contains("candidate-path/originator=65000,192.0.2.254"), policy);
            assertTrue(policy.matches(".*mpls-label=16003.*mpls-label=16001.*mpls-label=16007.*"),
                "segments in their order: " + policy);
            await("status ok in operational data", () -> read(broker, statusPath)
                .filter(status -> status.getSessionState() == Netconf.SessionState.Connected
                    && "ok".equals(status.getLastPushResult())).isPresent());
            final Netconf status = read(broker, statusPath).orElseThrow();
            assertTrue(status.getCapability().contains("urn:ietf:params:netconf:capability:candidate:1.0"),
                status.toString());
            assertTrue(status.getLastPushTime() != null, status.toString());

            write(broker, tx -> tx.put(LogicalDatastoreType.CONFIGURATION, tablePath(),
                table(label(1, 24_001), label(3, 24_003))));
            await("table update on the router", () -> RawNetconf.table(port).equals(
                Map.of("0/1", "mpls-binding-sid=24001", "0/3", "mpls-binding-sid=24003")));

            write(broker, tx -> tx.put(LogicalDatastoreType.CONFIGURATION, devicePath(), device(port, false)));
            await("SR Policy removed from the router", () -> RawNetconf.srPolicies(port).isEmpty());
            assertEquals(2, RawNetconf.table(port).size(), "the table stays");

            write(broker, tx -> tx.put(LogicalDatastoreType.CONFIGURATION, devicePath(),
                new DeviceBuilder().setName(new DeviceRef(ROUTER)).build()));
            await("NETCONF status removed", () -> read(broker, statusPath).isEmpty());
            assertTrue(bridge.status(ROUTER) == null);
        } finally {
            writer.close();
        }
    }
}
