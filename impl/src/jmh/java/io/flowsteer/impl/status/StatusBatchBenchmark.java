/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv1NlriCodec;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.impl.compile.RuleEncoding;
import io.flowsteer.impl.status.StatusChange.RuleOnDevice;
import io.flowsteer.impl.status.StatusChange.RuleRendered;
import io.flowsteer.impl.status.StatusChange.RuleStateChange;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataTreeWriteTransaction;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one batch of the status writer costs during a bulk write: {@code rules} new rules, each rendered, given its
 * verdict on one router and its summary state, folded ({@link StatusBatch}) and committed in one transaction to the
 * in-memory MD-SAL datastore. Each iteration starts with no rule status and every batch adds new rules to it, as
 * 1,000-rule PATCHes do, so an iteration ends with tens of thousands of entries stored.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatusBatchBenchmark {
    private static final Instant AT = Instant.parse("2026-12-05T08:00:00Z");
    private static final Fsv1NlriCodec CODEC = new Fsv1NlriCodec(Afi.IPV4, false);
    /** Traffic-rate 0 (RFC 8955 section 7.3), the benchmark rules' one action. */
    private static final Octets DROP = Octets.fromHex("8006000000000000");

    @Param({ "1000" })
    public int rules;

    private InMemoryMdsal mdsal;
    private StatusState entries;
    private int next;

    /**
     * The datastore, once.
     */
    @Setup(Level.Trial)
    public void startDatastore() {
        mdsal = new InMemoryMdsal();
    }

    /**
     * No rule status at the start of each iteration.
     *
     * @throws ExecutionException if the deletion fails
     * @throws InterruptedException if interrupted
     */
    @Setup(Level.Iteration)
    public void emptyStatus() throws ExecutionException, InterruptedException {
        final WriteTransaction tx = mdsal.dataBroker().newWriteOnlyTransaction();
        tx.delete(LogicalDatastoreType.OPERATIONAL, InstanceIdentifier.create(FlowspecStatus.class));
        tx.commit().get();
        entries = new StatusState();
        next = 0;
    }

    /**
     * One batch of new rules, written and committed.
     *
     * @return the number of changes written
     * @throws ExecutionException if the commit fails
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public int newRules() throws ExecutionException, InterruptedException {
        final List<Object> changes = new ArrayList<>(rules * 3);
        for (int i = 0; i < rules; i++) {
            final int index = next++;
            final String name = "r" + index;
            // a /30 destination and UDP, the shape of RulesThroughRestconfBench's rules
            final Octets nlri = Octets.copyOf(CODEC.encode(new Fsv1Nlri(Afi.IPV4,
                IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
                    new byte[] {10, (byte) (index >> 14), (byte) (index >> 6), (byte) (index << 2)}, 30),
                NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17))));
            changes.add(new RuleRendered(name, new RuleEncoding(nlri, List.of(DROP), null, null, null), index * 1024L,
                AT));
            changes.add(new RuleOnDevice(name, "bench1", RuleState.Installed, Reasons.NONE, "rate-limit 0 bytes/s",
                AT));
            changes.add(new RuleStateChange(name, RuleState.Installed, AT));
        }
        final DOMDataTreeWriteTransaction tx = mdsal.domDataBroker().newWriteOnlyTransaction();
        StatusBatch.writeTo(new StatusTransaction(tx, mdsal.serializer()), changes, entries);
        tx.commit().get();
        entries.commit();
        return changes.size();
    }
}
