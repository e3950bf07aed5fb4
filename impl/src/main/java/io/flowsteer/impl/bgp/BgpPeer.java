/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.AsPathSegment;
import io.flowsteer.api.bgp.BgpMessage;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.BgpProtocolException;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.IpPrefix;
import io.flowsteer.api.bgp.KeepaliveMessage;
import io.flowsteer.api.bgp.MpReachNlri;
import io.flowsteer.api.bgp.MpUnreachNlri;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.RouteRefreshMessage;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.WireFormatException;
import io.flowsteer.api.spi.BgpFamily;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.FlowspecValidation;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerCounters;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.RawAttribute;
import io.flowsteer.api.spi.ReceivedFlowspec;
import io.flowsteer.api.spi.RouteAttributes;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured peer: the BGP finite state machine of RFC 4271 section 8 for its one connection, its timers
 * (ConnectRetry, Hold, Keepalive, section 10), its wanted Adj-RIB-Out and what the current session has been sent.
 * Every method runs on the speaker's event loop; nothing here is thread-safe by itself.
 *
 * <p>Connection collision (RFC 4271 section 6.8): while the session's connection is in OpenSent or OpenConfirm,
 * one more inbound connection is taken as a collision candidate; the speaker sends its OPEN on it and, when the
 * candidate's OPEN arrives, keeps the connection the peer initiated if the local BGP Identifier is the lower one
 * (compared as unsigned 32-bit numbers) and the one it initiated itself otherwise, closing the other with
 * NOTIFICATION Cease / Connection Collision Resolution (RFC 4486 section 4). A connection that reaches
 * Established first wins, and an inbound connection while Established is refused the same way.
 */
final class BgpPeer {
    private static final Logger LOG = LoggerFactory.getLogger(BgpPeer.class);
    private static final int GRACEFUL_RESTART_TIME = 120;
    private static final int ORIGINATOR_ID = 9;
    private static final FlowspecValidation NOT_VALIDATED = new FlowspecValidation(false, "not validated yet");

    private final NettyBgpSouthbound speaker;
    private final EventLoop loop;
    private PeerConfig config;
    private BgpSessionState state = BgpSessionState.IDLE;
    private BgpConnection current;
    private BgpConnection candidate;
    private NegotiatedSession negotiated;
    private SessionEncoding encoding;
    private Map<FlowspecNlri, RouteAttributes> wanted = new LinkedHashMap<>();
    private final Map<FlowspecNlri, RouteAttributes> advertised = new HashMap<>();
    private final Map<IpPrefix, UnicastRoute> receivedUnicast = new LinkedHashMap<>();
    private final Map<FlowspecNlri, ReceivedFlowspec> receivedFlowspec = new LinkedHashMap<>();
    private ScheduledFuture<?> connectRetryTimer;
    private ScheduledFuture<?> holdTimer;
    private ScheduledFuture<?> keepaliveTimer;
    private int failures;
    private boolean stopped;
    private String lastError;
    private long messagesSent;
    private long messagesReceived;
    private long updatesSent;
    private long updatesReceived;
    private long notificationsSent;
    private long notificationsReceived;
    private long routeRefreshesReceived;
    private long malformedUpdates;
    private long sessionResets;
    private long establishedTransitions;
    private volatile PeerStatus status;

    BgpPeer(final NettyBgpSouthbound speaker, final EventLoop loop, final PeerConfig config) {
        this.speaker = speaker;
        this.loop = loop;
        this.config = config;
        status = snapshot();
    }

    PeerStatus status() {
        return status;
    }

    PeerConfig config() {
        return config;
    }

    // ---- Adj-RIB-In (RFC 4271 section 3.2) ----

    List<UnicastRoute> receivedUnicast() {
        return List.copyOf(receivedUnicast.values());
    }

    /**
     * The received flowspec routes, verdicts not yet computed.
     */
    List<ReceivedFlowspec> receivedFlowspec() {
        return List.copyOf(receivedFlowspec.values());
    }

