/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.impl.cluster.ControllerRecord;
import io.flowsteer.impl.compile.RuleEncoding;
import io.flowsteer.impl.status.RuleEntryNodes.RuleLeaves;
import io.flowsteer.impl.status.RuleEntryNodes.Verdict;
import java.time.Instant;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Controller;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ControllerBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.DeviceStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatusBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HexString;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.ReceivedRoutes;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.ReceivedRoutesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.FlowspecKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Unicast;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.UnicastKey;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.Gauge64;
import org.opendaylight.yangtools.yang.binding.ChildOf;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.binding.Key;
import org.opendaylight.yangtools.yang.binding.KeyAware;
import org.opendaylight.yangtools.yang.common.Uint64;

/**
 * One change to operational status, queued for the {@link StatusWriter}. Each change knows the subtree it owns
 * and writes itself into the writer's batch transaction; changes are applied in the order they were queued.
 */
sealed interface StatusChange {
    /**
     * Writes this change into a transaction on the operational datastore.
     *
     * @param tx the batch transaction
     * @param entries which entries exist once the changes before this one are applied; updated by this one
     */
    void writeTo(@NonNull StatusTransaction tx, @NonNull StatusState entries);

    /**
     * What this change is about, for an operator reading the log: the rule or router and the part of its status.
     *
     * @return the subject, such as {@code the status of rule r1 on router edge1}
     */
    @NonNull String subject();

    /**
     * A change to one rule's status entry. Within a batch the writer folds a rule's changes, in queue order, into
     * one {@link RuleDraft} and writes the entry once; written alone, a change is a draft of its own.
     */
    sealed interface RuleChange extends StatusChange {
        /**
         * The rule whose entry this changes.
         *
         * @return its name
         */
        @NonNull String ruleName();

        /**
         * Folds this change into what the batch does to the rule's entry.
         *
         * @param draft the rule's draft, holding the batch's changes before this one
         * @param entries which entries exist once the changes before this one are applied; updated by this one
         */
        void foldInto(@NonNull RuleDraft draft, @NonNull StatusState entries);

        @Override
        default void writeTo(final StatusTransaction tx, final StatusState entries) {
            final RuleDraft draft = new RuleDraft(ruleName());
            foldInto(draft, entries);
            draft.writeTo(tx);
        }
    }

    /**
     * A rule's summary status is set to a state.
     *
     * @param ruleName the rule
     * @param state its new summary state
     * @param at when the state was reached
     */
    record RuleStateChange(@NonNull String ruleName, @NonNull RuleState state, @NonNull Instant at)
            implements RuleChange {
        @Override
        public String subject() {
            return "the state of rule " + ruleName;
        }

        public RuleStateChange {
            requireNonNull(ruleName);
            requireNonNull(state);
            requireNonNull(at);
        }

        @Override
        public void foldInto(final RuleDraft draft, final StatusState entries) {
            if (entries.hasRule(ruleName)) {
                draft.state(state, at);
            }
        }
    }

    /**
     * A rule is gone from configuration, so its status goes too.
     *
     * @param ruleName the rule
     */
    record RuleRemoval(@NonNull String ruleName) implements RuleChange {
        @Override
        public String subject() {
            return "the removal of rule " + ruleName + "'s status";
        }

        public RuleRemoval {
            requireNonNull(ruleName);
        }

        @Override
        public void foldInto(final RuleDraft draft, final StatusState entries) {
            if (entries.removeRule(ruleName)) {
                draft.delete();
            }
        }
    }

    /**
     * A rule compiled and placed in the installation order: its encodings, its order key, state pending. It
     * replaces the rule's entry whole, per-device verdicts included: a re-rendered rule is resolved again on
     * every router, which writes them anew.
     *
     * @param ruleName the rule
     * @param encoding the rule's encodings, written as hex
     * @param orderKey where it sits in the installation order (a lower key goes first)
     * @param at when the rule was compiled
     */
    record RuleRendered(@NonNull String ruleName, @NonNull RuleEncoding encoding, long orderKey,
            @NonNull Instant at) implements RuleChange {
        @Override
        public String subject() {
            return "the encoding of rule " + ruleName;
        }

        public RuleRendered {
            requireNonNull(ruleName);
            requireNonNull(encoding);
            requireNonNull(at);
        }

        @Override
        public void foldInto(final RuleDraft draft, final StatusState entries) {
            entries.addRule(ruleName);
            draft.replace(new RuleLeaves(hex(encoding.nlri()),
                encoding.communities().isEmpty() ? null : encoding.communities().stream().map(Octets::hex).toList(),
                hex(encoding.communityContainerAttribute(true)), null, orderKey, RuleState.Pending), at);
        }

        /**
         * An encoding as the status shows it: lower-case hex.
         */
        private static @Nullable String hex(final @Nullable Octets octets) {
            return octets == null ? null : octets.hex();
        }
    }

