/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.api.ReadWriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.DeviceStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDevice;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDeviceKey;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * Where status lives in the operational datastore ({@code flowsteer-status}), and how times are written there.
 */
public final class StatusPaths {
    private static final long READ_TIMEOUT_SECONDS = 30;
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
        .withZone(ZoneOffset.UTC);

    private StatusPaths() {
        // Utility class
    }

    /**
     * The status entry of a rule.
     *
     * @param ruleName the rule
     * @return its path
     */
    public static @NonNull InstanceIdentifier<Rule> rulePath(final @NonNull String ruleName) {
        return InstanceIdentifier.builder(FlowspecStatus.class).child(Rule.class, new RuleKey(ruleName)).build();
    }

    /**
     * One router's verdict on a rule.
     *
     * @param ruleName the rule
     * @param device the router
     * @return its path
     */
    public static @NonNull InstanceIdentifier<OnDevice> ruleDevicePath(final @NonNull String ruleName,
            final @NonNull String device) {
        return rulePath(ruleName).child(OnDevice.class, new OnDeviceKey(new DeviceRef(device)));
    }

    /**
     * The status entry of a router.
     *
     * @param device the router
     * @return its path
     */
    public static @NonNull InstanceIdentifier<Device> devicePath(final @NonNull String device) {
        return InstanceIdentifier.builder(DeviceStatus.class).child(Device.class, new DeviceKey(new DeviceRef(device)))
            .build();
    }

    /**
     * Whether a node exists, as the transaction sees it (its own writes included).
     *
     * @param tx the transaction
     * @param path the node
     * @return true when it exists
     * @throws IllegalStateException when the read fails
     */
    public static boolean exists(final @NonNull ReadWriteTransaction tx, final @NonNull InstanceIdentifier<?> path) {
        try {
            return tx.exists(LogicalDatastoreType.OPERATIONAL, path).get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + path, e);
        }
    }

    /**
     * An instant as {@code yang:date-and-time}, in UTC.
     *
     * @param instant the instant
     * @return its YANG form
     */
    public static @NonNull DateAndTime dateAndTime(final @NonNull Instant instant) {
        return new DateAndTime(dateAndTimeText(instant));
    }

    /**
     * An instant as RFC 3339 text in UTC, as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it (seconds
     * always, the fraction without trailing zeros, {@code Z}), without the formatter's machinery: the status writer
     * stamps every change it writes.
     *
     * @param instant the instant
     * @return its text
     */
    static @NonNull String dateAndTimeText(final @NonNull Instant instant) {
        final LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
            ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return DATE_AND_TIME.format(instant);
        }
        final StringBuilder text = new StringBuilder(30);
        digits(text, time.getYear(), 4).append('-');
        digits(text, time.getMonthValue(), 2).append('-');
        digits(text, time.getDayOfMonth(), 2).append('T');
        digits(text, time.getHour(), 2).append(':');
        digits(text, time.getMinute(), 2).append(':');
        digits(text, time.getSecond(), 2);
        int nano = time.getNano();
        if (nano != 0) {
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            digits(text.append('.'), nano, width);
        }
        return text.append('Z').toString();
    }

    private static StringBuilder digits(final StringBuilder text, final int value, final int width) {
        final String number = Integer.toString(value);
        for (int pad = number.length(); pad < width; pad++) {
            text.append('0');
        }
        return text.append(number);
    }

    /**
     * The instant a {@code yang:date-and-time} names.
     *
     * @param time the value
     * @return its instant
     */
    public static @NonNull Instant instant(final @NonNull DateAndTime time) {
        return OffsetDateTime.parse(time.getValue()).toInstant();
    }
}
