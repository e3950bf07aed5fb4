/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A capability of the OPEN message's Capabilities optional parameter, RFC 5492 section 4.
 */
public sealed interface Capability {
    /** Code 1, RFC 4760 section 8. */
    int MULTIPROTOCOL = 1;
    /** Code 2, RFC 2918 section 2. */
    int ROUTE_REFRESH = 2;
    /** Code 6, RFC 8654 section 3. */
    int EXTENDED_MESSAGE = 6;
    /** Code 64, RFC 4724 section 3. */
    int GRACEFUL_RESTART = 64;
    /** Code 65, RFC 6793 section 3. */
    int FOUR_OCTET_AS = 65;
    /** Code 71, RFC 9494 section 3. */
    int LONG_LIVED_GRACEFUL_RESTART = 71;

    /**
     * The capability code.
     *
     * @return the code
     */
    int code();

    /**
     * Multiprotocol extensions, RFC 4760 section 8.
     *
     * @param afi the AFI
     * @param safi the SAFI
     */
    record Multiprotocol(int afi, int safi) implements Capability {
        @Override
        public int code() {
            return MULTIPROTOCOL;
        }
    }

    /**
     * Route refresh, RFC 2918 section 2.
     */
    record RouteRefresh() implements Capability {
        @Override
        public int code() {
            return ROUTE_REFRESH;
        }
    }

    /**
     * Extended messages, RFC 8654 section 3.
     */
    record ExtendedMessage() implements Capability {
        @Override
        public int code() {
            return EXTENDED_MESSAGE;
        }
    }

    /**
     * Support for 4-octet AS numbers, RFC 6793 section 3.
     *
     * @param asNumber the speaker's 4-octet AS
     */
    record FourOctetAs(long asNumber) implements Capability {
        @Override
        public int code() {
            return FOUR_OCTET_AS;
        }
    }

    /**
     * Graceful restart, RFC 4724 section 3.
     *
     * @param restartState the R bit
     * @param restartTime the Restart Time in seconds, 12 bits
     * @param families the families whose forwarding state may be preserved, as AFI/SAFI with the F bit
     */
    record GracefulRestart(boolean restartState, int restartTime, @NonNull List<GracefulRestartFamily> families)
            implements Capability {
        /**
         * Copies the families.
         *
         * @param restartState R bit
         * @param restartTime restart time
         * @param families families
         */
        public GracefulRestart {
            families = List.copyOf(families);
        }

        @Override
        public int code() {
            return GRACEFUL_RESTART;
        }
    }

    /**
     * One family of the graceful restart capability.
     *
     * @param afi the AFI
     * @param safi the SAFI
     * @param forwardingState the F bit
     */
    record GracefulRestartFamily(int afi, int safi, boolean forwardingState) {
    }

    /**
     * Long-Lived Graceful Restart, RFC 9494 section 3.
     *
     * @param families each family with its flags and Long-lived Stale Time
     */
    record LongLivedGracefulRestart(@NonNull List<LongLivedFamily> families) implements Capability {
        /**
         * Copies the families.
         *
         * @param families families
         */
        public LongLivedGracefulRestart {
            families = List.copyOf(families);
        }

        @Override
        public int code() {
            return LONG_LIVED_GRACEFUL_RESTART;
        }
    }

    /**
     * One family of the long-lived graceful restart capability, RFC 9494 section 3.
     *
     * @param afi the AFI
     * @param safi the SAFI
     * @param forwardingState the F bit
     * @param staleTime the Long-lived Stale Time in seconds, 24 bits
     */
    record LongLivedFamily(int afi, int safi, boolean forwardingState, int staleTime) {
    }

    /**
     * A capability Flowsteer does not interpret, kept verbatim (RFC 5492 section 3: ignored).
     *
     * @param code the code
     * @param value the value
     */
    record Unknown(int code, @NonNull Octets value) implements Capability {
        /**
         * Checks for null.
         *
         * @param code code
         * @param value value
         */
        public Unknown {
            requireNonNull(value);
        }
    }
}