    /**
     * A rendered rule given a new order key to make room for rules placed next to it. Its place in the order is
     * the same.
     *
     * @param ruleName the rule
     * @param orderKey its new key
     */
    record RuleMoved(@NonNull String ruleName, long orderKey) implements RuleChange {
        @Override
        public String subject() {
            return "the order-key of rule " + ruleName;
        }

        public RuleMoved {
            requireNonNull(ruleName);
        }

        @Override
        public void foldInto(final RuleDraft draft, final StatusState entries) {
            if (entries.hasRule(ruleName)) {
                draft.orderKey(orderKey);
            }
        }
    }

    /**
     * A rule that cannot be rendered: state failed, with the reasons.
     *
     * @param ruleName the rule
     * @param errors why, each naming the rule and the field
     * @param at when it was found
     */
    record RuleRefused(@NonNull String ruleName, @NonNull List<String> errors, @NonNull Instant at)
            implements RuleChange {
        @Override
        public String subject() {
            return "the refusal of rule " + ruleName;
        }

        public RuleRefused {
            requireNonNull(ruleName);
            errors = List.copyOf(errors);
            requireNonNull(at);
        }

        @Override
        public void foldInto(final RuleDraft draft, final StatusState entries) {
            entries.addRule(ruleName);
            draft.replace(new RuleLeaves(null, null, null, errors, null, RuleState.Failed), at);
        }
    }

    /**
     * What one router does with one rule: its state there, why, and the effective action.
     *
     * @param ruleName the rule
     * @param device the router
     * @param state the rule's state on that router
     * @param reasons why, each with its code and a sentence an operator can act on, the deciding one first
     * @param effectiveAction what the router does with matching traffic
     * @param at when this verdict was reached
     */
    record RuleOnDevice(@NonNull String ruleName, @NonNull String device, @NonNull RuleState state,
            @NonNull Reasons reasons, @Nullable String effectiveAction, @NonNull Instant at) implements RuleChange {
        @Override
        public String subject() {
            return "the status of rule " + ruleName + " on router " + device;
        }

        public RuleOnDevice {
            requireNonNull(ruleName);
            requireNonNull(device);
            requireNonNull(state);
            requireNonNull(reasons);
            requireNonNull(at);
        }

        @Override
        public void foldInto(final RuleDraft draft, final StatusState entries) {
            // A verdict never brings back the entry of a rule deleted meanwhile.
            if (!entries.hasRule(ruleName)) {
                return;
            }
            draft.verdict(new Verdict(device, state, reasons, effectiveAction, at));
        }
    }

    /**
     * A rule no longer applies to a router (the rule's device list changed, or the router is gone).
     *
     * @param ruleName the rule
     * @param device the router
     */
    record RuleOffDevice(@NonNull String ruleName, @NonNull String device) implements RuleChange {
        @Override
        public String subject() {
            return "the removal of rule " + ruleName + "'s status on router " + device;
        }

        public RuleOffDevice {
            requireNonNull(ruleName);
            requireNonNull(device);
        }

        @Override
        public void foldInto(final RuleDraft draft, final StatusState entries) {
            if (entries.hasRule(ruleName)) {
                draft.verdictGone(device);
            }
        }
    }

    /**
     * One part of a router's status ({@code device-status/device/bgp} or {@code netconf}), replacing the previous
     * one.
     *
     * @param device the router
     * @param kind which part
     * @param part the part's new status
     * @param <P> the part's type
     */
    record DevicePart<P extends ChildOf<? super Device>>(@NonNull String device, @NonNull Class<P> kind,
            @NonNull P part) implements StatusChange {
        @Override
        public String subject() {
            return "the status of router " + device;
        }

        public DevicePart {
            requireNonNull(device);
            requireNonNull(kind);
            requireNonNull(part);
        }

        @Override
        public void writeTo(final StatusTransaction tx, final StatusState entries) {
            entries.addDevice(device);
            tx.ensureDevice(device);
            tx.put(StatusPaths.devicePath(device).child(kind), part);
        }
    }

    /**
     * A router is gone from configuration (or lost one of its southbounds).
     *
     * @param device the router
     * @param part which part of its status goes: null for all of it
     */
    record DeviceRemoval(@NonNull String device, @Nullable Class<? extends ChildOf<Device>> part)
            implements StatusChange {
        @Override
        public String subject() {
            return "the removal of router " + device + "'s status";
        }

        public DeviceRemoval {
            requireNonNull(device);
        }

        @Override
        public void writeTo(final StatusTransaction tx, final StatusState entries) {
            final var path = StatusPaths.devicePath(device);
            if (!entries.hasDevice(device)) {
                return;
            }
            if (part == null) {
                entries.removeDevice(device);
                tx.delete(path);
            } else {
                tx.delete(path.child(part));
            }
        }
    }

