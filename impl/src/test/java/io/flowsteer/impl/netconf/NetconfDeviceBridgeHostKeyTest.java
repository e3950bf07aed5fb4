/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.netconf.HostKeyCheck;
import io.flowsteer.api.spi.netconf.NetconfSessionState;
import io.flowsteer.api.spi.netconf.NetconfSouthbound;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.api.spi.netconf.RouterStatusListener;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.flowsteer.impl.testing.TestSecrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.NetconfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HostKeyMismatch;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Netconf;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The pinned host key travels from {@code devices/device/netconf/host-key-sha256} to the southbound's endpoint, and
 * the presented key and the check's outcome from the southbound's status to {@code device-status/device/netconf}.
 * The southbound here reports what a real one reports for a pinned router (see HostKeyPinIT for the real one
 * against a NETCONF server).
 */
class NetconfDeviceBridgeHostKeyTest {
    private static final String PINNED = "SHA256:mRUkaTHWocfvgauEjRPNMPr2c+WsdOkkH4U1qn3gndM";
    private static final String PRESENTED = "SHA256:f2OS+hCrPN8Q8fGlSBrqIrcgNhzBpSlBuHavzMZFYV0";

    private final Map<String, RouterEndpoint> endpoints = new ConcurrentHashMap<>();
    private InMemoryMdsal mdsal;
    private StatusWriter writer;
    private NetconfDeviceBridge bridge;
    private ConfigFeeds feeds;

    /**
     * Reports, for every router it is given, a refused session with the given outcome of the host key check.
     */
    private final class ReportingSouthbound implements NetconfSouthbound {
        private final RouterStatusListener listener;

        ReportingSouthbound(final RouterStatusListener listener) {
            this.listener = listener;
        }

        @Override
        public void setWanted(final RouterEndpoint endpoint, final RouterTables wanted) {
            endpoints.put(endpoint.name(), endpoint);
            final String pin = endpoint.hostKeySha256();
            if (pin == null) {
                listener.onStatus(new RouterStatus(endpoint.name(), NetconfSessionState.CONNECTED, Instant.now(),
                    Set.of(), new PushResult(Outcome.IN_SYNC, Instant.now(), Duration.ZERO, 0, List.of(), null),
                    List.of(), 0, PRESENTED, HostKeyCheck.NOT_PINNED));
            } else {
                listener.onStatus(new RouterStatus(endpoint.name(), NetconfSessionState.DOWN, Instant.now(), Set.of(),
                    new PushResult(Outcome.UNREACHABLE, Instant.now(), Duration.ZERO, 0, List.of(),
                        "host key " + PRESENTED + " does not match the pinned " + pin), List.of(), 1,
                    PRESENTED, HostKeyCheck.MISMATCHED));
            }
        }

        @Override
        public void remove(final String router) {
            endpoints.remove(router);
        }

        @Override
        public void close() {
            endpoints.clear();
        }
    }

    @BeforeEach
    void setUp() {
        mdsal = new InMemoryMdsal();
        writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.systemUTC());
        writer.start();
        bridge = new NetconfDeviceBridge(writer, ReportingSouthbound::new, TestSecrets.opener());
        bridge.register();
        feeds = new ConfigFeeds(mdsal.dataBroker(), List.of(bridge));
        feeds.register();
    }

    @AfterEach
    void tearDown() throws Exception {
        feeds.close();
        bridge.close();
        writer.close();
    }

    @Test
    void unpinnedRouterReportsThePresentedKeyAsNotPinned() throws Exception {
        writeDevice(null);
        final Netconf status = await(found -> found.isPresent()
            && found.orElseThrow().getHostKeyCheck() == Netconf.HostKeyCheck.NotPinned);
        assertEquals(PRESENTED, status.getHostKeySha256());
        assertNull(endpoints.get("r1").hostKeySha256());
    }

    @Test
    void pinnedKeyReachesTheSouthboundAndAMismatchIsReportedWithBothKeys() throws Exception {
        writeDevice(PINNED);
        final Netconf status = await(found -> found.isPresent()
            && found.orElseThrow().getHostKeyCheck() == Netconf.HostKeyCheck.Mismatched);
        assertEquals(PINNED, endpoints.get("r1").hostKeySha256());
        assertEquals(PRESENTED, status.getHostKeySha256());
        assertEquals(Netconf.SessionState.Failed, status.getSessionState());
        assertEquals(HostKeyMismatch.VALUE, status.getReasonCode());
        // the sentence shows both keys, which the operator compares
        assertEquals("unreachable: host key " + PRESENTED + " does not match the pinned " + PINNED,
            status.getLastPushResult());
    }

    private void writeDevice(final @Nullable String pin) throws Exception {
        mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Devices.class).child(Device.class, new DeviceKey(new DeviceRef("r1"))).build(),
            new DeviceBuilder()
                .setName(new DeviceRef("r1"))
                .setNetconf(new NetconfBuilder()
                    .setHost(IetfInetUtil.hostFor("127.0.0.1"))
                    .setUsername("admin")
                    .setHostKeySha256(pin)
                    .build())
                .build()));
    }

    private Netconf await(final java.util.function.Predicate<Optional<Netconf>> condition) throws Exception {
        final Instant deadline = Instant.now().plusSeconds(20);
        Optional<Netconf> current = read();
        while (!condition.test(current) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            current = read();
        }
        assertTrue(condition.test(current), "status: " + current);
        return current.orElseThrow();
    }

    private Optional<Netconf> read() throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.devicePath("r1").child(Netconf.class));
    }
}
