/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import io.flowsteer.api.secret.SealedSecret;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;

/**
 * A reply as it streams to the client, with every sealed secret ({@link SealedSecret#PREFIX} and the base64url that
 * follows) replaced by {@link SealedSecret#MASK}. Sealed values are made of characters that neither JSON nor XML
 * escapes, so they appear in a reply as stored, in any format, and the reply need not be held to be masked.
 */
final class MaskedOutput extends ServletOutputStream {
    private static final byte[] PREFIX = SealedSecret.PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MASK = SealedSecret.MASK.getBytes(StandardCharsets.US_ASCII);
    private static final byte START = PREFIX[0];

    private final ServletOutputStream out;
    /** How many octets of {@link #PREFIX} the reply has just shown, held back until it is known what follows. */
    private int matched;
    /** Whether the reply is inside a sealed value, and how much of it was dropped. */
    private boolean inSecret;
    private int dropped;

    MaskedOutput(final ServletOutputStream out) {
        this.out = out;
    }

    @Override
    public void write(final int octet) throws IOException {
        if (inSecret) {
            if (SealedSecret.isBase64Url(octet & 0xff)) {
                dropped++;
                return;
            }
            endSecret();
        }
        if ((byte) octet == PREFIX[matched]) {
            matched++;
            if (matched == PREFIX.length) {
                matched = 0;
                inSecret = true;
                dropped = 0;
            }
            return;
        }
        if (matched > 0) {
            // not a sealed value after all: show its first octet and look again at the rest
            final int held = matched;
            matched = 0;
            out.write(PREFIX[0]);
            for (int i = 1; i < held; i++) {
                write(PREFIX[i]);
            }
            write(octet);
            return;
        }
        out.write(octet);
    }

    @Override
    public void write(final byte[] buffer, final int offset, final int length) throws IOException {
        int from = offset;
        final int end = offset + length;
        while (from < end) {
            if (matched == 0 && !inSecret) {
                int next = from;
                while (next < end && buffer[next] != START) {
                    next++;
                }
                out.write(buffer, from, next - from);
                from = next;
                if (from == end) {
                    return;
                }
            }
            write(buffer[from]);
            from++;
        }
    }

    private void endSecret() throws IOException {
        inSecret = false;
        out.write(dropped == 0 ? PREFIX : MASK);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (inSecret) {
            endSecret();
        }
        if (matched > 0) {
            out.write(PREFIX, 0, matched);
            matched = 0;
        }
        out.close();
    }

    @Override
    public boolean isReady() {
        return out.isReady();
    }

    @Override
    public void setWriteListener(final WriteListener listener) {
        out.setWriteListener(listener);
    }

    /**
     * Masks what is written to a plain stream, for tests and for writers that are not servlet streams.
     *
     * @param target where the masked octets go
     * @return the masking stream
     */
    static MaskedOutput over(final OutputStream target) {
        return new MaskedOutput(new ServletOutputStream() {
            @Override
            public void write(final int octet) throws IOException {
                target.write(octet);
            }

            @Override
            public void write(final byte[] buffer, final int offset, final int length) throws IOException {
                target.write(buffer, offset, length);
            }

            @Override
            public void flush() throws IOException {
                target.flush();
            }

            @Override
            public void close() throws IOException {
                target.close();
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(final WriteListener listener) {
                throw new IllegalStateException("written synchronously");
            }
        });
    }
}
