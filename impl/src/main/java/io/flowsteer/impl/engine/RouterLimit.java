/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.BuiltIn;

/**
 * How many flowspec rules a router holds (issue 15 item 7): its {@code capability-profile/max-flowspec-rules}, or
 * else the typical value of its built-in capability profile. The typical values are conservative assumptions of
 * Flowsteer's, not vendor figures: a router's real limit depends on its line cards and software, so operators set
 * {@code max-flowspec-rules} to what their platform's documentation says.
 *
 * @param limit the most rules the router holds, at least 1
 * @param source where the limit comes from, in operator words
 */
record RouterLimit(int limit, @NonNull String source) {
    /** The typical value assumed for {@code cisco-ios-xr}. */
    static final int CISCO_IOS_XR = 3000;
    /** The typical value assumed for {@code juniper-junos}. */
    static final int JUNIPER_JUNOS = 8000;
    /** The typical value assumed for {@code huawei-vrp}. */
    static final int HUAWEI_VRP = 2000;

    RouterLimit {
        requireNonNull(source);
        if (limit < 1) {
            throw new IllegalArgumentException("a rule limit is at least 1, not " + limit);
        }
    }

    /**
     * The limit of a router.
     *
     * @param device the router's configuration
     * @return its limit, or null when it has none (profile {@code full} or custom capabilities without
     *     {@code max-flowspec-rules})
     */
    static @Nullable RouterLimit of(final @NonNull Device device) {
        final CapabilityProfile profile = device.getCapabilityProfile();
        if (profile != null && profile.getMaxFlowspecRules() != null) {
            return new RouterLimit(profile.getMaxFlowspecRules().intValue(),
                "capability-profile/max-flowspec-rules");
        }
        if (profile != null && profile.getProfile() != null && !(profile.getProfile() instanceof BuiltIn)) {
            return null;
        }
        BuiltInProfile builtIn = BuiltInProfile.Full;
        if (profile != null && profile.getProfile() instanceof BuiltIn chosen && chosen.getBuiltIn() != null) {
            builtIn = chosen.getBuiltIn();
        }
        final int typical = switch (builtIn) {
            case CiscoIosXr -> CISCO_IOS_XR;
            case JuniperJunos -> JUNIPER_JUNOS;
            case HuaweiVrp -> HUAWEI_VRP;
            case Full -> 0;
        };
        return typical == 0 ? null : new RouterLimit(typical, "the typical value Flowsteer assumes for the"
            + " built-in profile " + builtIn.getName() + "; set capability-profile/max-flowspec-rules to the"
            + " router's real limit");
    }
}
