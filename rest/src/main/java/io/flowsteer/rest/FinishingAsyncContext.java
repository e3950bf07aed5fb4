/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.io.IOException;
import javax.servlet.AsyncContext;
import javax.servlet.AsyncListener;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asynchronous context RESTCONF completes its replies through. Jersey does not close the servlet output stream,
 * so completing the context is the moment a held reply ({@link GateResponse}) must go out.
 */
final class FinishingAsyncContext implements AsyncContext {
    private static final Logger LOG = LoggerFactory.getLogger(FinishingAsyncContext.class);

    private final AsyncContext delegate;
    private final GateResponse response;

    FinishingAsyncContext(final AsyncContext delegate, final GateResponse response) {
        this.delegate = delegate;
        this.response = response;
    }

    @Override
    public void complete() {
        try {
            response.finish();
        } catch (IOException e) {
            LOG.debug("A held RESTCONF reply could not be sent", e);
        } finally {
            delegate.complete();
        }
    }

    @Override
    public ServletRequest getRequest() {
        return delegate.getRequest();
    }

    @Override
    public ServletResponse getResponse() {
        return delegate.getResponse();
    }

    @Override
    public boolean hasOriginalRequestAndResponse() {
        return delegate.hasOriginalRequestAndResponse();
    }

    @Override
    public void dispatch() {
        delegate.dispatch();
    }

    @Override
    public void dispatch(final String path) {
        delegate.dispatch(path);
    }

    @Override
    public void dispatch(final ServletContext context, final String path) {
        delegate.dispatch(context, path);
    }

    @Override
    public void start(final Runnable run) {
        delegate.start(run);
    }

    @Override
    public void addListener(final AsyncListener listener) {
        delegate.addListener(listener);
    }

    @Override
    public void addListener(final AsyncListener listener, final ServletRequest request,
            final ServletResponse servletResponse) {
        delegate.addListener(listener, request, servletResponse);
    }

    @Override
    public <T extends AsyncListener> T createListener(final Class<T> type) throws ServletException {
        return delegate.createListener(type);
    }

    @Override
    public void setTimeout(final long timeout) {
        delegate.setTimeout(timeout);
    }

    @Override
    public long getTimeout() {
        return delegate.getTimeout();
    }
}
