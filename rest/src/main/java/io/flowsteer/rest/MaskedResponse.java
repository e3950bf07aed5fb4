/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletOutputStream;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A RESTCONF reply in which no secret is shown: whatever RESTCONF writes goes through {@link MaskedOutput}. A mask
 * is not as long as the sealed value it replaces, so the reply's length is left to the container (chunked).
 */
final class MaskedResponse extends HttpServletResponseWrapper {
    private @Nullable MaskedOutput output;
    private @Nullable PrintWriter writer;

    MaskedResponse(final HttpServletResponse response) {
        super(response);
    }

    @Override
    public synchronized ServletOutputStream getOutputStream() throws IOException {
        MaskedOutput current = output;
        if (current == null) {
            current = new MaskedOutput(super.getOutputStream());
            output = current;
        }
        return current;
    }

    @Override
    public synchronized PrintWriter getWriter() throws IOException {
        PrintWriter current = writer;
        if (current == null) {
            final String encoding = getCharacterEncoding();
            final Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            current = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            writer = current;
        }
        return current;
    }

    @Override
    public synchronized void flushBuffer() throws IOException {
        final PrintWriter current = writer;
        if (current != null) {
            current.flush();
        }
        super.flushBuffer();
    }

    @Override
    public void setContentLength(final int length) {
        // the masked reply may be shorter
    }

    @Override
    public void setContentLengthLong(final long length) {
        // the masked reply may be shorter
    }

    @Override
    public void setHeader(final String name, final String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(final String name, final String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(final String name, final int value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setIntHeader(name, value);
        }
    }
}
