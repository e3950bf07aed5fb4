/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.guard.ProtectedPrefix;
import io.flowsteer.impl.guard.RuleGuards;
import io.flowsteer.impl.testing.EngineHarness;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.input.batch.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.input.batch.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.Batch;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.OnDeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.RefusedKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.on.device.RuleVerdictKey;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Decimal64;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Issue 15 item 8: {@code preview-rule} with a batch, on the engine over the in-memory MD-SAL broker. A rule a
 * commit would refuse is listed with the refusal and left out; the others get each router's verdict.
 */
class BatchPreviewTest {
    @Test
    void aBatchListsWhatACommitWouldRefuseAndEachRoutersVerdictOnTheRest() throws Exception {
        try (EngineHarness harness = new EngineHarness(new ReconnectPolicy(Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(2)), event -> { })) {
            harness.mdsal().write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
                InstanceIdentifier.builder(Devices.class).child(
                    org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.class,
                    new DeviceKey(new DeviceRef("edge"))).build(),
                new DeviceBuilder().setName(new DeviceRef("edge")).setBgp(new BgpBuilder().setPassive(true)
                    .setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("192.0.2.9")))
                    .setPeerAs(Uint32.valueOf(65009)).build()).build()));
            final RuleGuards guards = new RuleGuards(List.of(ProtectedPrefix.host("192.0.2.9", "edge's peer")), 8,
                32);
            // the router is known to the engine once a dry run names it
            Batch batch = null;
            for (int attempt = 0; attempt < 100 && (batch == null || batch.getOnDevice() == null); attempt++) {
                Thread.sleep(50);
                batch = BatchPreview.run(List.of(discard("near-edge", "192.0.2.0/28"),
                    discard("customer", "203.0.113.0/24")), new RuleCompiler(), guards, harness.engine())
                    .get(10, TimeUnit.SECONDS);
            }
            assertEquals(Set.of(new RefusedKey("near-edge")), batch.nonnullRefused().keySet());
            assertTrue(batch.nonnullRefused().get(new RefusedKey("near-edge")).getError().iterator().next()
                .contains("protected prefix 192.0.2.9/32 (edge's peer)"));
            final var edge = batch.nonnullOnDevice().get(new OnDeviceKey(new DeviceRef("edge")));
            assertEquals(Set.of(new RuleVerdictKey("customer")), edge.nonnullRuleVerdict().keySet());
            assertEquals(RuleState.Installed, edge.nonnullRuleVerdict().get(new RuleVerdictKey("customer")).getState());
        }
    }

    private static Rule discard(final String name, final String prefix) {
        return new RuleBuilder(Rules.dns(name, prefix).build()).setName(name).setActions(new ActionsBuilder()
            .setTrafficRateBytes(new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("0")).build()).build())
            .build();
    }
}
