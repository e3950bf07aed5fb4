/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.NotificationText;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.RefusedRoute;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.resolve.Dialect;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.util.List;
import java.util.Locale;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FamilyNotNegotiated;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HeldBack;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NoBgpSession;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NotForRouterProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NotResolvedYet;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RefusedByRouter;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;

/**
 * The status line of a rule on a router, from the resolver's verdict and the router's BGP session. The effective
 * action is what the router really does, so none unless the router holds the route: a rule the router should get
 * is pending until the session that carries it is established (RFC 4271 section 8; without graceful restart for
 * any family, RFC 4724 section 3, the router drops Flowsteer's routes when the session ends), unsupported when the
 * router's BGP configuration does not offer the rule's family or the session did not negotiate it (RFC 4760
 * section 8), rejected when the router refused its route, and pending while the route is held back to find which
 * routes the router refuses; unsupported too when the router's profile says it cannot take the route, which is then
 * not sent. A refusal stays known while the session is down.
 */
final class StatusLines {
    private StatusLines() {
        // utility class
    }

    /**
     * The line.
     *
     * @param rule the rule
     * @param verdict the router's verdict on it, or null when it was not resolved there yet
     * @param peer the router's BGP peer, or null when it has none
     * @param session the session's last status, or null when it has not started
     * @return the line
     */
    static @NonNull DeviceStatusLine of(final @NonNull CompiledRule rule, final @Nullable RuleVerdict verdict,
            final @Nullable PeerConfig peer, final @Nullable PeerStatus session) {
        return of(rule, verdict, peer, session, RouterProfile.NONE);
    }

    /**
     * The line, for a router whose BGP implementation cannot take some routes: such a rule is unsupported there.
     *
     * @param rule the rule
     * @param verdict the router's verdict on it, or null when it was not resolved there yet
     * @param peer the router's BGP peer, or null when it has none
     * @param session the session's last status, or null when it has not started
     * @param profile the router's {@code bgp/router-profile}
     * @return the line
     */
    static @NonNull DeviceStatusLine of(final @NonNull CompiledRule rule, final @Nullable RuleVerdict verdict,
            final @Nullable PeerConfig peer, final @Nullable PeerStatus session,
            final @NonNull RouterProfile profile) {
        return of(rule, verdict, peer, session, profile, Dialect.IETF);
    }

