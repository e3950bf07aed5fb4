/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import java.time.Duration;

/**
 * CPU time a process has used so far, all its threads together (for a JVM, its JIT compiler and garbage collector
 * included), as the operating system counts it: the benchmarks read it before and after what they measure.
 */
public final class ProcessCpu {
    private ProcessCpu() {
        // static helper
    }

    /**
     * The CPU time the process has used so far.
     *
     * @param process the process
     * @return the time, zero where the operating system does not tell
     */
    public static Duration of(final ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
