/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Translation of configured rules (flowsteer-flowspec bindings) into the wire model of {@code io.flowsteer.api}:
 * the FSv1 (RFC 8955, RFC 8956) or FSv2 (draft-ietf-idr-fsv2-ip-basic) NLRI and the action communities, with the
 * semantic checks YANG cannot express (the datastore does not enforce {@code must} and {@code when}). Every problem
 * is a {@link io.flowsteer.impl.compile.RuleError} naming the rule and the field. The
 * {@link io.flowsteer.impl.compile.RuleCommitCohort} refuses a transaction that writes a rule with problems.
 */
@NonNullByDefault
package io.flowsteer.impl.compile;

import org.eclipse.jdt.annotation.NonNullByDefault;
