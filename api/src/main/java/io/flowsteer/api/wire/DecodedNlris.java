/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The result of decoding an MP_REACH_NLRI or MP_UNREACH_NLRI NLRI field packed with many flowspec NLRIs (RFC 4760
 * section 3-4). NLRIs whose boundaries could be found but whose contents were malformed are reported in
 * {@code malformed}; RFC 7606 section 2 then asks the caller to treat the UPDATE's routes as withdrawn.
 *
 * @param <T> the NLRI type
 * @param nlris the well-formed NLRIs, in field order
 * @param malformed one error per malformed NLRI, each with treatment TREAT_AS_WITHDRAW
 */
public record DecodedNlris<T extends FlowspecNlri>(@NonNull List<T> nlris,
        @NonNull List<WireFormatException> malformed) {
    /**
     * Copies the lists.
     *
     * @param nlris the well-formed NLRIs
     * @param malformed the errors
     */
    public DecodedNlris {
        nlris = List.copyOf(nlris);
        malformed = List.copyOf(malformed);
    }

    /**
     * Whether RFC 7606 treat-as-withdraw applies to the UPDATE.
     *
     * @return true when at least one NLRI was malformed
     */
    public boolean treatAsWithdraw() {
        return !malformed.isEmpty();
    }

    /**
     * Decodes one NLRI from a field, advancing past it.
     *
     * @param <T> the NLRI type
     */
    @FunctionalInterface
    interface NlriDecoder<T extends FlowspecNlri> {
        T decode(ByteBuf field) throws WireFormatException;
    }

    /**
     * Decodes a packed NLRI field to its end, one NLRI at a time: a malformed NLRI whose boundary is known is
     * collected (RFC 7606 section 2, treat-as-withdraw) and decoding goes on; an error that loses the NLRI
     * boundaries (SESSION_RESET) ends decoding.
     *
     * @param field the field; it is read to its end
     * @param decoder decodes one NLRI
     * @return the well-formed NLRIs and the errors of malformed ones
     * @throws WireFormatException SESSION_RESET when NLRI boundaries cannot be determined
     */
    static <T extends FlowspecNlri> @NonNull DecodedNlris<T> collect(final ByteBuf field,
            final NlriDecoder<T> decoder) throws WireFormatException {
        final List<T> nlris = new ArrayList<>();
        final List<WireFormatException> malformed = new ArrayList<>(0);
        while (field.isReadable()) {
            try {
                nlris.add(decoder.decode(field));
            } catch (WireFormatException e) {
                if (e.treatment() == ErrorTreatment.SESSION_RESET) {
                    throw e;
                }
                malformed.add(e);
            }
        }
        return new DecodedNlris<>(nlris, malformed);
    }
}
