/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An SR Policy of a router (RFC 9256 section 2.1), as flowsteer-devices {@code sr-policies} describes it.
 *
 * @param color the color
 * @param endpoint the endpoint
 * @param bindingSid the MPLS binding SID, if any
 * @param candidatePaths the candidate paths
 */
public record SrPolicyView(long color, @NonNull InetAddress endpoint, @Nullable Long bindingSid,
        @NonNull List<CandidatePath> candidatePaths) {
    /**
     * RFC 9256 section 2.9 selection among valid candidate paths: higher preference, then higher protocol-origin,
     * then lower originator, then higher discriminator.
     */
    private static final Comparator<CandidatePath> ACTIVE_FIRST = Comparator
        .comparingLong(CandidatePath::preference).reversed()
        .thenComparing(Comparator.comparingLong(CandidatePath::protocolOrigin).reversed())
        .thenComparingLong(CandidatePath::originatorAsn)
        .thenComparing((one, two) -> Arrays.compareUnsigned(one.originatorAddress().getAddress(),
            two.originatorAddress().getAddress()))
        .thenComparing(Comparator.comparingLong(CandidatePath::discriminator).reversed());

    public SrPolicyView {
        requireNonNull(endpoint);
        candidatePaths = List.copyOf(candidatePaths);
    }

    /**
     * A candidate path (RFC 9256 section 2.2).
     *
     * @param protocolOrigin the Protocol-Origin (section 2.3)
     * @param originatorAsn the originator ASN (section 2.4)
     * @param originatorAddress the originator node address in the 16-octet form of the segment-list action: an
     *     IPv4 address sits in the low-order 4 octets
     * @param discriminator the discriminator (section 2.5)
     * @param preference the preference
     * @param valid whether the path is usable
     * @param segmentLists its segment lists
     */
    public record CandidatePath(long protocolOrigin, long originatorAsn, @NonNull Inet6Address originatorAddress,
            long discriminator, long preference, boolean valid, @NonNull List<SegmentList> segmentLists) {
        public CandidatePath {
            requireNonNull(originatorAddress);
            segmentLists = List.copyOf(segmentLists);
        }

        /**
         * The segment list with that id.
         *
         * @param id the id
         * @return the list, if the path has it
         */
        public @NonNull Optional<SegmentList> segmentList(final long id) {
            return segmentLists.stream().filter(list -> list.id() == id).findFirst();
        }

        /**
         * The path's name in messages.
         *
         * @return e.g. {@code (origin 30, originator 65000/192.0.2.250, discriminator 7)}
         */
        public @NonNull String describe() {
            return describePath(protocolOrigin, originatorAsn, originatorAddress, discriminator);
        }
    }

    /**
     * A segment list of a candidate path.
     *
     * @param id its id
     * @param weight its load-balancing weight
     * @param valid whether it is usable
     * @param segments its segments, in order
     */
    public record SegmentList(long id, long weight, boolean valid, @NonNull List<String> segments) {
        public SegmentList {
            segments = List.copyOf(segments);
        }
    }

    /**
     * The active candidate path: the best valid one by RFC 9256 section 2.9.
     *
     * @return the active path, if any path is valid
     */
    public @NonNull Optional<CandidatePath> activePath() {
        return candidatePaths.stream().filter(CandidatePath::valid).sorted(ACTIVE_FIRST).findFirst();
    }

    /**
     * Whether the policy forwards at all: its active path has a valid segment list.
     *
     * @return true if usable
     */
    public boolean usable() {
        return activePath().map(path -> path.segmentLists().stream().anyMatch(SegmentList::valid)).orElse(false);
    }

    /**
     * The policy's name in messages.
     *
     * @return e.g. {@code SR Policy (color 10, endpoint 192.0.2.9)}
     */
    public @NonNull String describe() {
        return describe(color, endpoint);
    }

    static @NonNull String describe(final long color, final @NonNull InetAddress endpoint) {
        return "SR Policy (color " + color + ", endpoint " + AddressText.text(endpoint) + ")";
    }

    /**
     * A candidate path's name in messages, from the fields that name it (RFC 9256 sections 2.3-2.5).
     *
     * @param protocolOrigin the Protocol-Origin
     * @param originatorAsn the originator ASN
     * @param originatorAddress the originator node address in the 16-octet form of the segment-list action
     * @param discriminator the discriminator
     * @return e.g. {@code (origin 30, originator 65000/192.0.2.250, discriminator 7)}
     */
    static @NonNull String describePath(final long protocolOrigin, final long originatorAsn,
            final @NonNull Inet6Address originatorAddress, final long discriminator) {
        return "(origin " + protocolOrigin + ", originator " + originatorAsn + "/"
            + AddressText.originator(originatorAddress) + ", discriminator " + discriminator + ")";
    }
}
