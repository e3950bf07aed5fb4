/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import java.util.List;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;

/**
 * Checks of {@code flowsteer-devices:bgp-speaker} beyond its code points: the BGP Identifier is a unicast address
 * other than 0.0.0.0 (RFC 6286 section 2.1 allows any non-zero value, but routers log and compare it as an
 * address), the listen port is not 0, and the listen address is not multicast or broadcast (the unspecified
 * address means every local address and is allowed).
 */
public final class SpeakerChecks {
    private SpeakerChecks() {
        // static checks only
    }

    /**
     * Adds what is wrong with a speaker configuration.
     *
     * @param speaker the configuration as it would be stored
     * @param errors where to add each problem, naming the field
     */
    public static void check(final BgpSpeaker speaker, final List<String> errors) {
        final EntryProblems problems = new EntryProblems("bgp-speaker");
        if (speaker.getRouterId() != null) {
            problems.unicast("router-id", new IpAddressNoZone(speaker.getRouterId()));
        }
        problems.port("listen-port", speaker.getListenPort());
        final IpAddressNoZone listen = speaker.getListenAddress();
        if (listen != null) {
            final String problem = Addresses.unicast(listen.stringValue());
            if (problem != null && !problem.contains("unspecified")) {
                problems.add("listen-address", problem);
            }
        }
        errors.addAll(problems.list());
    }
}
