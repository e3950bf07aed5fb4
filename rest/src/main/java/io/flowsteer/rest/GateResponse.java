/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * The response RESTCONF writes into, with two duties of the front door.
 * <ul>
 *   <li>Once the front door has answered a request itself ({@link #refuse}), everything RESTCONF writes afterwards
 *       is dropped.</li>
 *   <li>For a write, a 500 reply is held back until RESTCONF has written it; if it is a change Flowsteer refused at
 *       commit ({@link CommitRefusals}), the client gets a 400 with Flowsteer's reason instead, otherwise the 500
 *       as it was.</li>
 * </ul>
 */
final class GateResponse extends HttpServletResponseWrapper {
    private static final int SERVER_ERROR = 500;

    private final boolean translate;
    private final boolean xml;
    private volatile boolean refused;
    private volatile boolean holding;
    private boolean finished;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();

    GateResponse(final HttpServletResponse response, final boolean translate, final boolean xml) {
        super(response);
        this.translate = translate;
        this.xml = xml;
    }

    /**
     * Answers the request with a refusal, unless the reply has started already.
     *
     * @param refusal the refusal
     * @throws IOException if the reply cannot be written
     */
    synchronized void refuse(final Refusal refusal) throws IOException {
        if (refused || super.isCommitted()) {
            return;
        }
        refused = true;
        write(refusal.status(), refusal.body(xml));
    }

    private void write(final int status, final byte[] body) throws IOException {
        final HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setStatus(status);
        response.setContentType(xml ? "application/yang-data+xml" : "application/yang-data+json");
        response.setContentLength(body.length);
        final OutputStream out = response.getOutputStream();
        out.write(body);
        out.flush();
    }

    /**
     * Sends a held reply, translated where it is a refusal at commit. Called when RESTCONF closes its output and,
     * for a request RESTCONF finished on the calling thread, after the filter chain returns.
     *
     * @throws IOException if the reply cannot be written
     */
    synchronized void finish() throws IOException {
        if (!holding || finished) {
            return;
        }
        finished = true;
        final byte[] body = held.toByteArray();
        final Refusal refusal = CommitRefusals.find(body);
        if (refusal != null) {
            write(refusal.status(), refusal.body(xml));
        } else {
            final HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setStatus(SERVER_ERROR);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.getOutputStream().flush();
        }
    }

    private synchronized boolean passing() {
        return !refused && !holding;
    }

    @Override
    public synchronized void setStatus(final int status) {
        if (refused) {
            return;
        }
        if (translate && status == SERVER_ERROR && !super.isCommitted()) {
            holding = true;
            return;
        }
        super.setStatus(status);
    }

    @Override
    @Deprecated
    public void setStatus(final int status, final String message) {
        setStatus(status);
    }

    @Override
    public void sendError(final int status) throws IOException {
        if (!refused) {
            super.sendError(status);
        }
    }

    @Override
    public void sendError(final int status, final String message) throws IOException {
        if (!refused) {
            super.sendError(status, message);
        }
    }

    @Override
    public void setContentLength(final int length) {
        if (passing()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(final long length) {
        if (passing()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setContentType(final String type) {
        if (!refused) {
            super.setContentType(type);
        }
    }

    @Override
    public void setHeader(final String name, final String value) {
        if (passing() || !"Content-Length".equalsIgnoreCase(name) && !refused) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(final String name, final String value) {
        if (passing() || !"Content-Length".equalsIgnoreCase(name) && !refused) {
            super.addHeader(name, value);
        }
    }

    @Override
    public synchronized ServletOutputStream getOutputStream() throws IOException {
        if (refused) {
            return new Capture(OutputStream.nullOutputStream(), false);
        }
        if (holding) {
            return new Capture(held, true);
        }
        return super.getOutputStream();
    }

    @Override
    public synchronized PrintWriter getWriter() throws IOException {
        if (refused || holding) {
            return new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return super.getWriter();
    }

    @Override
    public synchronized void flushBuffer() throws IOException {
        if (passing()) {
            super.flushBuffer();
        }
    }

    /**
     * Where RESTCONF's bytes go while they are held or dropped.
     */
    private final class Capture extends ServletOutputStream {
        private final OutputStream target;
        private final boolean finishOnClose;

        Capture(final OutputStream target, final boolean finishOnClose) {
            this.target = target;
            this.finishOnClose = finishOnClose;
        }

        @Override
        public void write(final int octet) throws IOException {
            synchronized (GateResponse.this) {
                target.write(octet);
            }
        }

        @Override
        public void write(final byte[] buffer, final int offset, final int length) throws IOException {
            synchronized (GateResponse.this) {
                target.write(buffer, offset, length);
            }
        }

        @Override
        public void close() throws IOException {
            if (finishOnClose) {
                finish();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(final WriteListener listener) {
            throw new IllegalStateException("held replies are written synchronously");
        }
    }
}