    /**
     * The unicast routes with their originators and neighbor ASes, for validation.
     */
    void collectUnicast(final List<FlowspecValidator.Unicast> out) {
        for (UnicastRoute route : receivedUnicast.values()) {
            out.add(new FlowspecValidator.Unicast(route, originator(route.originatorId()),
                route.asPath().isEmpty() ? speaker.speakerConfig().localAs() : route.asPath().get(0)));
        }
    }

    InetAddress originator(final Inet4Address originatorId) {
        return originatorId != null ? originatorId : config.address();
    }

    boolean external() {
        return config.peerAs() != speaker.speakerConfig().localAs();
    }

    // ---- administrative events (RFC 4271 section 8.1.2) ----

    void start() {
        stopped = false;
        if (config.passive()) {
            setState(BgpSessionState.ACTIVE);
        } else {
            connect();
        }
    }

    void stop(final int ceaseSubcode, final String reason) {
        stopped = true;
        cancel(connectRetryTimer);
        dropCandidate(NotificationMessage.of(NotificationMessage.CEASE, ceaseSubcode));
        closeSession(NotificationMessage.of(NotificationMessage.CEASE, ceaseSubcode), reason, false);
        setState(BgpSessionState.IDLE);
    }

    void reconfigure(final PeerConfig newConfig) {
        final boolean reset = !newConfig.equals(config);
        config = newConfig;
        if (reset) {
            closeSession(NotificationMessage.of(NotificationMessage.CEASE,
                NotificationMessage.OTHER_CONFIGURATION_CHANGE), "peer reconfigured", false);
            cancel(connectRetryTimer);
            start();
        }
    }

    void resetSession(final String reason) {
        if (current != null) {
            closeSession(NotificationMessage.of(NotificationMessage.CEASE,
                NotificationMessage.OTHER_CONFIGURATION_CHANGE), reason, false);
            cancel(connectRetryTimer);
            start();
        }
    }

    void setWanted(final Collection<FlowspecRoute> routes) {
        final Map<FlowspecNlri, RouteAttributes> next = new LinkedHashMap<>();
        for (FlowspecRoute route : routes) {
            next.put(route.nlri(), route.attributes());
        }
        wanted = next;
        LOG.debug("Peer {}: {} routes wanted, session {}", config.address(), next.size(), state);
        if (state == BgpSessionState.ESTABLISHED) {
            sync(false);
        }
        publish();
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
        if (state != BgpSessionState.ESTABLISHED) {
            return;
        }
        if (resend) {
            sync(true);
        }
        for (BgpFamily family : sorted(negotiated.families())) {
            sendRouteRefresh(family);
        }
        publish();
    }

    boolean sendRouteRefresh(final BgpFamily family) {
        if (state != BgpSessionState.ESTABLISHED || !negotiated.routeRefresh()
            || !negotiated.families().contains(family)) {
            return false;
        }
        final ByteBuf out = current.channel().alloc().buffer(23);
        BgpMessageCodec.encodeRouteRefresh(new RouteRefreshMessage(family.afi().code(),
            family.safi(speaker.speakerConfig().fsv2())), out);
        write(out);
        return true;
    }

    // ---- connection events ----

