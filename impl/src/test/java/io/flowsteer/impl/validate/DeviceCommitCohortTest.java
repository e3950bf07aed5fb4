/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Throwables;
import io.flowsteer.impl.config.SecretOpener;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.flowsteer.impl.testing.TestSecrets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javax.crypto.BadPaddingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Secret;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.NetconfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.StaticRoutesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.VrfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.vrf.RouteBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.DomainName;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Host;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddress;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Address;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Prefix;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * The router checks at commit on the in-memory MD-SAL broker: a router no router could use is refused whole, naming
 * the router and the field, and nothing is stored; a good router commits.
 */
class DeviceCommitCohortTest {
    private InMemoryMdsal mdsal;
    private DeviceCommitCohort cohort;

    @BeforeEach
    void start() {
        mdsal = new InMemoryMdsal();
        cohort = new DeviceCommitCohort(mdsal.domDataBroker(), mdsal.serializer());
        cohort.register();
    }

    @AfterEach
    void stop() {
        cohort.close();
    }

    @Test
    void aGoodRouterCommits() throws Exception {
        put(bgp("pe1", "192.0.2.1"));
        assertTrue(read("pe1").isPresent());
    }

    @Test
    void peerAddressesMustBeUnicast() throws Exception {
        assertEquals(CommitRefusal.MARKER + "device 'pe1', field bgp/peer-address: 0.0.0.0 is the unspecified"
            + " address; give the router's own address", refusal(bgp("pe1", "0.0.0.0")));
        assertTrue(refusal(bgp("pe1", "224.0.0.5")).endsWith("224.0.0.5 is a multicast address; a unicast address is"
            + " needed"));
        assertTrue(refusal(bgp("pe1", "255.255.255.255")).contains("is the broadcast address"));
        assertEquals(Optional.empty(), read("pe1"));
    }

    @Test
    void anUnknownDriverIsRefused() throws Exception {
        final Device device = new DeviceBuilder().setName(new DeviceRef("pe2")).setNetconf(new NetconfBuilder()
            .setHost(new Host(new IpAddress(new Ipv4Address("192.0.2.2")))).setUsername("admin").setDriver("junos")
            .build()).build();
        assertTrue(refusal(device).contains("device 'pe2', field netconf/driver: there is no driver called 'junos'"));
    }

    @Test
    void theIetfSrPolicyDriverIsKnownAndNeedsAnIpAddressAsHost() throws Exception {
        final Device named = new DeviceBuilder().setName(new DeviceRef("pe9")).setNetconf(new NetconfBuilder()
            .setHost(new Host(new DomainName("pe9.example.net"))).setUsername("admin").setDriver("ietf-sr-policy")
            .build()).build();
        final String refusal = refusal(named);
        assertTrue(refusal.contains("device 'pe9', field netconf/host: driver ietf-sr-policy needs the router's IP"
            + " address here"), refusal);
        assertFalse(refusal.contains("netconf/driver"), refusal);
        put(new DeviceBuilder(named).setNetconf(new NetconfBuilder(named.getNetconf())
            .setHost(new Host(new IpAddress(new Ipv4Address("192.0.2.9")))).build()).build());
        assertTrue(read("pe9").isPresent());
    }

    @Test
    void staticRoutesNeedUnicastNextHopsAndPrefixesWithoutHostBits() throws Exception {
        final Device device = new DeviceBuilder().setName(new DeviceRef("pe3")).build();
        put(device);
        final Device bad = new DeviceBuilder(device).setStaticRoutes(new StaticRoutesBuilder().setVrf(
            BindingMap.of(new VrfBuilder().setName("default").setRoute(BindingMap.of(new RouteBuilder()
                .setPrefix(new IpPrefix(new Ipv4Prefix("198.51.100.7/24")))
                .setNextHop(Set.of(new IpAddressNoZone(new Ipv4AddressNoZone("239.1.1.1")))).build())).build()))
            .build()).build();
        final String message = refusal(bad);
        assertTrue(message.contains("route[198.51.100.7/24]/prefix: 198.51.100.7/24 has bits set after its first"
            + " 24; did you mean 198.51.100.0/24?"), message);
        assertTrue(message.contains("/next-hop: 239.1.1.1 is a multicast address"), message);
    }

    @Test
    void secretsThatWereNotSealedAreRefusedWithoutShowingThem() throws Exception {
        final Device device = new DeviceBuilder(bgp("pe4", "192.0.2.4")).setNetconf(new NetconfBuilder()
            .setHost(new Host(new IpAddress(new Ipv4Address("192.0.2.4")))).setUsername("admin")
            .setPassword(new Secret("in clear")).setPrivateKey(TestSecrets.seal("key")).build()).build();
        final String message = refusal(new DeviceBuilder(device).setBgp(new BgpBuilder(device.getBgp())
            .setTcpMd5Key(new Secret("md5 in clear")).build()).build());
        assertTrue(message.contains("device 'pe4', field bgp/tcp-md5-key: was not sealed: write secrets through"
            + " RESTCONF, which seals them before they are stored"), message);
        assertTrue(message.contains("field netconf/password: was not sealed"), message);
        assertFalse(message.contains("netconf/private-key"), message);
        assertFalse(message.contains("in clear"), message);
        assertEquals(Optional.empty(), read("pe4"));
        final Device sealed = new DeviceBuilder(device).setNetconf(new NetconfBuilder(device.getNetconf())
            .setPassword(TestSecrets.seal("in clear")).build()).build();
        put(sealed);
        assertEquals(sealed.getNetconf().getPassword(), read("pe4").orElseThrow().getNetconf().getPassword());
    }

    @Test
    void aSecretSealedWithAnotherKeyDoesNotOpenAndTheMessageSaysWhatToDo() {
        final var other = new SecretOpener(input -> {
            throw new BadPaddingException("wrong key");
        });
        final IllegalArgumentException wrongKey = assertThrows(IllegalArgumentException.class,
            () -> other.open("pe5", "netconf/password", TestSecrets.seal("s3cret")));
        assertEquals("device pe5: netconf/password cannot be read, it was sealed with another controller's key (a"
            + " configuration copied from elsewhere?); write it again through RESTCONF", wrongKey.getMessage());
        assertEquals("s3cret", TestSecrets.opener().open("pe5", "netconf/password", TestSecrets.seal("s3cret")));
    }

    private static Device bgp(final String name, final String peer) {
        return new DeviceBuilder().setName(new DeviceRef(name)).setBgp(new BgpBuilder()
            .setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone(peer))).setPeerAs(Uint32.valueOf(65001))
            .build()).build();
    }

    private String refusal(final Device device) {
        final ExecutionException failure = assertThrows(ExecutionException.class, () -> put(device));
        return Throwables.getCausalChain(failure).stream().filter(DataValidationFailedException.class::isInstance)
            .findFirst().orElseThrow(() -> new AssertionError("no validation failure in " + failure)).getMessage();
    }

    private void put(final Device device) throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, path(device.getName()
            .getValue()), device));
    }

    private Optional<Device> read(final String name) throws Exception {
        return mdsal.read(LogicalDatastoreType.CONFIGURATION, path(name));
    }

    private static InstanceIdentifier<Device> path(final String name) {
        return InstanceIdentifier.builder(Devices.class).child(Device.class, new DeviceKey(new DeviceRef(name)))
            .build();
    }
}
