/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.util.concurrent.FluentFuture;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.impl.compile.RuleEncoding;
import io.flowsteer.impl.status.StatusChange.DevicePart;
import io.flowsteer.impl.status.StatusChange.ReceivedRoute;
import io.flowsteer.impl.status.StatusChange.ReceivedRouteCounts;
import io.flowsteer.impl.status.StatusChange.ReceivedRouteRemoval;
import io.flowsteer.impl.status.StatusChange.RuleChange;
import io.flowsteer.impl.status.StatusChange.RuleMoved;
import io.flowsteer.impl.status.StatusChange.RuleOffDevice;
import io.flowsteer.impl.status.StatusChange.RuleOnDevice;
import io.flowsteer.impl.status.StatusChange.RuleRefused;
import io.flowsteer.impl.status.StatusChange.RuleRemoval;
import io.flowsteer.impl.status.StatusChange.RuleRendered;
import io.flowsteer.impl.status.StatusChange.RuleStateChange;
import io.flowsteer.impl.status.StatusChange.StatusReset;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.CommitInfo;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataTreeWriteTransaction;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.DeviceStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HexString;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Bgp;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Bgp.SessionState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.ReceivedRoutes;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Unicast;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.UnicastBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDeviceBuilder;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;

/**
 * A batch folds each rule's changes into one write of its entry, and leaves exactly what the same changes written
 * one transaction each would leave.
 */
class StatusBatchTest {
    private static final Instant T0 = Instant.parse("2026-12-04T12:00:00Z");
    private static final RuleEncoding ENCODING = new RuleEncoding(Octets.fromHex("0518c00002"), List.of(), null,
        null, null);
    private static final List<String> RULES = List.of("r1", "r2", "r3");
    private static final List<String> DEVICES = List.of("pe1", "pe2");

