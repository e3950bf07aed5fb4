/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import com.google.gson.JsonElement;
import com.google.gson.stream.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.FlowsteerDevicesData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowsteerFlowspecData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.FlowsteerIndirectionData;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowsteerStatusData;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.codec.gson.JSONCodecFactory;
import org.opendaylight.yangtools.yang.data.codec.gson.JSONCodecFactorySupplier;
import org.opendaylight.yangtools.yang.data.codec.gson.JsonParserStream;
import org.opendaylight.yangtools.yang.data.impl.schema.ImmutableNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.impl.schema.NormalizationResultHolder;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time the front door spends checking one RESTCONF PATCH body of 1,000 flowspec rules (a destination prefix, an
 * ip-protocol term and a traffic-rate action each), the chunk a bulk load of 100,000 rules is written in, against
 * Flowsteer's real models. It covers what {@link RequestChecks#body} does: the JSON parse and the schema walk;
 * {@link #parseOnly} is the parse alone, so that the walk's share is the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BodyCheckBenchmark {
    private static final int RULES = 1_000;

    private RequestChecks checks;
    private ApiPath path;
    private byte[] body;
    private byte[] qualified;
    private JSONCodecFactory codecs;

    /**
     * Builds the schema context and the body.
     */
    @Setup
    public void setup() {
        final EffectiveModelContext context = BindingRuntimeHelpers.createEffectiveModel(
            FlowsteerFlowspecData.class, FlowsteerDevicesData.class, FlowsteerIndirectionData.class,
            FlowsteerStatusData.class);
        checks = new RequestChecks(new SchemaIndex(context));
        codecs = JSONCodecFactorySupplier.RFC7951.getShared(context);
        path = ApiPath.parse("data/flowsteer-flowspec:flowspec");
        final StringBuilder json = new StringBuilder("{\"flowsteer-flowspec:flowspec\":{\"rule\":[");
        for (int i = 0; i < RULES; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"r").append(i)
                .append("\",\"match\":{\"destination-prefix\":{\"prefix\":\"10.").append(i >> 14 & 0xff).append('.')
                .append(i >> 6 & 0xff).append('.').append((i & 0x3f) << 2).append("/30\"},")
                .append("\"ip-protocol\":{\"term\":[{\"id\":0,\"value\":17}]}},")
                .append("\"actions\":{\"traffic-rate-bytes\":{\"rate\":\"0\"}}}");
        }
        body = json.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
        final Refusal refusal = checks.body("PATCH", path, body);
        if (refusal != null) {
            throw new IllegalStateException("the benchmark body is refused: " + refusal.message());
        }
        qualified = checks.forRestconf("PATCH", path, body);
    }

    /**
     * Checks the 1,000-rule body as a PATCH of the flowspec container.
     *
     * @return the refusal, null for this body, so the work is not eliminated
     */
    @Benchmark
    public Refusal checkPatchBody() {
        return checks.body("PATCH", path, body);
    }

    /**
     * Parses the 1,000-rule body, as the check does before its walk.
     *
     * @return the parsed body, so the work is not eliminated
     * @throws IOException never, the body is well-formed
     */
    @Benchmark
    public JsonElement parseOnly() throws IOException {
        return RequestChecks.parse(body);
    }

    /**
     * Writes the checked body again with every member name qualified by its module.
     *
     * @return the body RESTCONF is handed
     */
    @Benchmark
    public byte[] qualifyNames() {
        return checks.forRestconf("PATCH", path, body);
    }

    /**
     * RESTCONF's parser reading the body as the client sent it.
     *
     * @return the data read
     * @throws IOException never, the body is well-formed
     */
    @Benchmark
    public NormalizedNode restconfParseAsSent() throws IOException {
        return restconfParse(body);
    }

    /**
     * RESTCONF's parser reading the body with qualified names.
     *
     * @return the data read
     * @throws IOException never, the body is well-formed
     */
    @Benchmark
    public NormalizedNode restconfParseQualified() throws IOException {
        return restconfParse(qualified);
    }

    private NormalizedNode restconfParse(final byte[] json) throws IOException {
        final NormalizationResultHolder result = new NormalizationResultHolder();
        try (JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(json),
                StandardCharsets.UTF_8))) {
            JsonParserStream.create(ImmutableNormalizedNodeStreamWriter.from(result), codecs).parse(reader);
        }
        return result.getResult().data();
    }
}
