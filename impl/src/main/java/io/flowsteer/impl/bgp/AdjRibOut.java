/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import com.google.common.collect.Maps;
import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bgp.UpdateMessageEncoder;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.NlriText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The Adj-RIB-Out of one peer, RFC 4271 sections 3.2 and 9.2: the flowspec routes wanted for it and those the
 * current session has been sent. {@link #sync} works out the UPDATEs that take the peer from the one to the other:
 * withdrawals of sent NLRIs no longer wanted, then advertisements of wanted routes that are new or changed, NLRIs
 * with equal attributes packed together by the api's UPDATE encoder. No I/O; the peer's event loop owns it.
 */
final class AdjRibOut {
    /**
     * What one sync yields.
     *
     * @param updates the UPDATE messages to send, in order
     * @param warnings what could not be advertised, in operator language
     * @param advertised the routes the UPDATEs advertise
     */
    record Updates(@NonNull List<OutboundMessage> updates, @NonNull List<String> warnings,
            @NonNull List<FlowspecRoute> advertised) {
        /**
         * Copies the lists.
         *
         * @param updates the UPDATEs
         * @param warnings the warnings
         * @param advertised the routes advertised
         */
        Updates {
            updates = List.copyOf(updates);
            warnings = List.copyOf(warnings);
            advertised = List.copyOf(advertised);
        }
    }

    /**
     * An NLRI as a key of the two maps, with its hash and family worked out once. An NLRI's own hash walks every
     * component it holds; a sync looks each NLRI up in both maps, and the engine hands over the whole set of routes
     * for every change, most of them the very NLRI objects of the time before.
     */
    private static final class Key {
        private final @NonNull FlowspecNlri nlri;
        private final @NonNull BgpFamily family;
        private final int hash;

        Key(final @NonNull FlowspecNlri nlri) {
            this.nlri = nlri;
            family = new FlowspecRoute(nlri, RouteAttributes.EMPTY).family();
            hash = nlri.hashCode();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(final Object obj) {
            return this == obj || obj instanceof Key other && hash == other.hash && nlri.equals(other.nlri);
        }
    }

    private Map<Key, RouteAttributes> wanted = new LinkedHashMap<>();
    private final Map<Key, RouteAttributes> sent = new HashMap<>();
    // the keys of the NLRI objects wanted last, found by identity (no hash of the NLRI's content)
    private Map<FlowspecNlri, Key> keys = new IdentityHashMap<>();

    /**
     * Replaces the wanted routes; nothing is sent until the next {@link #sync}.
     *
     * @param routes the routes, in the order to advertise them
     * @return how many NLRIs are wanted
     */
    int want(final @NonNull Collection<FlowspecRoute> routes) {
        final Map<Key, RouteAttributes> next = Maps.newLinkedHashMapWithExpectedSize(routes.size());
        final Map<FlowspecNlri, Key> nextKeys = new IdentityHashMap<>(routes.size());
        for (FlowspecRoute route : routes) {
            final FlowspecNlri nlri = route.nlri();
            Key key = keys.get(nlri);
            if (key == null) {
                key = new Key(nlri);
            }
            nextKeys.put(nlri, key);
            next.put(key, route.attributes());
        }
        wanted = next;
        keys = nextKeys;
        return next.size();
    }

    /**
     * How many NLRIs the current session has been sent.
     *
     * @return the count
     */
    int sentCount() {
        return sent.size();
    }

    /**
     * Forgets what was sent: a new session starts from an empty Adj-RIB-Out at the peer.
     */
    void forgetSent() {
        sent.clear();
    }

    /**
     * Works out what the peer lacks in some families and counts it as sent.
     *
     * @param families the families to bring in line, those negotiated or the one a ROUTE-REFRESH asked for
     * @param all re-send every wanted route, not only the new and changed ones, as after ROUTE-REFRESH (RFC 2918
     *     section 4) or when the session was established
     * @param encoder the UPDATE encoder
     * @param encoding what the session negotiated
     * @return the withdrawals first, then the advertisements; a group that cannot be encoded is split and the
     *     routes that still cannot be encoded are left out, each with a warning
     */
    @NonNull Updates sync(final @NonNull Set<BgpFamily> families, final boolean all,
            final @NonNull UpdateMessageEncoder encoder, final @NonNull SessionEncoding encoding) {
        return sync(families, all, encoder, encoding, route -> true);
    }

    /**
     * Works out what the peer lacks in some families, sending only the wanted routes that may be sent now: a route
     * that may not is withdrawn when the session was sent it, as if it were not wanted.
     *
     * @param families the families to bring in line
     * @param all re-send every wanted route that may be sent
     * @param encoder the UPDATE encoder
     * @param encoding what the session negotiated
     * @param sendable whether a wanted route may be sent now
     * @return the withdrawals first, then the advertisements
     */
    @NonNull Updates sync(final @NonNull Set<BgpFamily> families, final boolean all,
            final @NonNull UpdateMessageEncoder encoder, final @NonNull SessionEncoding encoding,
            final @NonNull Predicate<FlowspecRoute> sendable) {
        final List<OutboundMessage> updates = new ArrayList<>();
        final List<FlowspecRoute> advertised = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<BgpFamily, List<FlowspecNlri>> withdrawals = new LinkedHashMap<>();
        final var iterator = sent.entrySet().iterator();
        while (iterator.hasNext()) {
            final var entry = iterator.next();
            final BgpFamily family = entry.getKey().family;
            final RouteAttributes want = wanted.get(entry.getKey());
            if (families.contains(family)
                    && (want == null || !sendable.test(new FlowspecRoute(entry.getKey().nlri, want)))) {
                withdrawals.computeIfAbsent(family, f -> new ArrayList<>()).add(entry.getKey().nlri);
                iterator.remove();
            }
        }
        for (var entry : withdrawals.entrySet()) {
            addAll(encoder.withdraw(entry.getKey(), entry.getValue(), encoding), updates);
        }
        final Map<BgpFamily, Map<RouteAttributes, List<Key>>> groups = new LinkedHashMap<>();
        for (var entry : wanted.entrySet()) {
            final BgpFamily family = entry.getKey().family;
            if (families.contains(family) && (all || !entry.getValue().equals(sent.get(entry.getKey())))
                    && sendable.test(new FlowspecRoute(entry.getKey().nlri, entry.getValue()))) {
                groups.computeIfAbsent(family, f -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.getValue(), a -> new ArrayList<>()).add(entry.getKey());
            }
        }
        for (var byFamily : groups.entrySet()) {
            for (var group : byFamily.getValue().entrySet()) {
                advertise(byFamily.getKey(), group.getKey(), group.getValue(), encoder, encoding, updates, warnings);
                for (Key key : group.getValue()) {
                    if (group.getKey().equals(sent.get(key))) {
                        advertised.add(new FlowspecRoute(key.nlri, group.getKey()));
                    }
                }
            }
        }
        return new Updates(updates, warnings, advertised);
    }

    private void advertise(final BgpFamily family, final RouteAttributes attributes, final List<Key> group,
            final UpdateMessageEncoder encoder, final SessionEncoding encoding, final List<OutboundMessage> updates,
            final List<String> warnings) {
        final List<FlowspecNlri> nlris = new ArrayList<>(group.size());
        group.forEach(key -> nlris.add(key.nlri));
        try {
            addAll(encoder.advertise(family, attributes, nlris, encoding), updates);
            group.forEach(key -> sent.put(key, attributes));
        } catch (EncodeException e) {
            // one bad route must not block the others: one by one, leaving out those that fail
            warnings.add("cannot encode a group of " + group.size() + " routes (" + e.getMessage()
                + "), sending them one by one");
            for (Key key : group) {
                try {
                    addAll(encoder.advertise(family, attributes, List.of(key.nlri), encoding), updates);
                    sent.put(key, attributes);
                } catch (EncodeException single) {
                    warnings.add("not advertising " + NlriText.describe(key.nlri) + ": " + single.getMessage());
                }
            }
        }
    }

    private static void addAll(final List<byte[]> messages, final List<OutboundMessage> out) {
        for (byte[] message : messages) {
            out.add(new OutboundMessage.Update(Octets.copyOf(message)));
        }
    }
}
