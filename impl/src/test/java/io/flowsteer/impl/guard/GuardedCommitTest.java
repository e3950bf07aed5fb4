/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Throwables;
import io.flowsteer.impl.compile.CurrentCompiler;
import io.flowsteer.impl.compile.RuleCommitCohort;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.testing.Await;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.flowsteer.impl.validate.CommitRefusal;
import io.flowsteer.impl.validate.DeviceCommitCohort;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Guards;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.GuardsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.guards.BlastRadiusBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.guards.ProtectedPrefixBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Decimal64;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * The guards at commit, on the in-memory MD-SAL broker: a guarded rule is refused naming the rule, the protected
 * prefix and {@code force}, and nothing is stored; a forced rule is stored; the operator's {@code guards} apply once
 * written.
 */
class GuardedCommitTest {
    private InMemoryMdsal mdsal;
    private CurrentGuards guards;
    private RuleCommitCohort cohort;
    private GuardSettingsListener settings;
    private StoredRules stored;
    private GuardsCommitCohort guardsCohort;
    private DeviceCommitCohort deviceCohort;

    @BeforeEach
    void start() {
        mdsal = new InMemoryMdsal();
        guards = new CurrentGuards();
        guards.onDevice("pe1", new DeviceBuilder().setName(new DeviceRef("pe1")).setBgp(new BgpBuilder()
            .setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("192.0.2.1"))).setPeerAs(Uint32.valueOf(65001))
            .build()).build());
        cohort = new RuleCommitCohort(mdsal.domDataBroker(), mdsal.serializer(), new CurrentCompiler(), guards);
        cohort.register();
        settings = new GuardSettingsListener(mdsal.dataBroker(), guards);
        settings.register();
        stored = new StoredRules(mdsal.dataBroker());
        stored.register();
        final GuardRecheck recheck = new GuardRecheck(guards, stored);
        guardsCohort = new GuardsCommitCohort(mdsal.domDataBroker(), mdsal.serializer(), recheck);
        guardsCohort.register();
        deviceCohort = new DeviceCommitCohort(mdsal.domDataBroker(), mdsal.serializer(), recheck);
        deviceCohort.register();
    }

    @AfterEach
    void stop() {
        deviceCohort.close();
        guardsCohort.close();
        stored.close();
        settings.close();
        cohort.close();
    }

    @Test
    void aDiscardOfARoutersAddressIsRefusedAndNotStored() throws Exception {
        final String message = refusal(discard("drop-pe1", "192.0.2.0/24", false));
        assertEquals(CommitRefusal.MARKER + "rule drop-pe1: match/destination-prefix 192.0.2.0/24 covers protected"
            + " prefix 192.0.2.1/32 (the BGP peer address of router pe1), and the rule discards it"
            + " (actions/traffic-rate-bytes rate 0); no rule may discard, rate-limit to zero or redirect traffic to"
            + " a protected prefix; set force to true on the rule to accept it anyway", message);
        assertEquals(Optional.empty(), Rules.read(mdsal, "drop-pe1"));
    }

    @Test
    void aForcedRuleIsStored() throws Exception {
        Rules.put(mdsal, discard("drop-pe1", "192.0.2.0/24", true));
        assertTrue(Rules.read(mdsal, "drop-pe1").isPresent());
    }

    @Test
    void aDeletedRouterIsNoLongerProtected() throws Exception {
        guards.onDevice("pe1", null);
        Rules.put(mdsal, discard("drop-pe1", "192.0.2.0/24", false));
        assertTrue(Rules.read(mdsal, "drop-pe1").isPresent());
    }

    @Test
    void theOperatorsPrefixesAndBlastRadiusApplyOnceWritten() throws Exception {
        mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.create(Guards.class),
            new GuardsBuilder().setProtectedPrefix(BindingMap.of(new ProtectedPrefixBuilder()
                .setPrefix(new IpPrefix("198.51.100.53/32")).setDescription("DNS resolvers").build()))
                .setBlastRadius(new BlastRadiusBuilder().setIpv4ShortestPrefix(Uint8.valueOf(16)).build()).build()));
        Await.await(() -> guards.get().ipv4Shortest() == 16);
        assertTrue(refusal(discard("drop-dns-2", "198.51.100.0/24", false))
            .contains("covers protected prefix 198.51.100.53/32 (DNS resolvers, guards/protected-prefix)"));
        assertTrue(refusal(discard("wide", "10.0.0.0/12", false)).contains("covers 2^20 addresses; guards/blast-radius"
            + " lets a rule that discards cover at most an IPv4 /16"));

        mdsal.write(tx -> tx.merge(LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.create(Guards.class),
            new GuardsBuilder().setProtectRouterAddresses(false).build()));
        Await.await(() -> guards.get().protectedPrefixes().size() == 1);
        final Rule pe1 = discard("drop-pe1", "192.0.2.0/24", false);
        mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, Rules.path(pe1.getName()), pe1));
        assertTrue(Rules.read(mdsal, "drop-pe1").isPresent(), "the routers' own addresses are no longer protected");
    }

    @Test
    void aGuardChangeAStoredRuleWouldBreakIsRefusedUntilTheRuleIsForced() throws Exception {
        Rules.put(mdsal, discard("drop-dns", "198.51.100.0/24", false));
        Await.await(() -> stored.unforced().size() == 1);
        final Guards dns = new GuardsBuilder().setProtectedPrefix(BindingMap.of(new ProtectedPrefixBuilder()
            .setPrefix(new IpPrefix("198.51.100.53/32")).setDescription("DNS resolvers").build())).build();
        final InstanceIdentifier<Guards> path = InstanceIdentifier.create(Guards.class);

        assertEquals(CommitRefusal.MARKER + "guards: stored rule drop-dns has no force and the guards as changed"
            + " would refuse it: match/destination-prefix 198.51.100.0/24 covers protected prefix 198.51.100.53/32"
            + " (DNS resolvers, guards/protected-prefix), and the rule discards it (actions/traffic-rate-bytes rate"
            + " 0); no rule may discard, rate-limit to zero or redirect traffic to a protected prefix; set force to"
            + " true on the rule or change it before changing the guards",
            refusal(() -> mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, path, dns))));
        assertEquals(Optional.empty(), mdsal.read(LogicalDatastoreType.CONFIGURATION, path));
        assertTrue(refusal(() -> mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, path,
            new GuardsBuilder().setBlastRadius(new BlastRadiusBuilder().setIpv4ShortestPrefix(Uint8.valueOf(25))
                .build()).build())))
            .contains("stored rule drop-dns has no force and the guards as changed would refuse it:"
                + " match/destination-prefix 198.51.100.0/24 covers 2^8 addresses"), "the blast radius too");

        Rules.put(mdsal, discard("drop-dns", "198.51.100.0/24", true));
        Await.await(() -> stored.unforced().isEmpty());
        mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, path, dns));
        assertEquals(dns.getProtectedPrefix(), mdsal.read(LogicalDatastoreType.CONFIGURATION, path).orElseThrow()
            .getProtectedPrefix());
    }

    @Test
    void aRouterWhoseAddressAStoredRuleDiscardsIsRefusedUntilTheRuleIsForced() throws Exception {
        Rules.put(mdsal, discard("drop-customer", "203.0.113.0/24", false));
        Await.await(() -> stored.unforced().size() == 1);
        final var pe2 = new DeviceBuilder().setName(new DeviceRef("pe2")).setBgp(new BgpBuilder()
            .setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("203.0.113.1")))
            .setPeerAs(Uint32.valueOf(65002)).build()).build();
        final var path = InstanceIdentifier.create(Devices.class).child(Device.class, pe2.key());

        assertEquals(CommitRefusal.MARKER + "device 'pe2': its own addresses are protected prefixes, and stored rule"
            + " drop-customer has no force: match/destination-prefix 203.0.113.0/24 covers protected prefix"
            + " 203.0.113.1/32 (the BGP peer address of router pe2), and the rule discards it"
            + " (actions/traffic-rate-bytes rate 0); no rule may discard, rate-limit to zero or redirect traffic to a"
            + " protected prefix; set force to true on the rule or change it before adding this address (or set"
            + " guards/protect-router-addresses to false)",
            refusal(() -> mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, path,
                pe2))));
        assertEquals(Optional.empty(), mdsal.read(LogicalDatastoreType.CONFIGURATION, path));

        // a router whose addresses are already protected is not held against the rules again on every change
        guards.onDevice("pe2", pe2);
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, path, pe2));
        assertTrue(mdsal.read(LogicalDatastoreType.CONFIGURATION, path).isPresent(), "pe2 is stored");
    }

    private String refusal(final Rule rule) {
        return refusal(() -> Rules.put(mdsal, rule));
    }

    private static String refusal(final Executable write) {
        final ExecutionException failure = assertThrows(ExecutionException.class, write);
        return Throwables.getCausalChain(failure).stream()
            .filter(DataValidationFailedException.class::isInstance).map(Throwable::getMessage).findFirst()
            .orElseThrow(() -> new AssertionError("no validation failure in " + failure));
    }

    private static Rule discard(final String name, final String prefix, final boolean force) {
        return Rules.dns(name, prefix).setForce(force ? Boolean.TRUE : null).setActions(new ActionsBuilder()
            .setTrafficRateBytes(new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("0")).build()).build())
            .build();
    }
}
