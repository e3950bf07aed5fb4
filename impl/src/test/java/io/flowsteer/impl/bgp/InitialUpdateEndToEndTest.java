/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.testing.EngineHarness;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Decimal64;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * A controller that starts while a router still holds its rules from before (graceful restart helper mode, RFC 4724
 * section 4.2): the session may come up before the engine has read the stored rules, and the End-of-RIB that ends
 * its initial update must wait for them, or the router would drop every rule until the engine caught up. The engine
 * wired as in Blueprint with the Netty speaker, the order keeper registered late, as a keeper reading many stored
 * rules is.
 */
class InitialUpdateEndToEndTest {
    private static final long AS = 65000;
    private static final Duration QUIET = Duration.ofSeconds(1);

    private ScriptedPeer peer;
    private EngineHarness harness;

    @BeforeEach
    void start() throws Exception {
        peer = new ScriptedPeer();
        harness = EngineHarness.withOrderKeeperLate(new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(30), Duration.ofSeconds(2)), event -> { });
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
        peer.close();
    }

    @Test
    void endOfRibWaitsUntilTheStoredRulesAreSent() throws Exception {
        putRule("block-dns", "192.0.2.0/24");
        putRule("block-ntp", "198.51.100.0/24");
        putDevice();
        establish();
        assertTrue(peer.noUpdateWithin(QUIET), "an UPDATE before the stored rules were read");

        harness.readStoredRules();
        final List<Fsv1Nlri> sent = peer.routesUntilEndOfRib();
        assertEquals(2, sent.size(), "both stored rules before End-of-RIB: " + sent);
    }

    @Test
    void withoutStoredRulesTheInitialUpdateIsEndOfRibOnceTheyAreKnownToBeNone() throws Exception {
        putDevice();
        establish();
        assertTrue(peer.noUpdateWithin(QUIET), "End-of-RIB before the stored rules were read");

        harness.readStoredRules();
        assertEquals(List.of(), peer.routesUntilEndOfRib());
    }

    private void establish() throws Exception {
        peer.accept();
        peer.answerOpen(AS);
        await(() -> {
            final PeerStatus status = harness.bgp().status(InetAddress.getLoopbackAddress());
            return status != null && status.state() == BgpSessionState.ESTABLISHED;
        });
    }

    private void putDevice() throws Exception {
        final Device device = new DeviceBuilder().setName(new DeviceRef("r1"))
            .setBgp(new BgpBuilder().setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("127.0.0.1")))
                .setPeerPort(new PortNumber(Uint16.valueOf(peer.port()))).setPeerAs(Uint32.valueOf(AS))
                .setAddressFamily(Set.of(BgpFamily.Ipv4Flowspec)).build())
            .build();
        harness.mdsal().write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Devices.class).child(Device.class, new DeviceKey(new DeviceRef("r1"))).build(),
            device));
    }

    private void putRule(final String name, final String prefix) throws Exception {
        final Rule rule = Rules.dns(name, prefix).setActions(new ActionsBuilder()
            .setTrafficRateBytes(new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("125000")).build()).build())
            .build();
        harness.mdsal().write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(rule.getName())).build(), rule));
    }
}
