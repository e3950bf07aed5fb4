/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.error.EncodeException;
import java.util.List;
import java.util.Objects;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An FSv1 flow specification NLRI (RFC 8955 section 4, RFC 8956 section 3; VPN form with route distinguisher,
 * RFC 8955 section 8). Components are in strictly increasing type order (RFC 8955 section 4.2).
 *
 * @param afi IPv4 (RFC 8955) or IPv6 (RFC 8956)
 * @param routeDistinguisher the RD of a VPN flowspec NLRI (SAFI 134), null for SAFI 133
 * @param components at least one component, types strictly increasing
 */
public record Fsv1Nlri(@NonNull Afi afi, @Nullable RouteDistinguisher routeDistinguisher,
        @NonNull List<FlowComponent> components) implements FlowspecNlri {
    /**
     * Checks component order and family constraints.
     *
     * @param afi address family
     * @param routeDistinguisher RD or null
     * @param components the components
     * @throws EncodeException when the components cannot be carried in one NLRI
     */
    public Fsv1Nlri {
        Objects.requireNonNull(afi);
        components = List.copyOf(components);
        final String error = checkComponents(afi, components);
        if (error != null) {
            throw new EncodeException(error);
        }
    }

    /**
     * Convenience constructor for a non-VPN NLRI.
     *
     * @param afi address family
     * @param components the components
     */
    public Fsv1Nlri(final @NonNull Afi afi, final @NonNull FlowComponent... components) {
        this(afi, null, List.of(components));
    }

    static @Nullable String checkComponents(final Afi afi, final List<FlowComponent> components) {
        if (components.isEmpty()) {
            return "flowspec NLRI has no components";
        }
        int previous = 0;
        for (FlowComponent component : components) {
            final ComponentType type = component.type();
            if (type.fsv1Code() <= previous) {
                return type.fieldName() + " component out of order: types must be strictly increasing";
            }
            previous = type.fsv1Code();
            final String error = checkFamily(afi, component);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    static @Nullable String checkFamily(final Afi afi, final FlowComponent component) {
        if (component instanceof IpPrefixComponent prefix && prefix.afi() != afi) {
            return prefix.type().fieldName() + " is " + prefix.afi() + " in an " + afi + " NLRI";
        }
        if (afi == Afi.IPV4 && component.type() == ComponentType.FLOW_LABEL) {
            return "flow label component is IPv6 only";
        }
        if (afi == Afi.IPV6 && component instanceof BitmaskComponent bitmask
            && bitmask.type() == ComponentType.FRAGMENT) {
            for (BitmaskTerm term : bitmask.terms()) {
                if ((term.mask() & BitmaskComponent.FRAGMENT_DF) != 0) {
                    return "fragment DF bit is not defined for IPv6";
                }
            }
        }
        return null;
    }
}
