/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

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
     * An NLRI as a key of the two maps, with its hash and family worked out once: an NLRI's own hash walks every
     * component it holds, and a sync of the whole Adj-RIB-Out (a new session, ROUTE-REFRESH) looks every NLRI up in
     * both maps.
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

    /**
     * What one {@link #change} did, for the {@link #sync(Change, Set, UpdateMessageEncoder, SessionEncoding,
     * Predicate)} that sends it.
     *
     * @param keys the NLRIs the change named, each once, in the order named
     * @param gone the routes no longer wanted as they were: withdrawn, or put with other attributes
     */
    record Change(@NonNull List<Key> keys, @NonNull List<FlowspecRoute> gone) {
        Change {
            keys = List.copyOf(keys);
            gone = List.copyOf(gone);
        }
    }

    private final Map<Key, RouteAttributes> wanted = new LinkedHashMap<>();
    private final Map<Key, RouteAttributes> sent = new HashMap<>();

    /**
     * Replaces the wanted routes; nothing is sent until the next {@link #sync}.
     *
     * @param routes the routes, in the order to advertise them
     * @return how many NLRIs are wanted
     */
    int want(final @NonNull Collection<FlowspecRoute> routes) {
        wanted.clear();
        for (FlowspecRoute route : routes) {
            wanted.put(new Key(route.nlri()), route.attributes());
        }
        return wanted.size();
    }

    /**
     * Changes some wanted routes: the NLRIs withdrawn go, then the routes put replace those of the same NLRI (a new
     * NLRI is advertised after those wanted before). Nothing is sent until the next sync; its cost grows with the
     * change, not with the wanted routes.
     *
     * @param put the routes new or with new attributes
     * @param withdrawn the NLRIs no longer wanted
     * @return what changed, for the sync that sends it
     */
    @NonNull Change change(final @NonNull List<FlowspecRoute> put, final @NonNull List<FlowspecNlri> withdrawn) {
        final Map<Key, RouteAttributes> before = new LinkedHashMap<>();
        for (FlowspecNlri nlri : withdrawn) {
            // an NLRI not wanted is noted too (with no attributes): it may still have been sent
            final Key key = new Key(nlri);
            before.putIfAbsent(key, wanted.remove(key));
        }
        for (FlowspecRoute route : put) {
            final Key key = new Key(route.nlri());
            final RouteAttributes had = wanted.put(key, route.attributes());
            if (!before.containsKey(key)) {
                before.put(key, had);
            }
        }
        final List<FlowspecRoute> gone = new ArrayList<>();
        before.forEach((key, had) -> {
            if (had != null && !had.equals(wanted.get(key))) {
                gone.add(new FlowspecRoute(key.nlri, had));
            }
        });
        return new Change(new ArrayList<>(before.keySet()), gone);
    }

    /**
     * The wanted routes.
     *
     * @return every wanted route, in the order to advertise them
     */
    @NonNull List<FlowspecRoute> wanted() {
        final List<FlowspecRoute> out = new ArrayList<>(wanted.size());
        wanted.forEach((key, attributes) -> out.add(new FlowspecRoute(key.nlri, attributes)));
        return out;
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
        final Map<BgpFamily, Map<RouteAttributes, List<Key>>> groups = new LinkedHashMap<>();
        for (var entry : wanted.entrySet()) {
            final BgpFamily family = entry.getKey().family;
            if (families.contains(family) && (all || !entry.getValue().equals(sent.get(entry.getKey())))
                    && sendable.test(new FlowspecRoute(entry.getKey().nlri, entry.getValue()))) {
                groups.computeIfAbsent(family, f -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.getValue(), a -> new ArrayList<>()).add(entry.getKey());
            }
        }
        return updates(withdrawals, groups, encoder, encoding);
    }

    /**
     * Works out what the peer lacks of one change's NLRIs alone, as {@link #sync(Set, boolean, UpdateMessageEncoder,
     * SessionEncoding, Predicate)} would for them: a sync in proportion to the change. It brings the session in
     * line when every earlier change was synced too (or a full sync came after it).
     *
     * @param change the change, from {@link #change}
     * @param families the families to bring in line
     * @param encoder the UPDATE encoder
     * @param encoding what the session negotiated
     * @param sendable whether a wanted route may be sent now
     * @return the withdrawals first, then the advertisements
     */
    @NonNull Updates sync(final @NonNull Change change, final @NonNull Set<BgpFamily> families,
            final @NonNull UpdateMessageEncoder encoder, final @NonNull SessionEncoding encoding,
            final @NonNull Predicate<FlowspecRoute> sendable) {
        final Map<BgpFamily, List<FlowspecNlri>> withdrawals = new LinkedHashMap<>();
        final Map<BgpFamily, Map<RouteAttributes, List<Key>>> groups = new LinkedHashMap<>();
        for (Key key : change.keys()) {
            if (!families.contains(key.family)) {
                continue;
            }
            final RouteAttributes want = wanted.get(key);
            final RouteAttributes had = sent.get(key);
            if (want == null || !sendable.test(new FlowspecRoute(key.nlri, want))) {
                if (had != null) {
                    withdrawals.computeIfAbsent(key.family, f -> new ArrayList<>()).add(key.nlri);
                    sent.remove(key);
                }
            } else if (!want.equals(had)) {
                groups.computeIfAbsent(key.family, f -> new LinkedHashMap<>())
                    .computeIfAbsent(want, a -> new ArrayList<>()).add(key);
            }
        }
        return updates(withdrawals, groups, encoder, encoding);
    }

    /**
     * The UPDATEs for a sync: the withdrawals first, then the advertisements, NLRIs with equal attributes packed
     * together; the routes advertised are counted as sent.
     */
    private Updates updates(final Map<BgpFamily, List<FlowspecNlri>> withdrawals,
            final Map<BgpFamily, Map<RouteAttributes, List<Key>>> groups, final UpdateMessageEncoder encoder,
            final SessionEncoding encoding) {
        final List<OutboundMessage> updates = new ArrayList<>();
        final List<FlowspecRoute> advertised = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        for (var entry : withdrawals.entrySet()) {
            addAll(encoder.withdraw(entry.getKey(), entry.getValue(), encoding), updates);
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
