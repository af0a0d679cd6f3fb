package org.corpusbench.adminuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.junit.jupiter.api.Test;

class WorkbenchRealmTest {
    private static final String MODULES = "org.apache.karaf.jaas.modules.";
    private static final String PROPERTIES = MODULES + "properties.PropertiesLoginModule";

    /** The entries of Karaf 4.4.10's realm, as its {@code KarafRealm.getEntries()} makes them. */
    private static AppConfigurationEntry[] karafEntries() {
        return new AppConfigurationEntry[] {
            karaf(PROPERTIES, Map.of("users", "/karaf/etc/users.properties", "encryption.enabled", "true",
                    "encryption.name", "spring-security-crypto", "encryption.algorithm", "bcrypt")),
            karaf(MODULES + "publickey.PublickeyLoginModule", Map.of("users", "/karaf/etc/keys.properties")),
            karaf(MODULES + "audit.FileAuditLoginModule", Map.of("enabled", "true")),
            karaf(MODULES + "audit.LogAuditLoginModule", Map.of("enabled", "false")),
            karaf(MODULES + "audit.EventAdminAuditLoginModule", Map.of("enabled", "true")),
        };
    }

    @Test
    void auditsFirstThenThrottlesThenUpgradesThenLetsKarafsModulesDecide() {
        LoginThrottle throttle = LoginThrottle.create(new LoginThrottle.Settings(3, 1, 2, 3, 4, 5));
        AppConfigurationEntry[] karaf = karafEntries();

        AppConfigurationEntry[] entries = WorkbenchRealm.entries(karaf, "42", throttle);

        assertEquals(List.of("audit.FileAuditLoginModule", "audit.LogAuditLoginModule", "audit.EventAdminAuditLoginModule",
                ThrottleLoginModule.class.getName(), LegacyPasswordUpgradeModule.class.getName(),
                "properties.PropertiesLoginModule", "publickey.PublickeyLoginModule"),
                Arrays.stream(entries).map(entry -> ((String) entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE)).replace(MODULES, "")).toList());
        assertEquals(List.of(LoginModuleControlFlag.OPTIONAL, LoginModuleControlFlag.OPTIONAL, LoginModuleControlFlag.OPTIONAL,
                LoginModuleControlFlag.REQUISITE, LoginModuleControlFlag.OPTIONAL, LoginModuleControlFlag.OPTIONAL, LoginModuleControlFlag.OPTIONAL),
                Arrays.stream(entries).map(AppConfigurationEntry::getControlFlag).toList());
        for (AppConfigurationEntry entry : entries) {
            assertEquals(ProxyLoginModule.class.getName(), entry.getLoginModuleName());
        }
        assertSame(throttle, entries[3].getOptions().get(ThrottleLoginModule.THROTTLE));
        assertEquals("42", entries[3].getOptions().get(ProxyLoginModule.PROPERTY_BUNDLE));
        assertEquals("42", entries[4].getOptions().get(ProxyLoginModule.PROPERTY_BUNDLE));
        assertEquals("/karaf/etc/users.properties", entries[4].getOptions().get("users"), "the upgrade reads Karaf's users file");
        assertEquals("bcrypt", entries[4].getOptions().get("encryption.algorithm"));
        assertTrue(entries[4].getOptions().get(LegacyPasswordUpgradeModule.UPGRADE) instanceof LegacyPasswordUpgradeModule.Upgrade);
        assertSame(karaf[0], entries[5], "Karaf's own module with Karaf's own options, so jaas:* commands manage it");
    }

    private static AppConfigurationEntry karaf(String module, Map<String, String> options) {
        Map<String, String> all = new java.util.HashMap<>(options);
        all.put(ProxyLoginModule.PROPERTY_MODULE, module);
        all.put(ProxyLoginModule.PROPERTY_BUNDLE, "7");
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.OPTIONAL, all);
    }
}