    @Test
    void aRuleRenderedResolvedAndInstalledInOneBatchIsOneWriteOfItsEntry() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final AtomicInteger writes = new AtomicInteger();
        writeStatus(mdsal, writes, tx -> StatusBatch.writeTo(tx, List.of(
            new RuleRendered("r1", ENCODING, 7, T0),
            new RuleOnDevice("r1", "pe1", RuleState.Installed, Reasons.NONE, "discard", T0.plusMillis(1)),
            new RuleOnDevice("r1", "pe2", RuleState.InvalidRedirect, Reasons.of(Reason.of(
                UnresolvedNextHop.VALUE, "no route")), null, T0.plusMillis(2)),
            new RuleStateChange("r1", RuleState.Installed, T0.plusMillis(3))), new StatusState()));
        assertEquals(1, writes.get(), "writes of data into the transaction");
        final Rule rule = mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("r1")).orElseThrow();
        assertEquals(RuleState.Installed, rule.getState());
        assertEquals("0518c00002", rule.getNlri().getValue());
        assertEquals(Uint64.valueOf(7), rule.getOrderKey());
        assertEquals(StatusPaths.dateAndTime(T0.plusMillis(3)), rule.getLastChange());
        assertEquals(2, rule.nonnullOnDevice().size());
        assertEquals(RuleState.InvalidRedirect, rule.nonnullOnDevice().values().stream()
            .filter(verdict -> "pe2".equals(verdict.getName().getValue())).findFirst().orElseThrow().getState());
    }

    @Test
    void aStoredRuleResolvedAgainIsOneMergeOfItsStateAndVerdicts() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final StatusState entries = new StatusState();
        batch(mdsal, entries, List.of(new RuleRendered("r1", ENCODING, 7, T0),
            new RuleOnDevice("r1", "pe1", RuleState.Installed, Reasons.NONE, "discard", T0),
            new RuleOnDevice("r1", "pe2", RuleState.Installed, Reasons.NONE, "discard", T0)));
        final AtomicInteger writes = new AtomicInteger();
        writeStatus(mdsal, writes, tx -> StatusBatch.writeTo(tx, List.of(
            new RuleOnDevice("r1", "pe1", RuleState.Withdrawn, Reasons.NONE, null, T0.plusSeconds(1)),
            new RuleStateChange("r1", RuleState.Pending, T0.plusSeconds(1)),
            new RuleStateChange("r1", RuleState.Installed, T0.plusSeconds(2))), entries));
        assertEquals(1, writes.get(), "writes of data into the transaction");
        final Rule rule = mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("r1")).orElseThrow();
        assertEquals(RuleState.Installed, rule.getState());
        assertEquals(Uint64.valueOf(7), rule.getOrderKey(), "a merge keeps the leaves it does not name");
        assertEquals(2, rule.nonnullOnDevice().size());
        final var pe1 = rule.nonnullOnDevice().values().stream()
            .filter(verdict -> "pe1".equals(verdict.getName().getValue())).findFirst().orElseThrow();
        assertEquals(RuleState.Withdrawn, pe1.getState());
        assertEquals(null, pe1.getEffectiveAction(), "a new verdict leaves none of the old one's leaves");
    }

    @Test
    void aRemovalAndANewRenderingInOneBatchLeaveOnlyTheNewEntry() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final StatusState entries = new StatusState();
        batch(mdsal, entries, List.of(new RuleRendered("r1", ENCODING, 7, T0),
            new RuleOnDevice("r1", "pe1", RuleState.Installed, Reasons.NONE, "discard", T0)));
        batch(mdsal, entries, List.of(new RuleRemoval("r1"),
            new RuleOnDevice("r1", "pe2", RuleState.Installed, Reasons.NONE, "discard", T0),
            new RuleRendered("r1", ENCODING, 9, T0.plusSeconds(1))));
        final Rule rule = mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("r1")).orElseThrow();
        assertEquals(Uint64.valueOf(9), rule.getOrderKey());
        assertEquals(RuleState.Pending, rule.getState());
        assertTrue(rule.nonnullOnDevice().isEmpty(), "a rule rendered again is resolved again on every router");
        assertTrue(entries.hasRule("r1"));
    }

    @Test
    void aResetDropsTheRulesChangedBeforeItAndKeepsThoseAfter() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final StatusState entries = new StatusState();
        batch(mdsal, entries, List.of(new RuleRendered("r1", ENCODING, 1, T0), new StatusReset(),
            new RuleStateChange("r1", RuleState.Installed, T0), new RuleRendered("r2", ENCODING, 2, T0)));
        assertFalse(mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("r1")).isPresent());
        assertTrue(mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("r2")).isPresent());
        assertFalse(entries.hasRule("r1"));
    }

    @Test
    void aResetWithNothingAfterItLeavesNoRuleStatusAtAll() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final StatusState entries = new StatusState();
        batch(mdsal, entries, List.of(new RuleRendered("r1", ENCODING, 1, T0)));
        batch(mdsal, entries, List.of(new StatusReset()));
        assertFalse(mdsal.read(LogicalDatastoreType.OPERATIONAL, InstanceIdentifier.create(FlowspecStatus.class))
            .isPresent(), "the container merged back for later entries does not outlive an empty batch");
        batch(mdsal, entries, List.of(new StatusReset(), new RuleRendered("r2", ENCODING, 2, T0)));
        assertTrue(mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("r2")).isPresent());
    }

    @Test
    void theFirstEntryIsPutIntoAStatusThatDoesNotExistYet() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final StatusState entries = new StatusState();
        assertFalse(mdsal.read(LogicalDatastoreType.OPERATIONAL, InstanceIdentifier.create(FlowspecStatus.class))
            .isPresent());
        batch(mdsal, entries, List.of(new RuleRefused("r1", List.of("rule r1: match is empty"), T0)));
        assertEquals(RuleState.Failed,
            mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.rulePath("r1")).orElseThrow().getState());
    }

    @Test
    void countsWrittenAfterAllReceivedRoutesWereDroppedInTheSameBatchAreKept() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final StatusState entries = new StatusState();
        batch(mdsal, entries, List.of(new ReceivedRoute<>("pe1", Unicast.class,
            new UnicastBuilder().setPrefix("192.0.2.0/24").setNextHop("198.51.100.1").build())));
        batch(mdsal, entries, List.of(new ReceivedRouteRemoval("pe1", null, null),
            new ReceivedRouteCounts("pe1", 1, 2, 3)));
        final ReceivedRoutes routes = mdsal.read(LogicalDatastoreType.OPERATIONAL,
            StatusPaths.devicePath("pe1").child(ReceivedRoutes.class)).orElseThrow();
        assertEquals(Uint64.valueOf(2), routes.getUnicastCount().getValue());
        assertEquals(Uint64.valueOf(3), routes.getNotListed().getValue());
        assertEquals(Map.of(), routes.nonnullUnicast());
    }

    /**
     * Random sequences of every kind of rule change (and a router's status between them), split into random
     * batches: folded, they leave the status the changes written one transaction each leave, each as the writer
     * wrote it before it folded anything ({@link #writeAlone}).
     */
    @Test
    void foldedBatchesLeaveWhatOneTransactionPerChangeLeaves() throws Exception {
        final Random random = new Random(20261204);
        final InMemoryMdsal oneByOne = new InMemoryMdsal();
        final InMemoryMdsal folded = new InMemoryMdsal();
        for (int round = 0; round < 200; round++) {
            final List<StatusChange> changes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                changes.add(randomChange(random, T0.plusMillis(i)));
            }
            clear(oneByOne);
            clear(folded);
            final StatusState oneByOneEntries = new StatusState();
            for (StatusChange change : changes) {
                writeAlone(change, oneByOne, oneByOneEntries);
                oneByOneEntries.commit();
            }
            final StatusState foldedEntries = new StatusState();
            for (int from = 0; from < changes.size();) {
                final int to = Math.min(changes.size(), from + 1 + random.nextInt(12));
                batch(folded, foldedEntries, changes.subList(from, to));
                from = to;
            }
            assertEquals(read(oneByOne, FlowspecStatus.class), read(folded, FlowspecStatus.class),
                "round " + round + ": " + changes);
            assertEquals(read(oneByOne, DeviceStatus.class), read(folded, DeviceStatus.class), "round " + round);
            for (String rule : RULES) {
                assertEquals(oneByOneEntries.hasRule(rule), foldedEntries.hasRule(rule), "round " + round);
            }
        }
    }

    private static StatusChange randomChange(final Random random, final Instant at) {
        final String rule = RULES.get(random.nextInt(RULES.size()));
        final String device = DEVICES.get(random.nextInt(DEVICES.size()));
        final RuleState state = RuleState.values()[random.nextInt(RuleState.values().length)];
        return switch (random.nextInt(9)) {
            case 0, 1 -> new RuleRendered(rule, ENCODING, random.nextInt(100), at);
            case 2 -> new RuleRefused(rule, List.of("rule " + rule + ": match: something is wrong"), at);
            case 3 -> new RuleStateChange(rule, state, at);
            case 4 -> new RuleMoved(rule, random.nextInt(100));
            case 5 -> new RuleOnDevice(rule, device, state, random.nextBoolean() ? Reasons.NONE
                : Reasons.of(Reason.of(UnresolvedNextHop.VALUE, "no route").with("address", "192.0.2.1")),
                random.nextBoolean() ? "discard" : null, at);
            case 6 -> new RuleOffDevice(rule, device);
            case 7 -> new RuleRemoval(rule);
            default -> new DevicePart<>(device, Bgp.class, new BgpBuilder()
                .setSessionState(random.nextBoolean() ? SessionState.Established : SessionState.Idle).build());
        };
    }

    private static void batch(final InMemoryMdsal mdsal, final StatusState entries,
            final List<? extends StatusChange> changes) throws Exception {
        writeStatus(mdsal, new AtomicInteger(), tx -> StatusBatch.writeTo(tx, changes, entries));
        entries.commit();
    }

    /**
     * A status batch in one committed transaction.
     *
     * @param writes counts the writes of data (puts and merges) into the transaction
     */
    private static void writeStatus(final InMemoryMdsal mdsal, final AtomicInteger writes,
            final Consumer<StatusTransaction> body) throws Exception {
        final DOMDataTreeWriteTransaction tx = mdsal.domDataBroker().newWriteOnlyTransaction();
        body.accept(new StatusTransaction(counting(tx, writes), mdsal.serializer()));
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    /**
     * One change written on its own, in a transaction of its own: a rule's change the way the writer wrote each
     * before batches were folded, through the binding API.
     */
    private static void writeAlone(final StatusChange change, final InMemoryMdsal mdsal, final StatusState entries)
            throws Exception {
        if (change instanceof RuleChange) {
            mdsal.write(tx -> writeRuleAlone(change, tx, entries));
        } else {
            writeStatus(mdsal, new AtomicInteger(), tx -> change.writeTo(tx, entries));
        }
    }

    private static void writeRuleAlone(final StatusChange change, final WriteTransaction tx,
            final StatusState entries) {
        final LogicalDatastoreType store = LogicalDatastoreType.OPERATIONAL;
        if (change instanceof RuleRendered rendered) {
            entries.addRule(rendered.ruleName());
            tx.mergeParentStructurePut(store, StatusPaths.rulePath(rendered.ruleName()), new RuleBuilder()
                .setName(rendered.ruleName()).setNlri(new HexString(rendered.encoding().nlri().hex()))
                .setOrderKey(Uint64.valueOf(rendered.orderKey())).setState(RuleState.Pending)
                .setLastChange(StatusPaths.dateAndTime(rendered.at())).build());
        } else if (change instanceof RuleRefused refused) {
            entries.addRule(refused.ruleName());
            tx.mergeParentStructurePut(store, StatusPaths.rulePath(refused.ruleName()), new RuleBuilder()
                .setName(refused.ruleName()).setValidationError(Set.copyOf(refused.errors()))
                .setState(RuleState.Failed).setLastChange(StatusPaths.dateAndTime(refused.at())).build());
        } else if (change instanceof RuleRemoval removal) {
            if (entries.removeRule(removal.ruleName())) {
                tx.delete(store, StatusPaths.rulePath(removal.ruleName()));
            }
        } else if (change instanceof RuleChange rule && !entries.hasRule(rule.ruleName())) {
            return;
        } else if (change instanceof RuleStateChange state) {
            tx.merge(store, StatusPaths.rulePath(state.ruleName()), new RuleBuilder().setName(state.ruleName())
                .setState(state.state()).setLastChange(StatusPaths.dateAndTime(state.at())).build());
        } else if (change instanceof RuleMoved moved) {
            tx.merge(store, StatusPaths.rulePath(moved.ruleName()), new RuleBuilder().setName(moved.ruleName())
                .setOrderKey(Uint64.valueOf(moved.orderKey())).build());
        } else if (change instanceof RuleOnDevice verdict) {
            tx.put(store, StatusPaths.ruleDevicePath(verdict.ruleName(), verdict.device()), new OnDeviceBuilder()
                .setName(new DeviceRef(verdict.device())).setState(verdict.state())
                .setReason(verdict.reasons().sentence()).setReasonCode(ReasonLeaves.code(verdict.reasons().leading()))
                .setReasonArgument(ReasonLeaves.arguments(verdict.reasons().leading()))
                .setFurtherReasonCode(ReasonLeaves.furtherCodes(verdict.reasons()))
                .setEffectiveAction(verdict.effectiveAction())
                .setLastChange(StatusPaths.dateAndTime(verdict.at())).build());
        } else if (change instanceof RuleOffDevice off) {
            tx.delete(store, StatusPaths.ruleDevicePath(off.ruleName(), off.device()));
        } else {
            throw new IllegalArgumentException("not a rule's change: " + change);
        }
    }

    private static void clear(final InMemoryMdsal mdsal) throws Exception {
        mdsal.write(tx -> {
            tx.delete(LogicalDatastoreType.OPERATIONAL, InstanceIdentifier.create(FlowspecStatus.class));
            tx.delete(LogicalDatastoreType.OPERATIONAL, InstanceIdentifier.create(DeviceStatus.class));
        });
    }

    private static Optional<?> read(final InMemoryMdsal mdsal, final Class<?> root) throws Exception {
        return root == FlowspecStatus.class
            ? mdsal.read(LogicalDatastoreType.OPERATIONAL, InstanceIdentifier.create(FlowspecStatus.class))
            : mdsal.read(LogicalDatastoreType.OPERATIONAL, InstanceIdentifier.create(DeviceStatus.class));
    }

    /**
     * A transaction that counts the writes of data made into it (each a conversion of its data and a modification
     * the datastore applies: put and merge, not delete) and passes everything on.
     */
    private static DOMDataTreeWriteTransaction counting(final DOMDataTreeWriteTransaction tx,
            final AtomicInteger writes) {
        return new DOMDataTreeWriteTransaction() {
            @Override
            public void put(final LogicalDatastoreType store, final YangInstanceIdentifier path,
                    final NormalizedNode data) {
                writes.incrementAndGet();
                tx.put(store, path, data);
            }

            @Override
            public void merge(final LogicalDatastoreType store, final YangInstanceIdentifier path,
                    final NormalizedNode data) {
                writes.incrementAndGet();
                tx.merge(store, path, data);
            }

            @Override
            public void delete(final LogicalDatastoreType store, final YangInstanceIdentifier path) {
                tx.delete(store, path);
            }

            @Override
            public FluentFuture<?> completionFuture() {
                return tx.completionFuture();
            }

            @Override
            public boolean cancel() {
                return tx.cancel();
            }

            @Override
            public FluentFuture<? extends CommitInfo> commit() {
                return tx.commit();
            }

            @Override
            public Object getIdentifier() {
                return tx.getIdentifier();
            }
        };
    }
}
