/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import io.flowsteer.impl.config.ConfigFollower;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guards in force now: the operator's {@code guards} settings and the network's own addresses, which it follows
 * from the router configuration ({@link ConfigFollower}): each router's BGP {@code peer-address} and
 * {@code local-address}, its NETCONF {@code host} when that is an IP address, and the speaker's
 * {@code listen-address} unless it is 0.0.0.0 or ::. The rule commit cohort reads {@link #get()} at each commit;
 * the guards and device commit cohorts ask what a change would bring ({@link #with(GuardSettings)},
 * {@link #newlyProtected(String, Device)}) to hold the stored rules against it ({@link GuardRecheck}).
 * Thread-safe: changes come from the datastore's listener threads.
 */
public final class CurrentGuards implements ConfigFollower {
    private static final Logger LOG = LoggerFactory.getLogger(CurrentGuards.class);
    private static final String DEFAULT_LISTEN = "127.0.0.1";

    private final Map<String, List<ProtectedPrefix>> routers = new TreeMap<>();
    private final Map<String, ProtectedPrefix> speaker = new HashMap<>();
    private GuardSettings settings = GuardSettings.DEFAULT;
    private volatile @NonNull RuleGuards current = RuleGuards.DEFAULT;

    /**
     * The guards in force.
     *
     * @return an immutable value
     */
    public @NonNull RuleGuards get() {
        return current;
    }

    /**
     * The operator's {@code guards} changed.
     *
     * @param newSettings the settings now
     */
    public synchronized void settings(final @NonNull GuardSettings newSettings) {
        settings = newSettings;
        update();
        LOG.info("Safety guards changed: protected prefixes {}, discard and rate-limit rules need force below IPv4"
            + " /{} and IPv6 /{}", current.protectedPrefixes().size(), current.ipv4Shortest(),
            current.ipv6Shortest());
    }

    @Override
    public synchronized void onSpeaker(final @Nullable BgpSpeaker bgpSpeaker) {
        speaker.clear();
        if (bgpSpeaker != null) {
            final IpAddressNoZone listen = bgpSpeaker.getListenAddress();
            final String text = listen == null ? DEFAULT_LISTEN : listen.stringValue();
            if (!"0.0.0.0".equals(text) && !"::".equals(text)) {
                final ProtectedPrefix prefix = ProtectedPrefix.host(text, "the BGP speaker's listen address");
                if (prefix != null) {
                    speaker.put("listen-address", prefix);
                }
            }
        }
        update();
    }

    @Override
    public synchronized void onDevice(final @NonNull String name, final @Nullable Device device) {
        if (device == null) {
            routers.remove(name);
        } else {
            routers.put(name, own(name, device));
        }
        update();
    }

    /**
     * The guards a change of the operator's {@code guards} would bring, with the network's addresses as they are.
     *
     * @param candidate the settings as they would be
     * @return the guards then in force
     */
    public synchronized @NonNull RuleGuards with(final @NonNull GuardSettings candidate) {
        return build(candidate);
    }

    /**
     * The router's own addresses a change of its configuration would protect that are not protected now.
     *
     * @param name the router
     * @param device its configuration as it would be
     * @return the addresses it adds, empty when the routers' addresses are not protected
     */
    public synchronized @NonNull List<ProtectedPrefix> newlyProtected(final @NonNull String name,
            final @NonNull Device device) {
        if (!settings.protectRouterAddresses()) {
            return List.of();
        }
        final List<ProtectedPrefix> now = routers.getOrDefault(name, List.of());
        return own(name, device).stream()
            .filter(prefix -> now.stream().noneMatch(held -> held.text().equals(prefix.text()))).toList();
    }

    private static List<ProtectedPrefix> own(final String name, final Device device) {
        final List<ProtectedPrefix> own = new ArrayList<>(3);
        final var bgp = device.getBgp();
        if (bgp != null) {
            add(own, bgp.getPeerAddress(), "the BGP peer address of router " + name);
            add(own, bgp.getLocalAddress(), "the speaker's BGP local address towards router " + name);
        }
        final var netconf = device.getNetconf();
        if (netconf != null && netconf.getHost() != null) {
            // a host name is not an address, and not protected
            final ProtectedPrefix prefix = ProtectedPrefix.host(netconf.getHost().stringValue(),
                "the NETCONF address of router " + name);
            if (prefix != null) {
                own.add(prefix);
            }
        }
        return List.copyOf(own);
    }

    private static void add(final List<ProtectedPrefix> out, final @Nullable IpAddressNoZone address,
            final String what) {
        if (address != null) {
            final ProtectedPrefix prefix = ProtectedPrefix.host(address.stringValue(), what);
            if (prefix != null) {
                out.add(prefix);
            }
        }
    }

    private void update() {
        current = build(settings);
    }

    private RuleGuards build(final GuardSettings from) {
        final List<ProtectedPrefix> all = new ArrayList<>(from.configured());
        if (from.protectRouterAddresses()) {
            all.addAll(speaker.values());
            routers.values().forEach(all::addAll);
        }
        return new RuleGuards(all, from.ipv4Shortest(), from.ipv6Shortest());
    }
}
