/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpProtocolException;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.spi.GracefulRestartConfig;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.SpeakerConfig;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The OPEN exchange of one peer, RFC 4271 sections 4.2 and 6.2: the OPEN the speaker sends, with its capabilities
 * (RFC 5492), and the checks and negotiation of the OPEN it receives. Stateless.
 */
final class OpenNegotiation {
    /** Hold times RFC 4271 section 6.2 refuses: 1 and 2 seconds. */
    private static final int MIN_NONZERO_HOLD_TIME = 3;
    private static final long MAX_TWO_OCTET_AS = 0xffff;

    private OpenNegotiation() {
        // stateless
    }

    /**
     * The OPEN the speaker sends to a peer: multiprotocol for each configured family (RFC 4760 section 8), route
     * refresh (RFC 2918), 4-octet AS (RFC 6793), extended messages (RFC 8654) and graceful restart (RFC 4724
     * section 3). With graceful restart enabled, the capability lists each flowspec family of the peer with the
     * Forwarding State bit set, since the rules outlive the speaker in the datastore, and sets the Restart State bit
     * until the speaker has had a session with this peer (section 4.1); disabled, it lists no family, which says
     * only that the speaker understands End-of-RIB. With a long-lived stale time, the Long-Lived Graceful Restart
     * capability (RFC 9494 section 3) lists the same families with that time.
     *
     * @param peer the peer
     * @param local the speaker
     * @param restarting whether the speaker has had no session with this peer since it started
     * @return the OPEN
     */
    static @NonNull OpenMessage localOpen(final @NonNull PeerConfig peer, final @NonNull SpeakerConfig local,
            final boolean restarting) {
        final List<Capability> capabilities = new ArrayList<>();
        final GracefulRestartConfig restart = local.gracefulRestart();
        final List<Capability.GracefulRestartFamily> keep = new ArrayList<>();
        final List<Capability.LongLivedFamily> keepLonger = new ArrayList<>();
        for (BgpFamily family : sorted(peer.families())) {
            final int safi = family.safi(local.fsv2());
            capabilities.add(new Capability.Multiprotocol(family.afi().code(), safi));
            if (family.isFlowspec()) {
                keep.add(new Capability.GracefulRestartFamily(family.afi().code(), safi, true));
                keepLonger.add(new Capability.LongLivedFamily(family.afi().code(), safi, true,
                    restart.longLivedStaleTime()));
            }
        }
        capabilities.add(new Capability.RouteRefresh());
        capabilities.add(new Capability.FourOctetAs(local.localAs()));
        capabilities.add(new Capability.ExtendedMessage());
        capabilities.add(restart.enabled()
            ? new Capability.GracefulRestart(restarting, restart.restartTime(), keep)
            : new Capability.GracefulRestart(false, restart.restartTime(), List.of()));
        if (restart.longLived() && !keepLonger.isEmpty()) {
            capabilities.add(new Capability.LongLivedGracefulRestart(keepLonger));
        }
        final int myAs = local.localAs() > MAX_TWO_OCTET_AS ? OpenMessage.AS_TRANS : (int) local.localAs();
        return new OpenMessage(OpenMessage.VERSION, myAs, peer.holdTime(), local.routerId(), capabilities);
    }

    /**
     * Checks a received OPEN (RFC 4271 section 6.2) and works out the session: the families both sides offered
     * (IPv4 unicast alone when the peer sent no multiprotocol capability, RFC 4760 section 8), the smaller hold
     * time and the capabilities the peer sent.
     *
     * @param open the peer's OPEN
     * @param peer the peer
     * @param local the speaker
     * @return the session
     * @throws BgpProtocolException with the OPEN Message Error to send: Bad Peer AS, Unacceptable Hold Time or Bad
     *     BGP Identifier
     */
    static @NonNull NegotiatedSession negotiate(final @NonNull OpenMessage open, final @NonNull PeerConfig peer,
            final @NonNull SpeakerConfig local) throws BgpProtocolException {
        final long remoteAs = open.effectiveAs();
        if (remoteAs != peer.peerAs()) {
            final byte[] as = {(byte) (open.myAs() >> Byte.SIZE), (byte) open.myAs()};
            throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR, NotificationMessage.BAD_PEER_AS,
                Octets.copyOf(as), "peer AS " + remoteAs + ", expected " + peer.peerAs());
        }
        if (open.holdTime() > 0 && open.holdTime() < MIN_NONZERO_HOLD_TIME) {
            throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR,
                NotificationMessage.UNACCEPTABLE_HOLD_TIME, "hold time " + open.holdTime());
        }
        final Inet4Address remoteId = open.bgpIdentifier();
        if (isZero(remoteId) || remoteAs == local.localAs() && remoteId.equals(local.routerId())) {
            throw new BgpProtocolException(NotificationMessage.OPEN_MESSAGE_ERROR,
                NotificationMessage.BAD_BGP_IDENTIFIER, "BGP identifier " + remoteId.getHostAddress());
        }
        final Set<BgpFamily> families = EnumSet.noneOf(BgpFamily.class);
        final Set<Integer> codes = new LinkedHashSet<>();
        boolean anyMultiprotocol = false;
        for (Capability capability : open.capabilities()) {
            codes.add(capability.code());
            if (capability instanceof Capability.Multiprotocol mp) {
                anyMultiprotocol = true;
                final BgpFamily family = BgpFamily.forCodes(mp.afi(), mp.safi(), local.fsv2());
                if (family != null && peer.families().contains(family)) {
                    families.add(family);
                }
            }
        }
        if (!anyMultiprotocol && peer.families().contains(BgpFamily.IPV4_UNICAST)) {
            families.add(BgpFamily.IPV4_UNICAST);
        }
        return new NegotiatedSession(remoteAs, remoteId, Math.min(open.holdTime(), peer.holdTime()), families,
            codes.contains(Capability.FOUR_OCTET_AS), codes.contains(Capability.ROUTE_REFRESH),
            codes.contains(Capability.EXTENDED_MESSAGE), codes.contains(Capability.GRACEFUL_RESTART), codes);
    }

    /**
     * How UPDATEs are encoded for a session: iBGP when the peer is in the local AS, AS numbers of 4 octets when both
     * sides offered them (RFC 6793), messages up to the size both sides allow (RFC 8654).
     *
     * @param negotiated the session
     * @param local the speaker
     * @return the encoding
     */
    static @NonNull SessionEncoding encoding(final @NonNull NegotiatedSession negotiated,
            final @NonNull SpeakerConfig local) {
        return new SessionEncoding(local.localAs(), negotiated.remoteAs() == local.localAs(),
            negotiated.fourOctetAs(), negotiated.maxMessageSize());
    }

    /**
     * Families in their declared order, for a stable wire order.
     *
     * @param families the families
     * @return them, sorted
     */
    static @NonNull List<BgpFamily> sorted(final @NonNull Set<BgpFamily> families) {
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
