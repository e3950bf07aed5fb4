/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpMessage;
import io.flowsteer.api.bgp.BgpProtocolException;
import io.flowsteer.api.bgp.KeepaliveMessage;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.NotificationText;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.RouteRefreshMessage;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.PrefixLimitExceeded;
import io.flowsteer.impl.bgp.PeerMessageCounters.Counted;
import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured peer: the BGP finite state machine of RFC 4271 section 8 for its one connection and its timers
 * (ConnectRetry, Hold, Keepalive, section 10). The OPEN exchange is {@link OpenNegotiation}'s, the routes exchanged
 * in Established are {@link SessionRoutes}', the messages go out through {@link BgpConnection}. Every method runs on
 * the speaker's event loop; nothing here is thread-safe by itself. Connection collision (RFC 4271 section 6.8):
 * while in OpenSent or OpenConfirm, one more inbound connection is a collision candidate; when its OPEN arrives,
 * the connection the peer initiated is kept if the local BGP Identifier is the lower one (unsigned), the one
 * Flowsteer initiated otherwise, and the other is closed with Cease / Connection Collision Resolution (RFC 4486
 * section 4). A connection that reaches Established first wins; a later inbound one is refused the same way.
 */
final class BgpPeer {
    private static final Logger LOG = LoggerFactory.getLogger(BgpPeer.class);
    /** Keepalives sent per hold time, RFC 4271 section 10: one third of the hold time apart. */
    private static final int KEEPALIVES_PER_HOLD_TIME = 3;

    private final NettyBgpSouthbound speaker;
    private final EventLoop loop;
    private PeerConfig config;
    private BgpSessionState state = BgpSessionState.IDLE;
    private @Nullable BgpConnection current;
    private @Nullable BgpConnection candidate;
    private @Nullable NegotiatedSession negotiated;
    private SessionRoutes.@Nullable Session session;
    private final PeerMessageCounters counters = new PeerMessageCounters();
    private final SessionRoutes routes;
    private @Nullable ScheduledFuture<?> holdTimer;
    private @Nullable ScheduledFuture<?> keepaliveTimer;
    private final ConnectRetryTimer connectRetry;
    private boolean stopped;
    /** Whether this peer has had a session since the speaker started: the Restart State bit is set until then. */
    private boolean establishedOnce;
    private @Nullable String lastError;
    private volatile PeerStatus status;

    BgpPeer(final NettyBgpSouthbound speaker, final EventLoop loop, final PeerConfig config) {
        this.speaker = speaker;
        this.loop = loop;
        this.config = config;
        routes = new SessionRoutes(speaker, loop, config.address(), counters, this::established, this::publish,
            () -> this.config.maxPrefixes(), this::prefixLimitReached);
        connectRetry = new ConnectRetryTimer(loop, speaker.clock(), speaker.policy());
        status = snapshot();
    }

    PeerStatus status() {
        return status;
    }

    PeerConfig config() {
        return config;
    }

    PeerMessageCounters counters() {
        return counters;
    }

    /** The routes exchanged with the peer: its Adj-RIB-In and Adj-RIB-Out, and the wanted routes to send. */
    SessionRoutes routes() {
        return routes;
    }

    void start() {
        if (!speaker.active()) {
            // a standby controller leaves the routers to the active one
            stopped = true;
            lastError = NettyBgpSouthbound.STANDBY;
            setState(BgpSessionState.IDLE);
            return;
        }
        stopped = false;
        if (config.passive()) {
            lastError = speaker.refusal(config, lastError);
            setState(BgpSessionState.ACTIVE);
        } else {
            connect();
        }
    }

    void stop(final int ceaseSubcode, final String reason) {
        halt(NotificationMessage.of(NotificationMessage.CEASE, ceaseSubcode), reason);
    }

    /**
     * Stops as a restarting speaker does (RFC 4724 section 4.1): the connection is closed without a NOTIFICATION,
     * so that a router in helper mode keeps the routes, stale, until the speaker is back or the restart time ends.
     *
     * @param reason why, for the status
     */
    void stopForRestart(final String reason) {
        halt(null, reason);
        // the next session is a restarted speaker's: its OPEN sets the Restart State bit again
        establishedOnce = false;
    }

    /**
     * This node became the active controller: the peer starts, its last error (the standby) forgotten.
     */
    void activate() {
        lastError = null;
        start();
    }

    private void halt(final @Nullable NotificationMessage notification, final String reason) {
        stopped = true;
        connectRetry.cancel();
        dropCandidate(notification);
        closeSession(notification, reason, false);
        setState(BgpSessionState.IDLE);
    }

