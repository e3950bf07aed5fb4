/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import javax.servlet.AsyncContext;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A request whose body is checked when RESTCONF first reads it. By then authentication has run, so a client that has
 * not logged in learns nothing from the checks. The body is read up to the limit; a larger one, or one the checks
 * refuse, is answered through the {@link GateResponse} and reading it fails, so RESTCONF does nothing with it.
 */
final class GatedRequest extends HttpServletRequestWrapper {
    /**
     * Decides on a body.
     */
    @FunctionalInterface
    interface BodyCheck {
        /**
         * Checks a body.
         *
         * @param body the whole body
         * @return the body to hand to RESTCONF, or the refusal
         */
        Verdict check(byte[] body);
    }

    /**
     * What the front door decided on a body.
     *
     * @param body the body RESTCONF reads: the one sent, or one with its secrets sealed
     * @param refusal the refusal, or null to let the request through
     */
    record Verdict(byte[] body, @Nullable Refusal refusal) {
        static Verdict pass(final byte[] body) {
            return new Verdict(body, null);
        }

        static Verdict refuse(final Refusal refusal) {
            return new Verdict(new byte[0], refusal);
        }
    }

    private final long limit;
    private final BodyCheck check;
    private final GateResponse response;
    private byte @Nullable [] body;
    private boolean refused;

    GatedRequest(final HttpServletRequest request, final long limit, final BodyCheck check,
            final GateResponse response) {
        super(request);
        this.limit = limit;
        this.check = check;
        this.response = response;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        // a refused body reads as a failure, so RESTCONF stops there and answers into the dropped reply
        return new CachedInput(checkedBody());
    }

    @Override
    public AsyncContext startAsync() {
        return new FinishingAsyncContext(super.startAsync(), response);
    }

    @Override
    public AsyncContext startAsync(final ServletRequest request, final ServletResponse reply) {
        return new FinishingAsyncContext(super.startAsync(request, reply), response);
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    private synchronized InputStream checkedBody() throws IOException {
        if (refused) {
            return new RefusedInput();
        }
        final byte[] known = body;
        if (known != null) {
            return new ByteArrayInputStream(known);
        }
        final ByteArrayOutputStream read = new ByteArrayOutputStream();
        final byte[] chunk = new byte[8192];
        try (InputStream in = super.getInputStream()) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                read.write(chunk, 0, n);
                if (read.size() > limit) {
                    refused = true;
                    Bodies.drain(in);
                    response.refuse(Refusal.tooBig(limit));
                    return new RefusedInput();
                }
            }
        }
        final Verdict verdict = check.check(read.toByteArray());
        final Refusal refusal = verdict.refusal();
        if (refusal != null) {
            refused = true;
            response.refuse(refusal);
            return new RefusedInput();
        }
        body = verdict.body();
        return new ByteArrayInputStream(verdict.body());
    }

    /**
     * A refused body: reading it fails, so RESTCONF does nothing with the request.
     */
    private static final class RefusedInput extends InputStream {
        @Override
        public int read() throws IOException {
            throw new IOException("the front door refused this request");
        }
    }

    /**
     * The checked body, handed to RESTCONF.
     */
    private static final class CachedInput extends ServletInputStream {
        private final InputStream in;

        CachedInput(final InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(final byte[] buffer, final int offset, final int length) throws IOException {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            try {
                return in.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(final ReadListener listener) {
            throw new IllegalStateException("the checked body is read synchronously");
        }
    }
}
