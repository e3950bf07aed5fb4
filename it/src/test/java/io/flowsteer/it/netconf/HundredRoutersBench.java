/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.impl.netconf.NetconfSettings;
import io.flowsteer.it.ProcessCpu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark, not a timed test (runs only with {@code -Pbench}): a 10,000-entry indirection-id table pushed to 100
 * netconf-testtool routers at once; the time until every router has read back the full table (each router's
 * push ends with a get-config whose 10,000 entries must equal the wanted table). Then, with every router holding the
 * table, one entry is changed on all routers at once, {@code -Dbench.changes} times (default 5, one after the other):
 * the time from handing over the changed table until each router's push ended with a matching read-back, as p50,
 * p99 and max over all routers and changes. Router count, table size and testtool heap can be changed with
 * {@code -Dbench.routers}, {@code -Dbench.entries} and {@code -Dflowsteer.netconf.testtool.heap}.
 */
class HundredRoutersBench {
    private static final Logger LOG = LoggerFactory.getLogger(HundredRoutersBench.class);
    private static final int FIRST_PORT = 17_950;

    private static IndirectionTable table(final int size) {
        final List<IndirectionEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            final IndirectionTarget target = switch (i % 3) {
                case 0 -> new IndirectionTarget.MplsBindingSid(16 + i);
                case 1 -> new IndirectionTarget.NextHops(List.of(InetAddresses.fromInteger(0x0A00_0000 + i)));
                default -> new IndirectionTarget.Tunnel("te" + i);
            };
            entries.add(new IndirectionEntry(new IndirectionKey(0, i), null, target));
        }
        return IndirectionTable.of(entries);
    }

    /** The table with entry {@code index} pointing to another binding SID than before. */
    private static IndirectionTable changed(final IndirectionTable table, final int index, final int round) {
        final List<IndirectionEntry> entries = new ArrayList<>(table.entries().values());
        final IndirectionKey key = new IndirectionKey(0, index);
        entries.removeIf(entry -> entry.key().equals(key));
        entries.add(new IndirectionEntry(key, null, new IndirectionTarget.MplsBindingSid(1_000_000 + round)));
        return IndirectionTable.of(entries);
    }

    /** CPU time of this JVM, which runs Flowsteer's NETCONF router manager (the benchmark's own share is tiny). */
    private static Duration ownCpu() {
        return ProcessCpu.of(ProcessHandle.current());
    }

    /**
     * CPU time of this JVM's threads that do not run Flowsteer's code, as the operating system counts it per thread:
     * the JIT compiler's (a fresh JVM compiles the code it runs; a controller that has run for a while has done so)
     * and the garbage collector's. Threads that ended meanwhile are not counted, so these are lower bounds.
     */
    private record JvmThreadsCpu(Duration jit, Duration gc) {
        static JvmThreadsCpu now() {
            long jit = 0;
            long gc = 0;
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    final String name = Files.readString(task.resolve("comm")).strip();
                    final String stat = Files.readString(task.resolve("stat"));
                    // the fields after the parenthesised name: state is field 3, utime 14, stime 15 (proc(5))
                    final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    final long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        jit += ticks;
                    } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                        gc += ticks;
                    }
                }
            } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
                LOG.info("BENCH per-thread CPU unavailable: {}", e.getMessage());
            }
            // the kernel counts in USER_HZ ticks, 100 per second on Linux
            return new JvmThreadsCpu(Duration.ofMillis(jit * 10), Duration.ofMillis(gc * 10));
        }

        /** What these threads used since {@code earlier}, as text for the log. */
        String since(final JvmThreadsCpu earlier) {
            return "JIT compiler threads " + jit.minus(earlier.jit) + ", garbage collector threads "
                + gc.minus(earlier.gc);
        }
    }

    private static Duration percentile(final List<Duration> sorted, final int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (sorted.size() * percent + 99) / 100 - 1));
    }

    @Test
    void tenThousandEntriesToAHundredRouters() throws Exception {
        final int routers = Integer.getInteger("bench.routers", 100);
        final int size = Integer.getInteger("bench.entries", 10_000);
        final IndirectionTable table = table(size);
        final Instant startTesttool = Instant.now();
        final Testtool testtool = Testtool.start(FIRST_PORT, routers);
        try (Southbound southbound = new Southbound(new NetconfSettings(Duration.ofSeconds(30),
                Duration.ofSeconds(300), Duration.ofMillis(250), Duration.ofSeconds(2)))) {
            LOG.info("BENCH testtool with {} routers up in {}", routers, Duration.between(startTesttool,
                Instant.now()));
            final Instant start = Instant.now();
            final Duration ownCpu = ownCpu();
            final JvmThreadsCpu jvmThreads = JvmThreadsCpu.now();
            final Duration routersCpu = testtool.cpu();
            for (int i = 0; i < routers; i++) {
                southbound.push("bench" + i, testtool.port(i), table);
            }
            final List<RouterStatus> done = new ArrayList<>();
            for (int i = 0; i < routers; i++) {
                done.add(southbound.await("bench" + i, Duration.ofMinutes(30),
                    Southbound.outcome(PushResult.Outcome.APPLIED, start)));
            }
            final Duration total = Duration.between(start, Instant.now());
            final List<Duration> pushes = done.stream().map(status -> status.lastPush().took()).sorted().toList();
            LOG.info("BENCH {} routers x {} entries: all read back in {} ({} entries/s); per-router push+read-back"
                + " min {} median {} max {}", routers, size, total,
                (long) routers * size * 1000 / Math.max(1, total.toMillis()), pushes.get(0),
                pushes.get(pushes.size() / 2), pushes.get(pushes.size() - 1));
            LOG.info("BENCH CPU used meanwhile: Flowsteer {}, netconf-testtool {}; Flowsteer's JVM meanwhile: {}",
                ownCpu().minus(ownCpu), testtool.cpu().minus(routersCpu), JvmThreadsCpu.now().since(jvmThreads));
            final Duration ownCpuBeforeChanges = ownCpu();
            final JvmThreadsCpu jvmThreadsBeforeChanges = JvmThreadsCpu.now();
            final Duration routersCpuBeforeChanges = testtool.cpu();
            final int rounds = Integer.getInteger("bench.changes", 5);
            final List<Duration> latencies = new ArrayList<>();
            IndirectionTable current = table;
            int lastIndex = -1;
            for (int round = 0; round < rounds; round++) {
                final int index = (round * 7_919 + 1) % size;
                current = changed(current, index, round);
                lastIndex = index;
                final Instant changeStart = Instant.now();
                for (int i = 0; i < routers; i++) {
                    southbound.push("bench" + i, testtool.port(i), current);
                }
                Duration slowest = Duration.ZERO;
                for (int i = 0; i < routers; i++) {
                    final RouterStatus status = southbound.await("bench" + i, Duration.ofMinutes(10),
                        Southbound.outcome(PushResult.Outcome.APPLIED, changeStart));
                    assertEquals(1, status.lastPush().changes(), "one entry changed");
                    final Duration latency = Duration.between(changeStart, status.lastPush().at());
                    latencies.add(latency);
                    slowest = latency.compareTo(slowest) > 0 ? latency : slowest;
                }
                LOG.info("BENCH change {}: entry {} changed on {} routers, all read back in {}", round + 1, index,
                    routers, slowest);
            }
            if (!latencies.isEmpty()) {
                final List<Duration> sorted = latencies.stream().sorted().toList();
                LOG.info("BENCH one entry changed on {} routers, {} times: until read back p50 {} p99 {} max {}",
                    routers, rounds, percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1));
                LOG.info("BENCH CPU used by the changes: Flowsteer {}, netconf-testtool {}; Flowsteer's JVM meanwhile:"
                    + " {}", ownCpu().minus(ownCpuBeforeChanges), testtool.cpu().minus(routersCpuBeforeChanges),
                    JvmThreadsCpu.now().since(jvmThreadsBeforeChanges));
            }
            final Map<String, String> first = RawNetconf.table(testtool.port(0));
            assertEquals(size, first.size(), "first router, read independently");
            if (lastIndex >= 0) {
                assertTrue(first.get("0/" + lastIndex).contains("=" + (1_000_000 + rounds - 1)),
                    "the last change, read independently: " + first.get("0/" + lastIndex));
            }
            assertEquals(size, RawNetconf.table(testtool.port(routers - 1)).size(), "last router");
        } finally {
            testtool.close();
        }
    }
}
