/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which status entries exist, as the writer's own changes made them: the writer is the only writer of
 * operational status, so it knows without reading the datastore. A change for a rule or router whose entry is
 * gone (deleted by an earlier change in the queue) is skipped instead of bringing the entry back or failing on a
 * missing parent. Reads inside the batch transaction would cost a snapshot of every pending write each time.
 *
 * <p>Used by the writer's thread only. Changes made while a batch is being built are journalled, so that a batch
 * the datastore refuses is {@link #rollback() rolled back} here too.
 */
final class StatusState {
    private record Undo(Set<String> set, String key, boolean wasPresent) {
    }

    private final Set<String> rules = new HashSet<>();
    private final Set<String> devices = new HashSet<>();
    private final Set<String> received = new HashSet<>();
    private final List<Undo> journal = new ArrayList<>();

    /**
     * Keeps the changes since the last commit or rollback.
     */
    void commit() {
        journal.clear();
    }

    /**
     * Undoes the changes since the last commit or rollback.
     */
    void rollback() {
        for (int i = journal.size() - 1; i >= 0; i--) {
            final Undo undo = journal.get(i);
            if (undo.wasPresent()) {
                undo.set().add(undo.key());
            } else {
                undo.set().remove(undo.key());
            }
        }
        journal.clear();
    }

    /**
     * Forgets every entry, as when the whole status was deleted.
     */
    void clear() {
        for (Set<String> set : List.of(rules, devices, received)) {
            for (String key : List.copyOf(set)) {
                remove(set, key);
            }
        }
    }

    boolean hasRule(final String rule) {
        return rules.contains(rule);
    }

    void addRule(final String rule) {
        add(rules, rule);
    }

    boolean removeRule(final String rule) {
        return remove(rules, rule);
    }

    boolean hasDevice(final String device) {
        return devices.contains(device);
    }

    void addDevice(final String device) {
        add(devices, device);
    }

    void removeDevice(final String device) {
        remove(devices, device);
        remove(received, device);
    }

    boolean hasReceived(final String device) {
        return received.contains(device);
    }

    void addReceived(final String device) {
        add(devices, device);
        add(received, device);
    }

    void removeReceived(final String device) {
        remove(received, device);
    }

    private void add(final Set<String> set, final String key) {
        if (set.add(key)) {
            journal.add(new Undo(set, key, false));
        }
    }

    private boolean remove(final Set<String> set, final String key) {
        if (set.remove(key)) {
            journal.add(new Undo(set, key, true));
            return true;
        }
        return false;
    }
}