    private void connect() {
        cancel(connectRetryTimer);
        if (stopped || current != null) {
            return;
        }
        final BgpConnection connection = new BgpConnection(this, false);
        current = connection;
        setState(BgpSessionState.CONNECT);
        speaker.connect(loop, config, connection).addListener((ChannelFutureListener) future -> {
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
        cancel(connectRetryTimer);
        if (stopped) {
            setState(BgpSessionState.IDLE);
            return;
        }
        setState(config.passive() ? BgpSessionState.ACTIVE : BgpSessionState.IDLE);
        if (!config.passive()) {
            final long delay = speaker.policy().retryDelayMillis(failures++);
            connectRetryTimer = loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        }
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
        cancel(connectRetryTimer);
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
        final SpeakerConfig local = speaker.speakerConfig();
        final List<Capability> capabilities = new ArrayList<>();
        for (BgpFamily family : sorted(config.families())) {
            capabilities.add(new Capability.Multiprotocol(family.afi().code(), family.safi(local.fsv2())));
        }
        capabilities.add(new Capability.RouteRefresh());
        capabilities.add(new Capability.FourOctetAs(local.localAs()));
        capabilities.add(new Capability.ExtendedMessage());
        // receiving speaker only (RFC 4724 section 3): no families, so End-of-RIB support without state keeping
        capabilities.add(new Capability.GracefulRestart(false, GRACEFUL_RESTART_TIME, List.of()));
        final int myAs = local.localAs() > 0xffff ? OpenMessage.AS_TRANS : (int) local.localAs();
        final ByteBuf out = connection.channel().alloc().buffer(64);
        BgpMessageCodec.encodeOpen(new OpenMessage(4, myAs, config.holdTime(), local.routerId(), capabilities), out);
        messagesSent++;
        connection.channel().writeAndFlush(out);
    }

    void onDisconnected(final BgpConnection connection, final Throwable cause) {
        if (connection == candidate) {
            candidate = null;
            return;
        }
        if (connection != current) {
            return;
        }
        final String reason = cause == null ? "connection closed by peer"
            : "transport error: " + cause.getMessage();
        if (cause != null && !(cause instanceof IOException)) {
            LOG.warn("Peer {}: closing session after an unexpected error", config.address(), cause);
            sessionResets++;
            closeSession(NotificationMessage.of(NotificationMessage.CEASE, 0), reason, true);
        } else {
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
        if (connection == candidate) {
            onCandidateFrame(frame);
            return;
        }
        if (connection != current) {
            return;
        }
        messagesReceived++;
        final BgpMessage message;
        try {
            message = speaker.messageCodec().decode(frame, connection.fourOctetAs());
        } catch (BgpProtocolException e) {
            protocolError(e);
            return;
        }
        if (negotiated != null && negotiated.holdTime() > 0) {
            restartHoldTimer(negotiated.holdTime());
        }
        if (message instanceof NotificationMessage notification) {
            notificationsReceived++;
            sessionResets++;
            LOG.info("Peer {}: received {}", config.address(), notification);
            closeSession(null, "received " + notification, true);
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
                    onUpdate(update);
                } else if (message instanceof RouteRefreshMessage refresh) {
                    onRouteRefresh(refresh);
                } else if (!(message instanceof KeepaliveMessage)) {
                    fsmError(NotificationMessage.FSM_ESTABLISHED, message);
                }
            }
            default -> fsmError(0, message);
        }
    }

    private void fsmError(final int subcode, final BgpMessage message) {
        protocolError(new BgpProtocolException(NotificationMessage.FSM_ERROR, subcode,
            "unexpected " + message.getClass().getSimpleName() + " in " + state));
    }

    private void protocolError(final BgpProtocolException error) {
        LOG.warn("Peer {}: {}, sending NOTIFICATION", config.address(), error.getMessage());
        sessionResets++;
        closeSession(error.toNotification(), error.getMessage(), true);
    }

    // ---- connection collision (RFC 4271 section 6.8) ----

    private void onCandidateFrame(final ByteBuf frame) {
        messagesReceived++;
        final BgpMessage message;
        try {
            message = speaker.messageCodec().decode(frame, false);
        } catch (BgpProtocolException e) {
            dropCandidate(e.toNotification());
            return;
        }
        if (message instanceof NotificationMessage) {
            notificationsReceived++;
            dropCandidate(null);
        } else if (message instanceof OpenMessage open) {
            resolveCollision(open);
        } else {
            dropCandidate(NotificationMessage.of(NotificationMessage.FSM_ERROR, NotificationMessage.FSM_OPEN_SENT));
        }
    }

    private void resolveCollision(final OpenMessage open) {
        final long localId = unsigned(speaker.speakerConfig().routerId());
        final long remoteId = unsigned(open.bgpIdentifier());
        final boolean keepInbound = localId < remoteId;
        if (state == BgpSessionState.ESTABLISHED || current == null || current.inbound() == candidate.inbound()
            || current.inbound() == keepInbound) {
            LOG.info("Peer {}: connection collision, keeping the {} connection (local id {}, remote id {})",
                config.address(), current != null && current.inbound() ? "inbound" : "outbound",
                speaker.speakerConfig().routerId().getHostAddress(), open.bgpIdentifier().getHostAddress());
            dropCandidate(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.CONNECTION_COLLISION));
            return;
        }
        LOG.info("Peer {}: connection collision, keeping the {} connection (local id {}, remote id {})",
            config.address(), candidate.inbound() ? "inbound" : "outbound",
            speaker.speakerConfig().routerId().getHostAddress(), open.bgpIdentifier().getHostAddress());
        final BgpConnection winner = candidate;
        candidate = null;
        closeSession(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.CONNECTION_COLLISION),
            "connection collision resolved in favour of the other connection", false);
        cancel(connectRetryTimer);
        current = winner;
        setState(BgpSessionState.OPEN_SENT);
        restartHoldTimer(speaker.policy().openHoldTime().toSeconds());
        onOpen(open);
    }

    private void dropCandidate(final NotificationMessage notification) {
        final BgpConnection loser = candidate;
        candidate = null;
        if (loser == null || loser.channel() == null) {
            return;
        }
        final Channel channel = loser.channel();
        if (notification != null && channel.isActive()) {
            notificationsSent++;
            messagesSent++;
            final ByteBuf out = channel.alloc().buffer(21 + notification.data().length());
            BgpMessageCodec.encodeNotification(notification, out);
            channel.writeAndFlush(out).addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.close();
        }
    }

    private static long unsigned(final Inet4Address address) {
        final byte[] octets = address.getAddress();
        return (octets[0] & 0xffL) << 24 | (octets[1] & 0xffL) << 16 | (octets[2] & 0xffL) << 8 | octets[3] & 0xffL;
    }

    // ---- OPEN and session establishment (RFC 4271 section 6.2, 8.2.2) ----

    private void onOpen(final OpenMessage open) {
        final SpeakerConfig local = speaker.speakerConfig();
        final long remoteAs = open.effectiveAs();
        if (remoteAs != config.peerAs()) {
            final byte[] as = {(byte) (open.myAs() >> 8), (byte) open.myAs()};
            protocolError(new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR,
                NotificationMessage.BAD_PEER_AS, Octets.copyOf(as),
                "peer AS " + remoteAs + ", expected " + config.peerAs()));
            return;
        }
        if (open.holdTime() == 1 || open.holdTime() == 2) {
            protocolError(new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR,
                NotificationMessage.UNACCEPTABLE_HOLD_TIME, "hold time " + open.holdTime()));
            return;
        }
        final Inet4Address remoteId = open.bgpIdentifier();
        if (isZero(remoteId) || remoteAs == local.localAs() && remoteId.equals(local.routerId())) {
            protocolError(new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR,
                NotificationMessage.BAD_BGP_IDENTIFIER, "BGP identifier " + remoteId.getHostAddress()));
            return;
        }
        final Set<BgpFamily> families = EnumSet.noneOf(BgpFamily.class);
        final Set<Integer> codes = new LinkedHashSet<>();
        boolean anyMultiprotocol = false;
        for (Capability capability : open.capabilities()) {
            codes.add(capability.code());
            if (capability instanceof Capability.Multiprotocol mp) {
                anyMultiprotocol = true;
                final BgpFamily family = BgpFamily.forCodes(mp.afi(), mp.safi(), local.fsv2());
                if (family != null && config.families().contains(family)) {
                    families.add(family);
                }
            }
        }
        if (!anyMultiprotocol && config.families().contains(BgpFamily.IPV4_UNICAST)) {
            // RFC 4760 section 8: without the capability, IPv4 unicast only
            families.add(BgpFamily.IPV4_UNICAST);
        }
        final int holdTime = Math.min(open.holdTime(), config.holdTime());
        negotiated = new NegotiatedSession(remoteAs, remoteId, holdTime, families,
            codes.contains(Capability.FOUR_OCTET_AS), codes.contains(Capability.ROUTE_REFRESH),
            codes.contains(Capability.EXTENDED_MESSAGE), codes.contains(Capability.GRACEFUL_RESTART), codes);
        encoding = new SessionEncoding(local.localAs(), remoteAs == local.localAs(), negotiated.fourOctetAs(),
            negotiated.maxMessageSize());
        current.negotiated(negotiated.fourOctetAs(), negotiated.maxMessageSize());
        sendKeepalive();
        setState(BgpSessionState.OPEN_CONFIRM);
        if (holdTime > 0) {
            restartHoldTimer(holdTime);
            final long interval = Math.max(1, holdTime / 3);
            keepaliveTimer = loop.scheduleAtFixedRate(this::sendKeepalive, interval, interval, TimeUnit.SECONDS);
        } else {
            cancel(holdTimer);
        }
    }

    private void onEstablished() {
        failures = 0;
        establishedTransitions++;
        lastError = null;
        advertised.clear();
        if (candidate != null) {
            // RFC 4271 section 6.8: an Established connection wins any collision
            dropCandidate(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.CONNECTION_COLLISION));
        }
        setState(BgpSessionState.ESTABLISHED);
        LOG.info("Peer {}: established, {}", config.address(), negotiated);
        sync(true);
        for (BgpFamily family : sorted(negotiated.families())) {
            write(Unpooled.wrappedBuffer(speaker.updateEncoder().endOfRib(family)));
            updatesSent++;
        }
        publish();
    }

    // ---- Adj-RIB-Out (RFC 4271 section 9.2) ----

    /**
     * Sends what the peer lacks: withdrawals of advertised NLRIs no longer wanted, then advertisements of wanted
     * routes that are new or changed, NLRIs with equal attributes packed together.
     *
     * @param all re-send every wanted route, as after ROUTE-REFRESH
     */
    private void sync(final boolean all) {
        syncFamilies(negotiated.families(), all);
    }

    private void syncFamilies(final Set<BgpFamily> families, final boolean all) {
        final Map<BgpFamily, List<FlowspecNlri>> withdrawals = new LinkedHashMap<>();
        final var iterator = advertised.entrySet().iterator();
        while (iterator.hasNext()) {
            final var entry = iterator.next();
            final BgpFamily family = familyOf(entry.getKey());
            if (families.contains(family) && !wanted.containsKey(entry.getKey())) {
                withdrawals.computeIfAbsent(family, f -> new ArrayList<>()).add(entry.getKey());
                iterator.remove();
            }
        }
        for (var entry : withdrawals.entrySet()) {
            for (byte[] message : speaker.updateEncoder().withdraw(entry.getKey(), entry.getValue(), encoding)) {
                writeUpdate(message);
            }
        }
        final Map<BgpFamily, Map<RouteAttributes, List<FlowspecNlri>>> groups = new LinkedHashMap<>();
        for (var entry : wanted.entrySet()) {
            final BgpFamily family = familyOf(entry.getKey());
            if (families.contains(family) && (all || !entry.getValue().equals(advertised.get(entry.getKey())))) {
                groups.computeIfAbsent(family, f -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.getValue(), a -> new ArrayList<>()).add(entry.getKey());
            }
        }
        for (var byFamily : groups.entrySet()) {
            for (var group : byFamily.getValue().entrySet()) {
                advertiseGroup(byFamily.getKey(), group.getKey(), group.getValue());
            }
        }
        if (current != null) {
            current.channel().flush();
        }
    }

    private void advertiseGroup(final BgpFamily family, final RouteAttributes attributes,
            final List<FlowspecNlri> nlris) {
        List<byte[]> messages;
        try {
            messages = speaker.updateEncoder().advertise(family, attributes, nlris, encoding);
        } catch (EncodeException e) {
            // one bad route must not block the others: retry one by one, skipping those that fail
            LOG.warn("Peer {}: cannot encode a group of {} routes ({}), sending them one by one",
                config.address(), nlris.size(), e.getMessage());
            messages = new ArrayList<>();
            final List<FlowspecNlri> sent = new ArrayList<>();
            for (FlowspecNlri nlri : nlris) {
                try {
                    messages.addAll(speaker.updateEncoder().advertise(family, attributes, List.of(nlri), encoding));
                    sent.add(nlri);
                } catch (EncodeException single) {
                    LOG.warn("Peer {}: not advertising {}: {}", config.address(), nlri, single.getMessage());
                }
            }
            sent.forEach(nlri -> advertised.put(nlri, attributes));
            messages.forEach(this::writeUpdate);
            return;
        }
        nlris.forEach(nlri -> advertised.put(nlri, attributes));
        messages.forEach(this::writeUpdate);
    }

    private void writeUpdate(final byte[] message) {
        updatesSent++;
        messagesSent++;
        current.channel().write(Unpooled.wrappedBuffer(message));
    }

    private void onRouteRefresh(final RouteRefreshMessage refresh) {
        routeRefreshesReceived++;
        final BgpFamily family = BgpFamily.forCodes(refresh.afi(), refresh.safi(), speaker.speakerConfig().fsv2());
        LOG.info("Peer {}: ROUTE-REFRESH for {}", config.address(), family);
        if (family != null && negotiated.families().contains(family)) {
            // RFC 2918 section 4: re-advertise the Adj-RIB-Out of the family
            syncFamilies(Set.of(family), true);
        }
        publish();
    }

    // ---- received UPDATEs (RFC 4271 section 9, RFC 7606) ----

    private void onUpdate(final UpdateMessage update) {
        updatesReceived++;
        if (!update.errors().isEmpty()) {
            malformedUpdates++;
            for (WireFormatException error : update.errors()) {
                LOG.warn("Peer {}: malformed UPDATE, {}: {}", config.address(), error.treatment(),
                    error.getMessage());
            }
        }
        final BgpFamily endOfRib = update.endOfRib();
        if (endOfRib != null) {
            if (negotiated.families().contains(endOfRib)) {
                speaker.notifyEndOfRib(config.address(), endOfRib);
            }
            publish();
            return;
        }
        final boolean withdrawAll = update.treatAsWithdraw() || malformedFsv2Actions(update);
        final List<Long> asPath = asNumbers(update.asPath());
        final Inet4Address originatorId = originatorId(update.attributes());
        final List<UnicastRoute> unicastAnnounced = new ArrayList<>();
        final List<UnicastRoute> unicastWithdrawn = new ArrayList<>();
        final List<FlowspecRoute> flowspecAnnounced = new ArrayList<>();
        final List<Fsv1Nlri> flowspecWithdrawn = new ArrayList<>();
        final List<Fsv2Nlri> fsv2Withdrawn = new ArrayList<>();
        update.withdrawnRoutes().forEach(p -> unicastWithdrawn.add(unicast(p, null)));
        for (IpPrefix prefix : update.nlri()) {
            (withdrawAll ? unicastWithdrawn : unicastAnnounced).add(unicast(prefix, withdrawAll ? null
                : update.nextHop(), asPath, originatorId));
        }
        final MpUnreachNlri unreach = update.mpUnreach();
        if (unreach != null && negotiated.families().contains(unreach.family())) {
            unreach.prefixes().forEach(p -> unicastWithdrawn.add(unicast(p, null)));
            flowspecWithdrawn.addAll(unreach.flowspec());
            fsv2Withdrawn.addAll(unreach.fsv2());
        }
        final MpReachNlri reach = update.mpReach();
        if (reach != null && negotiated.families().contains(reach.family())) {
            for (IpPrefix prefix : reach.prefixes()) {
                (withdrawAll ? unicastWithdrawn : unicastAnnounced).add(unicast(prefix, withdrawAll ? null
                    : reach.nextHop(), asPath, originatorId));
            }
            for (Fsv1Nlri nlri : reach.flowspec()) {
                if (withdrawAll) {
                    flowspecWithdrawn.add(nlri);
                } else {
                    flowspecAnnounced.add(new FlowspecRoute(nlri, update.attributes()));
                }
            }
            for (Fsv2Nlri nlri : reach.fsv2()) {
                if (withdrawAll) {
                    fsv2Withdrawn.add(nlri);
                } else {
                    flowspecAnnounced.add(new FlowspecRoute(nlri, update.attributes()));
                }
            }
        }
        for (UnicastRoute route : unicastWithdrawn) {
            receivedUnicast.remove(new IpPrefix(route.prefix(), route.length()));
        }
        for (UnicastRoute route : unicastAnnounced) {
            receivedUnicast.put(new IpPrefix(route.prefix(), route.length()), route);
        }
        flowspecWithdrawn.forEach(receivedFlowspec::remove);
        fsv2Withdrawn.forEach(receivedFlowspec::remove);
        for (FlowspecRoute route : flowspecAnnounced) {
            receivedFlowspec.put(route.nlri(), new ReceivedFlowspec(route, asPath, originatorId, NOT_VALIDATED));
        }
        if (!unicastAnnounced.isEmpty() || !unicastWithdrawn.isEmpty()) {
            speaker.notifyUnicast(config.address(), unicastAnnounced, unicastWithdrawn);
        }
        if (!flowspecAnnounced.isEmpty() || !flowspecWithdrawn.isEmpty()) {
            speaker.notifyFlowspec(config.address(), flowspecAnnounced, flowspecWithdrawn);
        }
        if (!fsv2Withdrawn.isEmpty()) {
            speaker.notifyFsv2Withdrawn(config.address(), fsv2Withdrawn);
        }
        publish();
    }

    /**
     * Whether an UPDATE announcing FSv2 routes carries a malformed FSv2 Action community in its Community
     * Container attribute: draft-liu-idr-flowspec-redirect-sr-segment-list section 4 makes a malformed action
     * sub-TLV treat-as-withdraw (RFC 7606), so every route of the UPDATE is withdrawn. Counted and logged like
     * the codec's own malformed cases.
     */
    private boolean malformedFsv2Actions(final UpdateMessage update) {
        final MpReachNlri reach = update.mpReach();
        if (reach == null || reach.fsv2().isEmpty()) {
            return false;
        }
        for (RawAttribute attribute : update.attributes().others()) {
            if (attribute.type() == CommunityContainerCodec.ATTRIBUTE_TYPE) {
                try {
                    speaker.fsv2ActionCodec().decodeAttribute(Unpooled.wrappedBuffer(attribute.value().toByteArray()));
                } catch (WireFormatException error) {
                    if (update.errors().isEmpty()) {
                        malformedUpdates++;
                    }
                    LOG.warn("Peer {}: malformed UPDATE, {}: {}", config.address(), error.treatment(),
                        error.getMessage());
                    return true;
                }
            }
        }
        return false;
    }

    private static UnicastRoute unicast(final IpPrefix prefix, final InetAddress nextHop) {
        return new UnicastRoute(prefix.address(), prefix.length(), nextHop);
    }

    private static UnicastRoute unicast(final IpPrefix prefix, final InetAddress nextHop, final List<Long> asPath,
            final Inet4Address originatorId) {
        return nextHop == null ? unicast(prefix, null)
            : new UnicastRoute(prefix.address(), prefix.length(), nextHop, asPath, originatorId);
    }

    /** AS_SEQUENCE and AS_SET numbers left to right; confederation segments (RFC 5065 types 3, 4) left out. */
    private static List<Long> asNumbers(final List<AsPathSegment> segments) {
        if (segments == null) {
            return List.of();
        }
        final List<Long> out = new ArrayList<>();
        for (AsPathSegment segment : segments) {
            if (segment.type() == AsPathSegment.AS_SEQUENCE || segment.type() == AsPathSegment.AS_SET) {
                out.addAll(segment.asNumbers());
            }
        }
        return out;
    }

    /** ORIGINATOR_ID, RFC 4456 section 7: optional non-transitive attribute 9 of 4 octets. */
    private static Inet4Address originatorId(final RouteAttributes attributes) {
        for (RawAttribute attribute : attributes.others()) {
            if (attribute.type() == ORIGINATOR_ID && attribute.value().length() == 4) {
                try {
                    return (Inet4Address) InetAddress.getByAddress(attribute.value().toByteArray());
                } catch (IOException e) {
                    throw new IllegalStateException("4 octets are an IPv4 address", e);
                }
            }
        }
        return null;
    }

    // ---- timers and output ----

    private void restartHoldTimer(final long seconds) {
        cancel(holdTimer);
        holdTimer = loop.schedule(this::holdTimerExpired, seconds, TimeUnit.SECONDS);
    }

    private void holdTimerExpired() {
        if (current != null) {
            sessionResets++;
            closeSession(NotificationMessage.of(NotificationMessage.HOLD_TIMER_EXPIRED, 0), "hold timer expired",
                true);
        }
    }

    private void sendKeepalive() {
        if (current != null && current.channel() != null) {
            final ByteBuf out = current.channel().alloc().buffer(19);
            BgpMessageCodec.encodeKeepalive(out);
            write(out);
        }
    }

    private void write(final ByteBuf message) {
        messagesSent++;
        current.channel().writeAndFlush(message);
    }

    /**
     * Ends the current session: sends the NOTIFICATION if given, closes the connection, stops the timers and
     * forgets what the session was sent.
     */
    private void closeSession(final NotificationMessage notification, final String reason, final boolean retry) {
        cancel(holdTimer);
        cancel(keepaliveTimer);
        final BgpConnection connection = current;
        current = null;
        negotiated = null;
        encoding = null;
        advertised.clear();
        if (connection != null) {
            // without graceful restart state kept (receiving speaker only), the Adj-RIB-In goes with the session
            receivedUnicast.clear();
            receivedFlowspec.clear();
            lastError = reason;
            final Channel channel = connection.channel();
            if (channel != null) {
                if (notification != null && channel.isActive()) {
                    notificationsSent++;
                    messagesSent++;
                    final ByteBuf out = channel.alloc().buffer(21 + notification.data().length());
                    BgpMessageCodec.encodeNotification(notification, out);
                    channel.writeAndFlush(out).addListener(ChannelFutureListener.CLOSE);
                } else {
                    channel.close();
                }
            }
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

    // ---- status ----

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
        return new PeerStatus(config.address(), state, negotiated, new PeerCounters(messagesSent, messagesReceived,
            updatesSent, updatesReceived, notificationsSent, notificationsReceived, routeRefreshesReceived,
            malformedUpdates, sessionResets, establishedTransitions), lastError, advertised.size());
    }

    private static BgpFamily familyOf(final FlowspecNlri nlri) {
        return new FlowspecRoute(nlri, RouteAttributes.EMPTY).family();
    }

    private static List<BgpFamily> sorted(final Set<BgpFamily> families) {
        final List<BgpFamily> out = new ArrayList<>(families);
        out.sort(null);
        return out;
    }

    private static boolean isZero(final Inet4Address address) {
        for (byte octet : address.getAddress()) {
            if (octet != 0) {
                return false;
            }
        }
        return true;
    }
}
