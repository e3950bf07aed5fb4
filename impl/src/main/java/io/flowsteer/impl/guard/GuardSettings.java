/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Guards;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.guards.BlastRadius;

/**
 * What the operator configured in flowsteer-flowspec {@code guards}, with the model's defaults for what is absent.
 *
 * @param configured the prefixes of {@code protected-prefix}
 * @param protectRouterAddresses whether the routers' and the speaker's own addresses are protected too
 * @param ipv4Shortest the shortest IPv4 destination prefix a discard or rate-limit rule may have without force
 * @param ipv6Shortest the same for IPv6
 */
public record GuardSettings(@NonNull List<ProtectedPrefix> configured, boolean protectRouterAddresses,
        int ipv4Shortest, int ipv6Shortest) {
    /** The blast radius default for IPv4: a prefix shorter than /8 needs force. */
    public static final int IPV4_SHORTEST = 8;
    /** The blast radius default for IPv6: a prefix shorter than /32 needs force. */
    public static final int IPV6_SHORTEST = 32;
    /** Nothing configured: the model's defaults. */
    public static final @NonNull GuardSettings DEFAULT = new GuardSettings(List.of(), true, IPV4_SHORTEST,
        IPV6_SHORTEST);

    public GuardSettings {
        configured = List.copyOf(configured);
    }

    /**
     * The settings of a {@code guards} container.
     *
     * @param guards the container, or null when it is not configured
     * @return the settings, defaults where a leaf is absent
     */
    public static @NonNull GuardSettings of(final @Nullable Guards guards) {
        if (guards == null) {
            return DEFAULT;
        }
        final List<ProtectedPrefix> configured = new ArrayList<>();
        guards.nonnullProtectedPrefix().values().forEach(entry -> {
            final String description = entry.getDescription();
            final ProtectedPrefix prefix = ProtectedPrefix.of(entry.requirePrefix().getValue(),
                description == null || description.isBlank() ? "guards/protected-prefix"
                    : description + ", guards/protected-prefix");
            if (prefix != null) {
                configured.add(prefix);
            }
        });
        final BlastRadius radius = guards.getBlastRadius();
        final Boolean routers = guards.getProtectRouterAddresses();
        return new GuardSettings(configured, routers == null || routers,
            radius == null || radius.getIpv4ShortestPrefix() == null ? IPV4_SHORTEST
                : radius.getIpv4ShortestPrefix().intValue(),
            radius == null || radius.getIpv6ShortestPrefix() == null ? IPV6_SHORTEST
                : radius.getIpv6ShortestPrefix().intValue());
    }
}
