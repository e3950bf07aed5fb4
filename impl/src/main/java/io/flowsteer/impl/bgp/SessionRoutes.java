/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.CommunityContainerAttributeCodec;
import io.flowsteer.api.bgp.MpReachNlri;
import io.flowsteer.api.bgp.MpUnreachNlri;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.NotificationText;
import io.flowsteer.api.bgp.RouteRefreshMessage;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.error.WireFormatException;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.api.spi.PrefixLimitExceeded;
import io.flowsteer.api.spi.PrefixLimits;
import io.flowsteer.api.spi.ReceivedFlowspec;
import io.flowsteer.api.spi.RefusedRoute;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.NlriText;
import io.flowsteer.impl.bgp.PeerMessageCounters.Counted;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The route exchange of one peer in Established: received UPDATEs into its {@link AdjRibIn} and on to the
 * speaker's listeners (RFC 4271 section 9, RFC 7606), its {@link AdjRibOut} out as UPDATEs (RFC 4271 section 9.2),
 * again for a family on ROUTE-REFRESH (RFC 2918 section 4). The finite state machine says when; this says what.
 * Runs on the peer's event loop.
 */
final class SessionRoutes {
    /**
     * An Established session, as the route exchange sees it.
     *
     * @param channel the session's connection
     * @param negotiated what the OPEN exchange settled
     * @param encoding how UPDATEs are encoded for it
     */
    record Session(@NonNull Channel channel, @NonNull NegotiatedSession negotiated,
            @NonNull SessionEncoding encoding) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SessionRoutes.class);

    private final NettyBgpSouthbound speaker;
    private final InetAddress peer;
    private final PeerMessageCounters counters;
    private final Supplier<@Nullable Session> established;
    private final Runnable changed;
    private final Supplier<@NonNull PrefixLimits> limits;
    private final Consumer<@NonNull PrefixLimitExceeded> closeForLimit;
    private final PrefixLimitCheck limitCheck = new PrefixLimitCheck();
    private final AdjRibIn adjRibIn = new AdjRibIn();
    private final AdjRibOut adjRibOut = new AdjRibOut();
    private final RefusalTracker refusals;
    private final EventLoop loop;
    private @Nullable ScheduledFuture<?> acceptTimer;
    /**
     * The engine handed over the peer's Adj-RIB-Out at least once: the initial update can be complete. A session
     * Established before then owes the peer its End-of-RIB markers until the first hand-over.
     */
    private boolean delivered;

    /**
     * The route exchange of one peer.
     *
     * @param speaker the speaker, for its codecs, timers and listeners
     * @param loop the peer's event loop
     * @param peer the peer's address
     * @param counters the peer's counters
     * @param established the peer's session while it is Established, null otherwise
     * @param changed what to call when the peer's status may have changed
     * @param limits the peer's prefix limits, as configured now
     * @param closeForLimit what closes the session when the peer exceeded a limit that closes it
     */
    SessionRoutes(final @NonNull NettyBgpSouthbound speaker, final @NonNull EventLoop loop,
            final @NonNull InetAddress peer, final @NonNull PeerMessageCounters counters,
            final @NonNull Supplier<@Nullable Session> established, final @NonNull Runnable changed,
            final @NonNull Supplier<@NonNull PrefixLimits> limits,
            final @NonNull Consumer<@NonNull PrefixLimitExceeded> closeForLimit) {
        this.speaker = speaker;
        this.peer = peer;
        this.counters = counters;
        this.established = established;
        this.changed = changed;
        this.limits = limits;
        this.closeForLimit = closeForLimit;
        this.loop = loop;
        refusals = new RefusalTracker(speaker.policy().acceptedAfter());
    }

    /**
     * How many flowspec routes the peer's Adj-RIB-In holds.
     *
     * @return FSv1 and FSv2 routes
     */
    long flowspecCount() {
        return adjRibIn.flowspecCount();
    }

    /**
     * How many unicast routes the peer's Adj-RIB-In holds.
     *
     * @return unicast routes
     */
    long unicastCount() {
        return adjRibIn.unicastCount();
    }

    /**
     * The prefix limit the peer exceeded, while that still holds.
     *
     * @return it, or null
     */
    @Nullable PrefixLimitExceeded overLimit() {
        return limitCheck.exceeded();
    }

    @NonNull List<UnicastRoute> receivedUnicast(final int max) {
        return adjRibIn.unicast(max);
    }

    @NonNull List<ReceivedFlowspec> receivedFlowspec(final int max) {
        return adjRibIn.flowspec(max);
    }

    void collectUnicast(final @NonNull List<FlowspecValidator.Unicast> out) {
        adjRibIn.collectUnicast(peer, speaker.speakerConfig().localAs(), out);
    }

    /**
     * Replaces the routes wanted for the peer and, in Established, sends what changed, then the End-of-RIB markers
     * when this is the first hand-over ({@link #initialUpdate}).
     *
     * @param routes the routes
     */
    void setWanted(final @NonNull Collection<FlowspecRoute> routes) {
        final int wanted = adjRibOut.want(routes);
        refusals.wanted(routes);
        final boolean first = !delivered;
        delivered = true;
        final Session session = established.get();
        LOG.debug("Peer {}: {} routes wanted, {}", peer, wanted, session != null ? "sending" : "no session");
        if (session != null) {
            sync(session, false);
            if (first) {
                endOfRib(session);
            }
        }
        changed.run();
    }

    /**
     * Changes some of the routes wanted for the peer and, in Established, sends what the change brought, then the
     * End-of-RIB markers when this is the first hand-over ({@link #initialUpdate}). Only the change's NLRIs are
     * looked at: the UPDATEs of all earlier changes were sent already, or a new session sends every wanted route.
     *
     * @param put the routes new or with new attributes
     * @param withdrawn the NLRIs no longer wanted
     */
    void changeWanted(final @NonNull List<FlowspecRoute> put, final @NonNull List<FlowspecNlri> withdrawn) {
        final AdjRibOut.Change change = adjRibOut.change(put, withdrawn);
        refusals.changed(change.gone(), adjRibOut::wanted);
        final boolean first = !delivered;
        delivered = true;
        final Session session = established.get();
        LOG.debug("Peer {}: {} routes put, {} withdrawn, {}", peer, put.size(), withdrawn.size(),
            session != null ? "sending" : "no session");
        if (session != null) {
            sendUpdates(session, adjRibOut.sync(change, session.negotiated().families(), speaker.updateEncoder(),
                session.encoding(), refusals::allows));
            if (first) {
                endOfRib(session);
            }
        }
        changed.run();
    }

    /**
     * Asks the peer to send a family again, RFC 2918 section 3, when Established and it supports ROUTE-REFRESH.
     *
     * @param family the family
     * @return whether the request was sent
     */
    boolean sendRouteRefresh(final @NonNull BgpFamily family) {
        final Session session = established.get();
        return session != null && requestRefresh(session, family);
    }

    int sentCount() {
        return adjRibOut.sentCount();
    }

    /** A new session starts from an empty Adj-RIB-Out at the peer. */
    void forgetSent() {
        adjRibOut.forgetSent();
        refusals.sessionEnded();
    }

    /**
     * The peer ended the session, with a NOTIFICATION or by closing the connection: when routes it had not
     * accepted yet were sent, the search for the refused ones starts or goes on ({@link RefusalTracker}).
     *
     * @param notification the peer's NOTIFICATION, or null
     * @return true when the reset is one of the search's, so that the next attempt need not back off
     */
    boolean peerReset(final @Nullable NotificationMessage notification) {
        final int before = refusals.refused().size();
        final boolean probing = refusals.peerReset(notification, speaker.clock().instant());
        if (probing || refusals.searching()) {
            LOG.info("Peer {}: finding the routes it refuses, {} held back, {} found so far", peer,
                refusals.heldBack().size(), refusals.refused().size());
        }
        if (refusals.refused().size() != before) {
            logRefused(before);
        }
        return probing;
    }

    /**
     * The routes the peer refused, not sent to it again until they change.
     *
     * @return the refused routes
     */
    @NonNull List<RefusedRoute> refused() {
        return refusals.refused();
    }

    /**
     * The wanted routes held back while finding which routes the peer refuses.
     *
     * @return the routes
     */
    @NonNull List<FlowspecRoute> heldBack() {
        return refusals.heldBack();
    }

    /**
     * Forgets every refusal, so that every wanted route is sent again, now when Established (an operator's
     * {@code resync-device}).
     */
    void forgetRefused() {
        refusals.forget();
        final Session session = established.get();
        if (session != null) {
            sync(session, false);
        }
        changed.run();
    }

    private void logRefused(final int before) {
        final List<RefusedRoute> all = refusals.refused();
        for (RefusedRoute refused : all.subList(before, all.size())) {
            final NotificationMessage notification = refused.notification();
            final String how = notification == null ? "closed the connection"
                : NotificationText.describe(notification);
            final String route = NlriText.describe(refused.route().nlri());
            LOG.warn("Peer {}: refuses {} ({}); not sending it again until it changes", peer, route, how);
        }
    }

    private void acceptTimerExpired() {
        final Session session = established.get();
        if (session == null) {
            return;
        }
        final int before = refusals.refused().size();
        if (refusals.tick(speaker.clock().instant())) {
            if (refusals.refused().size() != before) {
                logRefused(before);
            }
            sync(session, false);
            changed.run();
        }
    }

    /** Without graceful restart state kept (receiving speaker only), the Adj-RIB-In goes with the session. */
    void forgetReceived() {
        adjRibIn.clear();
        limitCheck.sessionEnded();
    }

    /**
     * Sends what the peer lacks in the negotiated families: withdrawals of sent NLRIs no longer wanted, then
     * advertisements of wanted routes that are new or changed, NLRIs with equal attributes packed together.
     *
     * @param session the session
     * @param all re-send every wanted route, as when the session is established
     */
    void sync(final @NonNull Session session, final boolean all) {
        sync(session, session.negotiated().families(), all);
    }

    private void sync(final Session session, final Set<BgpFamily> families, final boolean all) {
        sendUpdates(session, adjRibOut.sync(families, all, speaker.updateEncoder(), session.encoding(),
            refusals::allows));
    }

    /**
     * Writes a sync's UPDATEs to the session and notes the routes advertised, for the search of refused ones.
     */
    private void sendUpdates(final Session session, final AdjRibOut.Updates updates) {
        updates.warnings().forEach(warning -> LOG.warn("Peer {}: {}", peer, warning));
        if (!updates.advertised().isEmpty()) {
            refusals.sent(updates.advertised(), speaker.clock().instant());
            if (acceptTimer != null) {
                acceptTimer.cancel(false);
            }
            // a little after the accepted time, so that the tick finds it passed
            acceptTimer = loop.schedule(this::acceptTimerExpired,
                speaker.policy().acceptedAfter().toMillis() + 1, TimeUnit.MILLISECONDS);
        }
        for (OutboundMessage update : updates.updates()) {
            counters.sent(update);
            session.channel().write(update);
        }
        session.channel().flush();
    }

    /**
     * The initial update of a session just Established, RFC 4724 section 4.1: every wanted route, then the End-of-RIB
     * marker of each negotiated family. The markers wait for the engine's first hand-over of the peer's Adj-RIB-Out:
     * a router in graceful restart helper mode keeps the routes of the previous session until the markers come and
     * then drops those it was not sent again, so markers sent before the engine has read the stored rules (a
     * controller starting, or one whose session came up first) would take every rule off the router until the
     * engine catches up.
     *
     * @param session the session
     */
    void initialUpdate(final @NonNull Session session) {
        sync(session, true);
        if (delivered) {
            endOfRib(session);
        } else {
            LOG.debug("Peer {}: End-of-RIB waits for the engine's routes", peer);
        }
    }

    /**
     * Sends the End-of-RIB marker of each negotiated family, RFC 4724 section 2.
     *
     * @param session the session
     */
    private void endOfRib(final @NonNull Session session) {
        for (BgpFamily family : OpenNegotiation.sorted(session.negotiated().families())) {
            send(session, new OutboundMessage.Update(Octets.copyOf(speaker.updateEncoder().endOfRib(family))));
        }
    }

    /**
     * Re-advertises the Adj-RIB-Out of the family a ROUTE-REFRESH asks for, RFC 2918 section 4.
     *
     * @param session the session
     * @param refresh the request
     */
    void onRouteRefresh(final @NonNull Session session, final @NonNull RouteRefreshMessage refresh) {
        counters.count(Counted.ROUTE_REFRESHES_RECEIVED);
        final BgpFamily family = BgpFamily.forCodes(refresh.afi(), refresh.safi(), speaker.speakerConfig().fsv2());
        LOG.info("Peer {}: ROUTE-REFRESH for {}", peer, family);
        if (family != null && session.negotiated().families().contains(family)) {
            sync(session, Set.of(family), true);
        }
    }

    private boolean requestRefresh(final Session session, final BgpFamily family) {
        if (!session.negotiated().routeRefresh() || !session.negotiated().families().contains(family)) {
            return false;
        }
        send(session, new OutboundMessage.Control(new RouteRefreshMessage(family.afi().code(),
            family.safi(speaker.speakerConfig().fsv2()))));
        return true;
    }

    /**
     * The community code points changed: asks the peer to send its routes again (RFC 2918) so that they are decoded
     * with the new ones, and, when the extended community code points changed, sends the whole Adj-RIB-Out again
     * encoded with them (its routes hold decoded communities, so nothing else would re-encode them). Wide community
     * values are not re-sent here: the routes carry their containers encoded, and the engine hands the recompiled
     * ones over, so a re-send would only put the old bytes on the wire once more. Nothing without a session.
     *
     * @param resend whether the extended community code points changed
     */
    void recode(final boolean resend) {
        final Session session = established.get();
        if (session == null) {
            return;
        }
        if (resend) {
            sync(session, true);
        }
        for (BgpFamily family : OpenNegotiation.sorted(session.negotiated().families())) {
            requestRefresh(session, family);
        }
        changed.run();
    }

    /**
     * Takes in an UPDATE received in Established.
     *
     * @param session the session
     * @param update the UPDATE
     */
    void onUpdate(final @NonNull Session session, final @NonNull UpdateMessage update) {
        final Set<BgpFamily> families = session.negotiated().families();
        counters.count(Counted.UPDATES_RECEIVED);
        if (!update.errors().isEmpty()) {
            counters.count(Counted.MALFORMED_UPDATES);
            for (WireFormatException error : update.errors()) {
                LOG.warn("Peer {}: malformed UPDATE, {}: {}", peer, error.treatment(), error.getMessage());
            }
        }
        final BgpFamily endOfRib = update.endOfRib();
        if (endOfRib != null) {
            if (families.contains(endOfRib)) {
                speaker.notifyEndOfRib(peer, endOfRib);
            }
            return;
        }
        final boolean withdrawAll = update.treatAsWithdraw() || malformedContainers(update);
        final AdjRibIn.Changes changes = adjRibIn.apply(update, families, withdrawAll);
        if (!changes.unicastAnnounced().isEmpty() || !changes.unicastWithdrawn().isEmpty()) {
            speaker.notifyUnicast(peer, changes.unicastAnnounced(), changes.unicastWithdrawn());
        }
        if (!changes.flowspecAnnounced().isEmpty() || !changes.flowspecWithdrawn().isEmpty()) {
            speaker.notifyFlowspec(peer, changes.flowspecAnnounced(), changes.flowspecWithdrawn());
        }
        if (!changes.fsv2Withdrawn().isEmpty()) {
            speaker.notifyFsv2Withdrawn(peer, changes.fsv2Withdrawn());
        }
        checkLimits(update);
    }

    /**
     * RFC 4486 section 4: after the UPDATE is taken in, a peer over its limits is warned about once, or has its
     * session closed with Cease / Maximum Number of Prefixes Reached.
     */
    private void checkLimits(final UpdateMessage update) {
        final MpReachNlri reach = update.mpReach();
        final MpUnreachNlri unreach = update.mpUnreach();
        final BgpFamily family = reach != null ? reach.family()
            : unreach != null ? unreach.family() : BgpFamily.IPV4_UNICAST;
        final PrefixLimitExceeded exceeded = limitCheck.check(limits.get(), adjRibIn.flowspecCount(),
            adjRibIn.unicastCount(), family);
        if (exceeded == null) {
            return;
        }
        LOG.warn("Peer {}: {}", peer, exceeded.sentence());
        if (exceeded.closed()) {
            counters.count(Counted.SESSION_RESETS);
            closeForLimit.accept(exceeded);
        }
    }

    /**
     * The NOTIFICATION that closes a session over its limit: Cease / Maximum Number of Prefixes Reached with the
     * AFI and SAFI of the UPDATE that exceeded it and the limit, RFC 4486 section 4.
     *
     * @param exceeded the excess
     * @return the NOTIFICATION
     */
    @NonNull NotificationMessage cease(final @NonNull PrefixLimitExceeded exceeded) {
        return NotificationMessage.maximumPrefixes(exceeded.family().afi().code(),
            exceeded.family().safi(speaker.speakerConfig().fsv2()), exceeded.limit());
    }

    private void send(final Session session, final OutboundMessage message) {
        counters.sent(message);
        session.channel().writeAndFlush(message);
    }

    /**
     * Whether an UPDATE announcing flowspec routes carries a malformed Community Container attribute: a malformed
     * Redirect Load Balancing Group (draft-wu-idr-flowspec-redirect-group section 5), on FSv1 and FSv2 routes alike,
     * or, with FSv2 routes, a malformed FSv2 Action community (draft-liu-idr-flowspec-redirect-sr-segment-list
     * section 4). Either is treat-as-withdraw (RFC 7606): every route of the UPDATE is withdrawn. Counted and
     * logged like the codec's own malformed cases.
     */
    private boolean malformedContainers(final UpdateMessage update) {
        final MpReachNlri reach = update.mpReach();
        if (reach == null || reach.flowspec().isEmpty() && reach.fsv2().isEmpty()) {
            return false;
        }
        try {
            CommunityContainerAttributeCodec.checkRedirectGroups(update.attributes(), speaker.redirectGroupCodec());
            if (!reach.fsv2().isEmpty()) {
                CommunityContainerAttributeCodec.decodeFsv2Actions(update.attributes(), speaker.fsv2ActionCodec());
            }
            return false;
        } catch (WireFormatException error) {
            if (update.errors().isEmpty()) {
                counters.count(Counted.MALFORMED_UPDATES);
            }
            LOG.warn("Peer {}: malformed UPDATE, {}: {}", peer, error.treatment(), error.getMessage());
            return true;
        }
    }
}