    /**
     * A route the router sent us (flowspec, decoded and validated, or unicast), added or replaced in its
     * {@code received-routes}.
     *
     * @param device the router
     * @param kind which list of {@code received-routes}
     * @param route the route
     * @param <R> the route's type
     * @param <K> its key
     */
    record ReceivedRoute<R extends KeyAware<K> & ChildOf<? super ReceivedRoutes>, K extends Key<R>>(
            @NonNull String device, @NonNull Class<R> kind, @NonNull R route) implements StatusChange {
        @Override
        public String subject() {
            return "a route received from router " + device;
        }

        public ReceivedRoute {
            requireNonNull(device);
            requireNonNull(kind);
            requireNonNull(route);
        }

        @Override
        public void writeTo(final StatusTransaction tx, final StatusState entries) {
            entries.addReceived(device);
            final var routes = tx.ensureReceivedRoutes(device);
            tx.put(routes.child(kind, route.key()), route);
        }
    }

    /**
     * How many routes the router sent, listed or not, in its {@code received-routes}.
     *
     * @param device the router
     * @param flowspec flowspec routes held
     * @param unicast unicast routes held
     * @param notListed routes held but not listed
     */
    record ReceivedRouteCounts(@NonNull String device, long flowspec, long unicast, long notListed)
            implements StatusChange {
        @Override
        public String subject() {
            return "the received-route counts of router " + device;
        }

        public ReceivedRouteCounts {
            requireNonNull(device);
        }

        @Override
        public void writeTo(final StatusTransaction tx, final StatusState entries) {
            entries.addReceived(device);
            // merged at received-routes itself, which creates it even when deleted earlier in the batch
            tx.ensureDevice(device);
            tx.merge(StatusPaths.devicePath(device).child(ReceivedRoutes.class), new ReceivedRoutesBuilder()
                .setFlowspecCount(new Gauge64(Uint64.valueOf(flowspec)))
                .setUnicastCount(new Gauge64(Uint64.valueOf(unicast)))
                .setNotListed(new Gauge64(Uint64.valueOf(notListed))).build());
        }
    }

    /**
     * A route the router withdrew (or all of them, when its session went down).
     *
     * @param device the router
     * @param flowspecNlri the withdrawn flowspec NLRI in hex, or null
     * @param unicastPrefix the withdrawn unicast prefix, or null
     */
    record ReceivedRouteRemoval(@NonNull String device, @Nullable String flowspecNlri, @Nullable String unicastPrefix)
            implements StatusChange {
        @Override
        public String subject() {
            return "the removal of a route received from router " + device;
        }

        public ReceivedRouteRemoval {
            requireNonNull(device);
        }

        @Override
        public void writeTo(final StatusTransaction tx, final StatusState entries) {
            final var routes = StatusPaths.devicePath(device).child(ReceivedRoutes.class);
            if (!entries.hasReceived(device)) {
                return;
            }
            if (flowspecNlri != null) {
                tx.delete(routes.child(Flowspec.class, new FlowspecKey(new HexString(flowspecNlri))));
            } else if (unicastPrefix != null) {
                tx.delete(routes.child(Unicast.class, new UnicastKey(unicastPrefix)));
            } else {
                entries.removeReceived(device);
                tx.delete(routes);
            }
        }
    }

    /**
     * This node became the active controller: whatever status the previous one left is deleted, so that only what
     * this node then writes from its own state stands (the rule and router status; the controller record is
     * replaced by its own change).
     */
    record StatusReset() implements StatusChange {
        @Override
        public String subject() {
            return "the reset of every status entry";
        }

        @Override
        public void writeTo(final StatusTransaction tx, final StatusState entries) {
            tx.delete(InstanceIdentifier.create(FlowspecStatus.class));
            tx.delete(InstanceIdentifier.create(DeviceStatus.class));
            // Rule entries are put without their parents (RuleDraft). The datastore creates a missing
            // flowspec-status for them, but not one deleted earlier in the same transaction: its commit fails. The
            // empty container merged back is what they then go into; left empty, it is gone at commit.
            tx.merge(InstanceIdentifier.create(FlowspecStatus.class), new FlowspecStatusBuilder().build());
            entries.clear();
        }
    }

    /**
     * Which node is the active controller, replaced whole.
     *
     * @param record the record
     */
    record ControllerChange(@NonNull ControllerRecord record) implements StatusChange {
        @Override
        public String subject() {
            return "this controller's record";
        }

        public ControllerChange {
            requireNonNull(record);
        }

        @Override
        public void writeTo(final StatusTransaction tx, final StatusState entries) {
            final var gap = record.lastFailoverDuration();
            final Instant failover = record.lastFailover();
            final Instant released = record.releasedAt();
            tx.put(InstanceIdentifier.create(Controller.class), new ControllerBuilder()
                .setActiveNode(record.activeNode())
                .setActiveSince(StatusPaths.dateAndTime(record.activeSince()))
                .setLastFailover(failover == null ? null : StatusPaths.dateAndTime(failover))
                .setLastFailoverDurationMs(gap == null ? null : Uint64.valueOf(gap.toMillis()))
                .setReleasedAt(released == null ? null : StatusPaths.dateAndTime(released))
                .build());
        }
    }
}
