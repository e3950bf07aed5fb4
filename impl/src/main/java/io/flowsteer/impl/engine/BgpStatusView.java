/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.api.spi.PeerCounters;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.PrefixLimitExceeded;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.ReasonLeaves;
import io.flowsteer.impl.status.StatusPaths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.MaxPrefixesExceeded;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Bgp;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.Counter64;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.Gauge64;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint64;

/**
 * A BGP peer's status as the {@code device-status/device/bgp} container of {@code flowsteer-status}.
 */
public final class BgpStatusView {
    private BgpStatusView() {
        // Utility class
    }

    /**
     * Builds the container.
     *
     * @param status the speaker's view of the peer
     * @param routesReceived how many routes the peer sent that are held now
     * @param since when the session entered its current state
     * @return the operational container
     */
    public static @NonNull Bgp of(final @NonNull PeerStatus status, final long routesReceived,
            final @NonNull Instant since) {
        final PeerCounters counters = status.counters();
        final NegotiatedSession negotiated = status.negotiated();
        final BgpBuilder builder = new BgpBuilder()
            .setSessionState(switch (status.state()) {
                case IDLE -> Bgp.SessionState.Idle;
                case CONNECT -> Bgp.SessionState.Connect;
                case ACTIVE -> Bgp.SessionState.Active;
                case OPEN_SENT -> Bgp.SessionState.OpenSent;
                case OPEN_CONFIRM -> Bgp.SessionState.OpenConfirm;
                case ESTABLISHED -> Bgp.SessionState.Established;
            })
            .setMessagesReceived(new Counter64(Uint64.valueOf(counters.messagesReceived())))
            .setMessagesSent(new Counter64(Uint64.valueOf(counters.messagesSent())))
            .setRoutesAdvertised(new Gauge64(Uint64.valueOf(status.advertisedRoutes())))
            .setRoutesReceived(new Gauge64(Uint64.valueOf(routesReceived)))
            .setErrors(new Counter64(Uint64.valueOf(counters.malformedUpdates() + counters.notificationsReceived())))
            .setLastError(status.lastError())
            .setLastChange(StatusPaths.dateAndTime(since))
            .setNextAttempt(status.nextAttempt() == null ? null : StatusPaths.dateAndTime(status.nextAttempt()))
            .setConsecutiveFailures(Uint32.valueOf(status.failures()))
            .setRoutesRefused(new Gauge64(Uint64.valueOf(status.refused().size())))
            .setRoutesHeldBack(new Gauge64(Uint64.valueOf(status.heldBack().size())));
        final Reason reason = reason(status);
        if (reason != null) {
            builder.setReasonCode(reason.code()).setReasonArgument(ReasonLeaves.arguments(reason));
        }
        if (negotiated != null) {
            final Set<org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpFamily> families =
                new HashSet<>();
            for (BgpFamily family : negotiated.families()) {
                final var yang = org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpFamily
                    .forName(BgpConfigs.yangName(family));
                if (yang != null) {
                    families.add(yang);
                }
            }
            builder.setNegotiatedFamily(families.isEmpty() ? null : families)
                .setNegotiatedCapability(Set.copyOf(capabilities(negotiated)));
        }
        return builder.build();
    }

    /**
     * What the session's status has to say: {@code max-prefixes-exceeded} while the router is over its prefix limits
     * (warn-only) or its session was closed for that (close-and-restart, until it is established again);
     * {@code session-down} for any other session that is not established; nothing otherwise.
     *
     * @param status the peer's status
     * @return the reason, or null
     */
    public static @Nullable Reason reason(final @NonNull PeerStatus status) {
        final boolean up = status.state() == BgpSessionState.ESTABLISHED;
        final PrefixLimitExceeded over = status.overLimit();
        if (over != null && over.closed() != up) {
            final String state = status.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
            return Reason.of(MaxPrefixesExceeded.VALUE, over.sentence())
                .with("peer", status.peer().getHostAddress()).with("kind", over.kind())
                .with("family", BgpConfigs.yangName(over.family())).with("count", Long.toString(over.count()))
                .with("limit", Long.toString(over.limit())).with("session-state", state);
        }
        return up ? null : sessionDown(status);
    }

    /**
     * Why the session is not established: {@code session-down}, naming the peer and the RFC 4271 section 8 state;
     * its sentence is the last error, when there was one, and when the next attempt is.
     *
     * @param status the peer's status
     * @return the reason
     */
    static @NonNull Reason sessionDown(final @NonNull PeerStatus status) {
        final String state = status.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        final String error = status.lastError();
        final Instant next = status.nextAttempt();
        final String retry = next == null ? "" : "; next attempt at " + next + (status.failures() > 1
            ? " after " + status.failures() + " consecutive failures (the delay doubles with each, up to a cap)" : "");
        final Reason reason = Reason.of(SessionDown.VALUE, (error != null ? error : "the BGP session is " + state)
            + retry).with("peer", status.peer().getHostAddress()).with("session-state", state);
        return next == null ? reason : reason.with("next-attempt", next)
            .with("consecutive-failures", status.failures());
    }

    private static List<String> capabilities(final NegotiatedSession negotiated) {
        final List<String> names = new ArrayList<>();
        names.add("multiprotocol");
        if (negotiated.fourOctetAs()) {
            names.add("four-octet-as");
        }
        if (negotiated.routeRefresh()) {
            names.add("route-refresh");
        }
        if (negotiated.extendedMessage()) {
            names.add("extended-message");
        }
        if (negotiated.gracefulRestart()) {
            names.add("graceful-restart");
        }
        names.add("hold-time " + negotiated.holdTime());
        names.add("remote-as " + negotiated.remoteAs());
        names.add("remote-router-id " + negotiated.remoteRouterId().getHostAddress());
        return names;
    }
}