    /**
     * The line, for a router with a BGP implementation profile and a dialect: the route it is compared with (a
     * refusal is for the route as that router got it) is in the router's dialect.
     *
     * @param rule the rule
     * @param verdict the router's verdict on it, or null when it was not resolved there yet
     * @param peer the router's BGP peer, or null when it has none
     * @param session the session's last status, or null when it has not started
     * @param profile the router's {@code bgp/router-profile}
     * @param dialect the router's dialect
     * @return the line
     */
    static @NonNull DeviceStatusLine of(final @NonNull CompiledRule rule, final @Nullable RuleVerdict verdict,
            final @Nullable PeerConfig peer, final @Nullable PeerStatus session,
            final @NonNull RouterProfile profile, final @NonNull Dialect dialect) {
        if (verdict == null) {
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(Reason.of(NotResolvedYet.VALUE,
                "not resolved for this router yet")), null);
        }
        if (!verdict.advertise()) {
            return new DeviceStatusLine(verdict.state(), verdict.reasons(), inEffect(verdict.state())
                ? verdict.effectiveAction() : null);
        }
        if (peer == null) {
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(Reason.of(NoBgpSession.VALUE,
                "the router has no BGP session configured, so it cannot get the rule")), null);
        }
        final BgpFamily family = FlowspecRoutes.of(rule).family();
        if (!peer.families().contains(family)) {
            return new DeviceStatusLine(RuleState.Unsupported, Reasons.of(Reason.of(FamilyNotNegotiated.VALUE,
                "the router's BGP configuration does not offer " + BgpConfigs.yangName(family))
                .with("family", BgpConfigs.yangName(family))), null);
        }
        final List<String> cannot = profile.cannotTake(rule.nlri());
        if (!cannot.isEmpty()) {
            return new DeviceStatusLine(RuleState.Unsupported, Reasons.of(Reason.of(NotForRouterProfile.VALUE,
                "the router's BGP implementation (router-profile " + profile.yangName() + ") cannot take "
                + String.join(" or ", cannot) + ", so the rule is not sent to it")
                .with("profile", profile.yangName()).with("components", String.join(", ", cannot))), null);
        }
        final FlowspecRoute route = FlowspecRoutes.of(rule, verdict, dialect);
        final RefusedRoute refused = session == null ? null : refusal(session, route);
        final boolean up = session != null && session.state() == BgpSessionState.ESTABLISHED;
        if (refused != null) {
            final Reason why = refusedByRouter(peer, refused);
            return new DeviceStatusLine(RuleState.Rejected, up ? Reasons.of(why)
                : Reasons.of(why, sessionDown(peer, session, "the refusal is the last known state")), null);
        }
        if (!up) {
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(sessionDown(peer, session,
                "the rule is sent when it is established")), null);
        }
        if (session.negotiated() != null && !session.negotiated().families().contains(family)) {
            return new DeviceStatusLine(RuleState.Unsupported, Reasons.of(Reason.of(FamilyNotNegotiated.VALUE,
                "the BGP session did not negotiate " + BgpConfigs.yangName(family))
                .with("family", BgpConfigs.yangName(family))), null);
        }
        if (session.heldBack().contains(route)) {
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(Reason.of(HeldBack.VALUE,
                "held back while Flowsteer finds which routes the router refuses: it reset the BGP session after"
                + " routes were sent; the rule is sent once the routes sent before it are accepted")
                .with("peer", peer.address().getHostAddress())), null);
        }
        return new DeviceStatusLine(verdict.state(), verdict.reasons(), inEffect(verdict.state())
            ? verdict.effectiveAction() : null);
    }

    private static boolean inEffect(final RuleState state) {
        return state == RuleState.Installed || state == RuleState.PartiallyInstalled
            || state == RuleState.InvalidRedirect || state == RuleState.Advertised;
    }

    private static @Nullable RefusedRoute refusal(final PeerStatus session, final FlowspecRoute route) {
        for (RefusedRoute refused : session.refused()) {
            if (refused.route().equals(route)) {
                return refused;
            }
        }
        return null;
    }

    private static Reason sessionDown(final PeerConfig peer, final @Nullable PeerStatus session,
            final String consequence) {
        final String state = session == null ? "not started"
            : session.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Reason.of(SessionDown.VALUE, "BGP session to " + peer.address().getHostAddress() + " is " + state
            + " (its device-status says when the next attempt is); " + consequence)
            .with("peer", peer.address().getHostAddress())
            .with("session-state", session == null ? "not-started" : state);
    }

    /**
     * The reason of a route the router refused, quoting its NOTIFICATION (RFC 4271 section 4.5).
     *
     * @param peer the router's peer
     * @param refused the refusal
     * @return the reason
     */
    static @NonNull Reason refusedByRouter(final @NonNull PeerConfig peer, final @NonNull RefusedRoute refused) {
        final NotificationMessage notification = refused.notification();
        final String how = notification == null ? "closed the BGP session each time it was sent the rule's route"
            : "reset the BGP session with " + NotificationText.describe(notification)
                + " each time it was sent the rule's route";
        Reason reason = Reason.of(RefusedByRouter.VALUE, "the router refused the rule: it " + how
            + "; not sent to it again until the rule changes or resync-device is run")
            .with("peer", peer.address().getHostAddress());
        if (notification != null) {
            reason = reason.with("notification-code", notification.code())
                .with("notification-subcode", notification.subcode())
                .with("notification-data", notification.data().hex());
        }
        return reason;
    }
}
