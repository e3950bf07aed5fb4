/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfileBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.BuiltInBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.CustomBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Issue 15 item 7: where a router's rule limit comes from.
 */
class RouterLimitTest {
    @Test
    void theBuiltInProfilesCarryTypicalValuesAndFullHasNone() {
        assertEquals(3000, RouterLimit.of(builtIn(BuiltInProfile.CiscoIosXr, null)).limit());
        assertEquals(8000, RouterLimit.of(builtIn(BuiltInProfile.JuniperJunos, null)).limit());
        assertEquals(2000, RouterLimit.of(builtIn(BuiltInProfile.HuaweiVrp, null)).limit());
        assertNull(RouterLimit.of(builtIn(BuiltInProfile.Full, null)));
        assertNull(RouterLimit.of(new DeviceBuilder().setName(new DeviceRef("r")).build()));
    }

    @Test
    void theDeviceOverridesItsProfile() {
        final RouterLimit limit = RouterLimit.of(builtIn(BuiltInProfile.CiscoIosXr, 5L));
        assertEquals(5, limit.limit());
        assertEquals("capability-profile/max-flowspec-rules", limit.source());
        assertEquals(7, RouterLimit.of(new DeviceBuilder().setName(new DeviceRef("r")).setCapabilityProfile(
            new CapabilityProfileBuilder().setProfile(new CustomBuilder().build())
                .setMaxFlowspecRules(Uint32.valueOf(7)).build()).build()).limit());
        assertNull(RouterLimit.of(new DeviceBuilder().setName(new DeviceRef("r")).setCapabilityProfile(
            new CapabilityProfileBuilder().setProfile(new CustomBuilder().build()).build()).build()));
    }

    private static Device builtIn(final BuiltInProfile profile, final Long max) {
        return new DeviceBuilder().setName(new DeviceRef("r")).setCapabilityProfile(new CapabilityProfileBuilder()
            .setProfile(new BuiltInBuilder().setBuiltIn(profile).build())
            .setMaxFlowspecRules(max == null ? null : Uint32.valueOf(max)).build()).build();
    }
}
