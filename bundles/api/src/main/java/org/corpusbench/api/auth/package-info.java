/**
 * Logging in: checking a user's credentials against the workbench's JAAS realm
 * ({@link org.corpusbench.api.auth.Authenticator}) and the roles the workbench grants
 * ({@link org.corpusbench.api.auth.CorpusRoles}).
 */
@Export
@Version("1.0.0")
package org.corpusbench.api.auth;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
