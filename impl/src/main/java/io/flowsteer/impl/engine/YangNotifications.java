/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.resolve.ResolutionEvent;
import io.flowsteer.impl.status.ReasonLeaves;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.api.NotificationPublishService;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.InvalidRedirect;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.InvalidRedirectBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SrPolicyFallbackBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SrPolicyRecoveryBuilder;
import org.opendaylight.yangtools.yang.binding.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the resolver's events as the notifications of {@code flowsteer-status}: {@code invalid-redirect},
 * {@code sr-policy-fallback} and {@code sr-policy-recovery}. Publishing never blocks the engine: when the
 * notification queue is full the event is logged and dropped, the status entries still tell the story.
 */
public final class YangNotifications implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(YangNotifications.class);

    private final @NonNull NotificationPublishService publisher;

    /**
     * Creates the publisher.
     *
     * @param publisher MD-SAL's notification service
     */
    public YangNotifications(final @NonNull NotificationPublishService publisher) {
        this.publisher = requireNonNull(publisher);
    }

    @Override
    public void publish(final @NonNull ResolutionEvent event) {
        final Notification<?> notification = toNotification(event);
        LOG.info("Flowsteer event: {}", event.sentence());
        if (publisher.offerNotification(notification) == NotificationPublishService.REJECTED) {
            LOG.warn("Notification queue full, dropped: {}", event.sentence());
        }
    }

    /**
     * The notification for an event.
     *
     * @param event the event
     * @return the YANG notification
     */
    public static @NonNull Notification<?> toNotification(final @NonNull ResolutionEvent event) {
        if (event instanceof ResolutionEvent.InvalidRedirect invalid) {
            return new InvalidRedirectBuilder().setRule(invalid.rule()).setDevice(new DeviceRef(invalid.device()))
                .setRedirect(InvalidRedirect.Redirect.forName(invalid.kind().yangName()))
                .setReason(invalid.reason().sentence()).setReasonCode(invalid.reason().code())
                .setReasonArgument(ReasonLeaves.arguments(invalid.reason()))
                .build();
        } else if (event instanceof ResolutionEvent.SrFallback fallback) {
            return new SrPolicyFallbackBuilder().setRule(fallback.rule()).setDevice(new DeviceRef(fallback.device()))
                .setReason(fallback.reason().sentence()).setReasonCode(fallback.reason().code())
                .setReasonArgument(ReasonLeaves.arguments(fallback.reason())).build();
        } else if (event instanceof ResolutionEvent.SrRecovery recovery) {
            return new SrPolicyRecoveryBuilder().setRule(recovery.rule()).setDevice(new DeviceRef(recovery.device()))
                .build();
        }
        throw new IllegalArgumentException("no notification for " + event);
    }
}
