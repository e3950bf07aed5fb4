/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Status times are written as {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} in UTC writes them, and read back to the
 * same instant.
 */
class StatusPathsTest {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    @Test
    void timesAreWrittenAsTheIsoFormatterWritesThem() {
        final Random random = new Random(4);
        for (int i = 0; i < 10_000; i++) {
            final long second = random.nextLong(-62_135_596_800L, 253_402_300_800L);
            final int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            final Instant instant = Instant.ofEpochSecond(second, nano);
            assertEquals(ISO.format(instant), StatusPaths.dateAndTimeText(instant));
            assertEquals(instant, StatusPaths.instant(StatusPaths.dateAndTime(instant)));
        }
        assertEquals("2026-12-04T12:00:00Z", StatusPaths.dateAndTimeText(Instant.parse("2026-12-04T12:00:00Z")));
        assertEquals("2026-12-04T12:00:00.02Z",
            StatusPaths.dateAndTimeText(Instant.parse("2026-12-04T12:00:00.020Z")));
        assertEquals("0001-01-01T00:00:00.000000001Z", StatusPaths.dateAndTimeText(Instant.ofEpochSecond(
            -62_135_596_800L, 1)));
    }
}
