/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Which routers a rule is for: the rule's {@code device} and {@code device-group} leaf-lists. With neither, the
 * rule is for every router that has a BGP session configured.
 *
 * @param devices routers named directly
 * @param groups device groups whose members get the rule
 */
public record RuleTarget(@NonNull Set<String> devices, @NonNull Set<String> groups) {
    /**
     * Every router with a BGP session.
     */
    public static final @NonNull RuleTarget ALL = new RuleTarget(Set.of(), Set.of());

    public RuleTarget {
        devices = Set.copyOf(devices);
        groups = Set.copyOf(groups);
    }

    /**
     * Whether the rule is for every router rather than named ones.
     *
     * @return true without devices and groups
     */
    public boolean everyRouter() {
        return devices.isEmpty() && groups.isEmpty();
    }

    /**
     * Whether a router gets the rule.
     *
     * @param device the router's name
     * @param deviceGroups the groups it belongs to
     * @param hasBgp whether it has a BGP session configured
     * @return true when the rule targets it
     */
    public boolean includes(final @NonNull String device, final @NonNull Set<String> deviceGroups,
            final boolean hasBgp) {
        if (everyRouter()) {
            return hasBgp;
        }
        if (devices.contains(device)) {
            return true;
        }
        for (String group : deviceGroups) {
            if (groups.contains(group)) {
                return true;
            }
        }
        return false;
    }
}