    void reconfigure(final PeerConfig newConfig) {
        final boolean reset = !newConfig.equals(config);
        config = newConfig;
        if (reset) {
            restart("peer reconfigured");
        }
    }

    void resetSession(final String reason) {
        if (current != null) {
            restart(reason);
        }
    }

    private void restart(final String reason) {
        closeSession(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.OTHER_CONFIGURATION_CHANGE),
            reason, false);
        connectRetry.cancel();
        start();
    }

    /**
     * The session, while Established.
     *
     * @return the session, or null in any other state
     */
    private SessionRoutes.@Nullable Session established() {
        return state == BgpSessionState.ESTABLISHED ? session : null;
    }

    private void connect() {
        connectRetry.cancel();
        if (stopped || current != null) {
            return;
        }
        final BgpConnection connection = new BgpConnection(this, false);
        current = connection;
        setState(BgpSessionState.CONNECT);
        speaker.connect(loop, config, connection).addListener(future -> {
            if (!future.isSuccess() && current == connection) {
                current = null;
                connectionFailed("connect to " + config.address().getHostAddress() + ":" + config.port()
                    + " failed: " + future.cause().getMessage());
            }
        });
    }

    private void connectionFailed(final String reason) {
        lastError = reason;
        LOG.debug("Peer {}: {}", config.address(), reason);
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        connectRetry.cancel();
        if (stopped) {
            setState(BgpSessionState.IDLE);
            return;
        }
        if (!config.passive()) {
            connectRetry.schedule(this::connect);
        }
        setState(config.passive() ? BgpSessionState.ACTIVE : BgpSessionState.IDLE);
    }

    /**
     * An inbound connection from this peer's address.
     *
     * @param connection the connection; its channel is set
     * @return true when accepted
     */
    boolean accept(final BgpConnection connection) {
        if (stopped) {
            return false;
        }
        if (current != null) {
            if (state == BgpSessionState.CONNECT) {
                // our own attempt has not completed: prefer the established TCP connection
                final BgpConnection pending = current;
                current = null;
                if (pending.channel() != null) {
                    pending.channel().close();
                }
            } else if ((state == BgpSessionState.OPEN_SENT || state == BgpSessionState.OPEN_CONFIRM)
                && candidate == null) {
                // RFC 4271 section 6.8: run the OPEN exchange on both and decide by BGP Identifier
                candidate = connection;
                return true;
            } else {
                return false;
            }
        }
        connectRetry.cancel();
        current = connection;
        return true;
    }

    void onConnected(final BgpConnection connection) {
        if (connection == candidate) {
            sendOpen(connection);
            return;
        }
        if (connection != current) {
            connection.channel().close();
            return;
        }
        sendOpen(connection);
        setState(BgpSessionState.OPEN_SENT);
        restartHoldTimer(speaker.policy().openHoldTime().toSeconds());
    }

    private void sendOpen(final BgpConnection connection) {
        connection.send(new OutboundMessage.Control(OpenNegotiation.localOpen(config, speaker.speakerConfig(),
            !establishedOnce)));
    }

    void onDisconnected(final BgpConnection connection, final Throwable cause) {
        if (connection == candidate) {
            candidate = null;
            return;
        }
        if (connection != current) {
            return;
        }
        final String reason = withHint(cause == null ? "connection closed by peer"
            : "transport error: " + cause.getMessage());
        if (cause != null && !(cause instanceof IOException)) {
            LOG.warn("Peer {}: closing session after an unexpected error", config.address(), cause);
            counters.count(Counted.SESSION_RESETS);
            closeSession(NotificationMessage.of(NotificationMessage.CEASE, 0), reason, true);
        } else {
            connectRetry.probeNext(cause == null && routes.peerReset(null));
            closeSession(null, reason, true);
        }
    }

    void onFrameError(final BgpConnection connection, final Object error) {
        if (connection == candidate && error instanceof BgpProtocolException e) {
            dropCandidate(e.toNotification());
        } else if (connection == current && error instanceof BgpProtocolException e) {
            protocolError(e);
        }
    }

    void onFrame(final BgpConnection connection, final ByteBuf frame) {
        if (connection != candidate && connection != current) {
            return;
        }
        counters.count(Counted.MESSAGES_RECEIVED);
        final BgpMessage message;
        try {
            message = speaker.messageCodec().decode(frame, connection.fourOctetAs());
        } catch (BgpProtocolException e) {
            onFrameError(connection, e);
            return;
        }
        if (connection == candidate) {
            onCandidateMessage(message);
        } else {
            onMessage(message);
        }
    }

    private void onMessage(final BgpMessage message) {
        if (negotiated != null && negotiated.holdTime() > 0) {
            restartHoldTimer(negotiated.holdTime());
        }
        if (message instanceof NotificationMessage notification) {
            counters.count(Counted.NOTIFICATIONS_RECEIVED);
            counters.count(Counted.SESSION_RESETS);
            final String text = NotificationText.describe(notification);
            LOG.info("Peer {}: received {}", config.address(), text);
            connectRetry.probeNext(state == BgpSessionState.ESTABLISHED && routes.peerReset(notification));
            closeSession(null, "received " + text, true);
            return;
        }
        switch (state) {
            case OPEN_SENT -> {
                if (message instanceof OpenMessage open) {
                    onOpen(open);
                } else {
                    fsmError(NotificationMessage.FSM_OPEN_SENT, message);
                }
            }
            case OPEN_CONFIRM -> {
                if (message instanceof KeepaliveMessage) {
                    onEstablished();
                } else {
                    fsmError(NotificationMessage.FSM_OPEN_CONFIRM, message);
                }
            }
            case ESTABLISHED -> {
                if (message instanceof UpdateMessage update) {
                    routes.onUpdate(session, update);
                    publish();
                } else if (message instanceof RouteRefreshMessage refresh) {
                    routes.onRouteRefresh(session, refresh);
                    publish();
                } else if (!(message instanceof KeepaliveMessage)) {
                    fsmError(NotificationMessage.FSM_ESTABLISHED, message);
                }
            }
            default -> fsmError(0, message);
        }
    }

    /** RFC 4486 section 4: Cease / Maximum Number of Prefixes Reached, then tried again after restart-after. */
    private void prefixLimitReached(final PrefixLimitExceeded exceeded) {
        closeSession(routes.cease(exceeded), exceeded.sentence(), false);
        stopped = true;
        setState(BgpSessionState.IDLE);
        connectRetry.scheduleAfter(this::start, Duration.ofSeconds(config.maxPrefixes().restartAfterSeconds()));
    }

    private void fsmError(final int subcode, final BgpMessage message) {
        protocolError(new BgpProtocolException(NotificationMessage.FSM_ERROR, subcode,
            "unexpected " + message.typeName() + " message in state " + state));
    }

    private void protocolError(final BgpProtocolException error) {
        LOG.warn("Peer {}: {}, sending NOTIFICATION", config.address(), error.getMessage());
        counters.count(Counted.SESSION_RESETS);
        closeSession(error.toNotification(), error.getMessage(), true);
    }

    // ---- connection collision (RFC 4271 section 6.8) ----

    private void onCandidateMessage(final BgpMessage message) {
        if (message instanceof NotificationMessage) {
            counters.count(Counted.NOTIFICATIONS_RECEIVED);
            dropCandidate(null);
        } else if (message instanceof OpenMessage open) {
            resolveCollision(open);
        } else {
            dropCandidate(NotificationMessage.of(NotificationMessage.FSM_ERROR, NotificationMessage.FSM_OPEN_SENT));
        }
    }

    private void resolveCollision(final OpenMessage open) {
        // BGP Identifiers compare as unsigned 32-bit numbers
        final boolean keepInbound = Integer.compareUnsigned(
            ByteBuffer.wrap(speaker.speakerConfig().routerId().getAddress()).getInt(),
            ByteBuffer.wrap(open.bgpIdentifier().getAddress()).getInt()) < 0;
        final boolean keepCurrent = state == BgpSessionState.ESTABLISHED || current == null
            || current.inbound() == candidate.inbound() || current.inbound() == keepInbound;
        final BgpConnection kept = keepCurrent ? current : candidate;
        LOG.info("Peer {}: connection collision, keeping the {} connection (local id {}, remote id {})",
            config.address(), kept != null && kept.inbound() ? "inbound" : "outbound",
            speaker.speakerConfig().routerId().getHostAddress(), open.bgpIdentifier().getHostAddress());
        if (keepCurrent) {
            dropCandidate(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.CONNECTION_COLLISION));
            return;
        }
        final BgpConnection winner = candidate;
        candidate = null;
        closeSession(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.CONNECTION_COLLISION),
            "connection collision resolved in favour of the other connection", false);
        connectRetry.cancel();
        current = winner;
        setState(BgpSessionState.OPEN_SENT);
        restartHoldTimer(speaker.policy().openHoldTime().toSeconds());
        onOpen(open);
    }

    private void dropCandidate(final @Nullable NotificationMessage notification) {
        final BgpConnection loser = candidate;
        candidate = null;
        if (loser != null) {
            loser.close(notification);
        }
    }

    // ---- OPEN and session establishment (RFC 4271 section 6.2, 8.2.2) ----

    private void onOpen(final OpenMessage open) {
        try {
            negotiated = OpenNegotiation.negotiate(open, config, speaker.speakerConfig());
        } catch (BgpProtocolException e) {
            protocolError(e);
            return;
        }
        final int holdTime = negotiated.holdTime();
        current.negotiated(negotiated.fourOctetAs(), negotiated.maxMessageSize());
        sendKeepalive();
        setState(BgpSessionState.OPEN_CONFIRM);
        if (holdTime > 0) {
            restartHoldTimer(holdTime);
            final long interval = Math.max(1, holdTime / KEEPALIVES_PER_HOLD_TIME);
            keepaliveTimer = loop.scheduleAtFixedRate(this::sendKeepalive, interval, interval, TimeUnit.SECONDS);
        } else {
            cancel(holdTimer);
        }
    }

    private void onEstablished() {
        establishedOnce = true;
        connectRetry.established();
        counters.count(Counted.ESTABLISHED_TRANSITIONS);
        lastError = null;
        routes.forgetSent();
        if (candidate != null) {
            // RFC 4271 section 6.8: an Established connection wins any collision
            dropCandidate(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.CONNECTION_COLLISION));
        }
        session = new SessionRoutes.Session(current.channel(), negotiated,
            OpenNegotiation.encoding(negotiated, speaker.speakerConfig()));
        setState(BgpSessionState.ESTABLISHED);
        LOG.info("Peer {}: established with AS {}, hold time {} s, families {}", config.address(),
            negotiated.remoteAs(), negotiated.holdTime(), OpenNegotiation.sorted(negotiated.families()));
        routes.initialUpdate(session);
        publish();
    }

    private void restartHoldTimer(final long seconds) {
        cancel(holdTimer);
        holdTimer = loop.schedule(this::holdTimerExpired, seconds, TimeUnit.SECONDS);
    }

    /**
     * A reason with what the router must match, before Established: a router that goes silent or closes without a
     * NOTIFICATION may be one whose segments the kernel drops, or that drops the speaker's, for a TCP-MD5 key
     * (RFC 2385 section 2.0) or GTSM (RFC 5082 section 3) that differs.
     */
    private String withHint(final String reason) {
        return state == BgpSessionState.ESTABLISHED ? reason : reason + SpeakerTransport.hint(config);
    }

    private void holdTimerExpired() {
        if (current != null) {
            counters.count(Counted.SESSION_RESETS);
            closeSession(NotificationMessage.of(NotificationMessage.HOLD_TIMER_EXPIRED, 0),
                withHint("hold timer expired"), true);
        }
    }

    private void sendKeepalive() {
        if (current != null && current.channel() != null) {
            current.send(new OutboundMessage.Control(KeepaliveMessage.INSTANCE));
        }
    }

    /**
     * Ends the current session: sends the NOTIFICATION if given, closes the connection, stops the timers and
     * forgets what the session was sent.
     */
    private void closeSession(final @Nullable NotificationMessage notification, final String reason,
            final boolean retry) {
        cancel(holdTimer);
        cancel(keepaliveTimer);
        final BgpConnection connection = current;
        current = null;
        negotiated = null;
        session = null;
        routes.forgetSent();
        if (connection != null) {
            // without graceful restart state kept (receiving speaker only), the Adj-RIB-In goes with the session
            routes.forgetReceived();
            lastError = reason;
            connection.close(notification);
        }
        if (retry && candidate != null && !stopped) {
            // the peer closed the other side of a collision: carry on with the connection it kept
            current = candidate;
            candidate = null;
            setState(BgpSessionState.OPEN_SENT);
            restartHoldTimer(speaker.policy().openHoldTime().toSeconds());
        } else if (retry) {
            scheduleReconnect();
        } else {
            dropCandidate(notification);
            publish();
        }
    }

    private static void cancel(final ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void setState(final BgpSessionState newState) {
        state = newState;
        publish();
    }

    private void publish() {
        final PeerStatus next = snapshot();
        if (!next.equals(status)) {
            status = next;
            speaker.notifyStatus(next);
        }
    }

    private PeerStatus snapshot() {
        return new PeerStatus(config.address(), state, negotiated, counters.snapshot(), lastError,
            routes.sentCount(), routes.flowspecCount(), routes.unicastCount(), routes.overLimit(),
            connectRetry.nextAttempt(), connectRetry.failures(), routes.refused(), routes.heldBack());
    }
}
