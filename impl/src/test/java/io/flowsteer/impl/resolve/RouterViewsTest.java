/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static io.flowsteer.impl.resolve.Routers.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil.ipAddressNoZoneFor;

import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.capabilities.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.capabilities.RedirectToIpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.RedirectGroupPrecedence;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.EntryBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.MplsBindingSidBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.NextHopsBuilder;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint32;

class RouterViewsTest {
    @Test
    void builtInProfilesAreTheColumnsOfTheImplementationReport() {
        final Capabilities cisco = RouterViews.of(Routers.builtIn("xr", BuiltInProfile.CiscoIosXr).build(), null,
            List.of()).capabilities();
        assertFalse(cisco.ipv4Community() || cisco.ipv6Community() || cisco.redirect() || cisco.copy()
            || cisco.validation() || cisco.longestPrefixMatch() || cisco.bestPathEcmp()
            || cisco.multipleCommunitiesEcmp() || cisco.inRedirectToVrf(), "Cisco: nothing, TBD taken as no");
        final Capabilities junos = Capabilities.builtIn(BuiltInProfile.JuniperJunos);
        assertTrue(junos.ipv4Community() && junos.redirect() && junos.validation() && junos.longestPrefixMatch()
            && junos.bestPathEcmp() && junos.multipleCommunitiesEcmp() && junos.inRedirectToVrf());
        assertFalse(junos.ipv6Community() || junos.copy());
        final Capabilities huawei = Capabilities.builtIn(BuiltInProfile.HuaweiVrp);
        assertTrue(huawei.ipv4Community() && huawei.ipv6Community() && huawei.redirect() && huawei.validation()
            && huawei.longestPrefixMatch() && huawei.bestPathEcmp());
        assertFalse(huawei.copy() || huawei.multipleCommunitiesEcmp() || huawei.inRedirectToVrf());
        assertTrue(huawei.trafficRateBytes() && huawei.redirectToVrf() && huawei.trafficMarking());
        assertFalse(huawei.fsv2() || huawei.redirectToIndirectionId() || huawei.redirectLoadBalancingGroup());
        final Device plain = new DeviceBuilder().setName(new DeviceRef("plain")).build();
        assertEquals(Capabilities.FULL, RouterViews.of(plain, null, List.of()).capabilities(),
            "no profile is the YANG default, full");
    }

    @Test
    void customProfileTakesTheYangDefaultForEveryLeafNotSet() {
        final RouterView view = RouterViews.of(Routers.custom("c", new RedirectToIpBuilder().setIpv4Community(true),
            new ActionsBuilder().setFsv2(true), ActionFailure.ContinueOnFailure).build(), null, List.of());
        final Capabilities caps = view.capabilities();
        assertEquals("custom", caps.profile());
        assertTrue(caps.ipv4Community() && caps.fsv2() && caps.trafficRateBytes() && caps.redirectToVrf());
        assertFalse(caps.ipv6Community() || caps.redirect() || caps.redirectToIndirectionId());
        assertEquals(ActionFailure.ContinueOnFailure, view.actionFailure());
        assertEquals(RedirectGroupPrecedence.SituationA, view.groupPrecedence());
    }

    @Test
    void defaultVrfStaticRoutesJoinTheLearnedRoutesAndOtherVrfsStandAlone() {
        final RouterView view = RouterViews.of(Routers.builtIn("r", BuiltInProfile.Full)
            .setStaticRoutes(Routers.staticRoutes(Routers.vrf("default", null, "198.51.100.0/24", "10.0.0.9"),
                Routers.vrf("blue", "65000:100", "203.0.113.0/24", "10.1.0.1")).build()).build(), null,
            Routers.routes("198.51.100.0/24", "10.0.0.1", "0.0.0.0/0", "10.0.0.254"));
        assertEquals(List.of(address("10.0.0.1"), address("10.0.0.9")),
            view.global().lookup(address("198.51.100.7"), true).orElseThrow().nextHops());
        assertTrue(view.global().lookup(address("203.0.113.1"), true).orElseThrow().length() == 0);
        assertEquals("blue", view.vrfImporting("65000:100").orElseThrow().name());
    }

    @Test
    void indirectionTableEntriesBecomeApiEntries() {
        final RouterView view = RouterViews.of(Routers.builtIn("r", BuiltInProfile.Full).build(),
            new RouterTableBuilder().setName(new DeviceRef("r")).setEntry(BindingMap.of(
                new EntryBuilder()
                    .setIdType(new IndirectionIdType(IndirectionIdType.Enumeration.SrMplsBindingSidLabel))
                    .setId(Uint32.valueOf(5000)).setTarget(new MplsBindingSidBuilder()
                        .setMplsLabel(Uint32.valueOf(24005)).build()).build(),
                new EntryBuilder().setIdType(new IndirectionIdType(IndirectionIdType.Enumeration.LocalisedId))
                    .setId(Uint32.valueOf(7)).setTarget(new NextHopsBuilder().setNextHop(Set.of(
                        ipAddressNoZoneFor("10.0.0.2"), ipAddressNoZoneFor("10.0.0.1"))).build()).build()))
            .build(), List.of());
        assertEquals(new IndirectionTarget.MplsBindingSid(24005),
            view.indirection().entries().get(new IndirectionKey(4, 5000)).target());
        assertEquals(new IndirectionTarget.NextHops(List.of(address("10.0.0.1"), address("10.0.0.2"))),
            view.indirection().entries().get(new IndirectionKey(0, 7)).target());
    }
}
