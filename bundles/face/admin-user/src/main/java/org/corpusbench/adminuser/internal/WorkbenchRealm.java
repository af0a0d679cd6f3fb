package org.corpusbench.adminuser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.apache.karaf.jaas.modules.properties.PropertiesLoginModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The realm {@code karaf} that SSH, REST, JMX and the web console log in to, ranked above Karaf's
 * own so it replaces it: Karaf's modules with Karaf's current options, plus a throttle and the
 * upgrade of legacy hashes. In order:
 * <ol>
 * <li>Karaf's audit modules (file, log, Event Admin), so every attempt is audited, refused ones too;</li>
 * <li>{@link ThrottleLoginModule}, {@code REQUISITE}: waits out earlier failures or stops the login;</li>
 * <li>{@link LegacyPasswordUpgradeModule}: re-hashes a verified legacy entry;</li>
 * <li>Karaf's {@code PropertiesLoginModule} and {@code PublickeyLoginModule} as Karaf configures them.</li>
 * </ol>
 * Every module but the throttle is {@code OPTIONAL} and only the last two can make a login succeed.
 * The entries are taken from Karaf's realm at each login, so changes to {@code etc/org.apache.karaf.jaas.cfg}
 * apply at once; {@code jaas:realm-manage --realm karaf} manages Karaf's properties module here too.
 */
@Component(service = JaasRealm.class, property = WorkbenchRealm.MARKER + "=true", configurationPid = "org.corpusbench.security")
@Designate(ocd = WorkbenchRealm.Config.class)
public final class WorkbenchRealm implements JaasRealm {
    /** Service property marking this realm, so that it does not bind itself as Karaf's. */
    static final String MARKER = "org.corpusbench.realm";
    static final String NAME = "karaf";
    private static final String AUDIT_PACKAGE = "org.apache.karaf.jaas.modules.audit.";

    @ObjectClassDefinition(name = "Corpus Workbench: logging in",
            description = "Slows down repeated failed logins (SSH, REST, web console, JMX) per user and per client address")
    @interface Config {
        @AttributeDefinition(description = "Failures in a row that cost nothing")
        int free_failures() default 3;

        @AttributeDefinition(description = "Delay after the first costly failure, in milliseconds; it doubles with each further one")
        long first_delay_ms() default 1000;

        @AttributeDefinition(description = "Longest delay, in milliseconds; an attempt that would have to wait longer is refused at once")
        long max_delay_ms() default 30000;

        @AttributeDefinition(description = "Failures are forgotten after this many minutes without attempts")
        long forget_after_minutes() default 15;

        @AttributeDefinition(description = "Users and addresses tracked at most; the least recently seen idle one is dropped beyond")
        int max_keys() default 10000;

        @AttributeDefinition(description = "Attempts allowed to wait at once (each holds a thread); more are refused at once")
        int max_waiting() default 16;

        @AttributeDefinition(description = "Rank of this realm; Karaf's own realm 'karaf' has rank 0")
        int rank() default 100;
    }

    private final String bundleId;
    private final int rank;
    private final LoginThrottle throttle;
    /** Dynamic, so that Karaf's realm coming and going does not restart this one and lose the throttle's state. */
    @Reference(service = JaasRealm.class, target = "(!(" + MARKER + "=true))", cardinality = ReferenceCardinality.AT_LEAST_ONE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<JaasRealm> realms;

    /**
     * @param context this bundle, which the proxy loads the workbench's login modules from
     * @param config the throttle settings
     */
    @Activate
    public WorkbenchRealm(BundleContext context, Config config) {
        this.bundleId = Long.toString(context.getBundle().getBundleId());
        this.rank = config.rank();
        this.throttle = LoginThrottle.create(new LoginThrottle.Settings(config.free_failures(),
                TimeUnit.MILLISECONDS.toNanos(config.first_delay_ms()), TimeUnit.MILLISECONDS.toNanos(config.max_delay_ms()),
                TimeUnit.MINUTES.toNanos(config.forget_after_minutes()), config.max_keys(), config.max_waiting()));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return rank;
    }

    /** @return the entries, or none (every login fails) while Karaf's realm is missing */
    @Override
    public AppConfigurationEntry[] getEntries() {
        Optional<JaasRealm> karaf = realms.stream().filter(realm -> NAME.equals(realm.getName()) && realm.getRank() < rank)
                .max((a, b) -> Integer.compare(a.getRank(), b.getRank()));
        return karaf.map(realm -> entries(realm.getEntries(), bundleId, throttle)).orElse(new AppConfigurationEntry[0]);
    }

    /** @return the workbench's entries around Karaf's ({@code karafEntries}, as Karaf's realm gives them) */
    static AppConfigurationEntry[] entries(AppConfigurationEntry[] karafEntries, String bundleId, LoginThrottle throttle) {
        List<AppConfigurationEntry> audit = new ArrayList<>();
        List<AppConfigurationEntry> rest = new ArrayList<>();
        Map<String, ?> propertiesOptions = null;
        for (AppConfigurationEntry entry : karafEntries) {
            String module = String.valueOf(entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE));
            (module.startsWith(AUDIT_PACKAGE) ? audit : rest).add(entry);
            if (PropertiesLoginModule.class.getName().equals(module)) {
                propertiesOptions = entry.getOptions();
            }
        }
        List<AppConfigurationEntry> entries = new ArrayList<>(audit);
        entries.add(ours(ThrottleLoginModule.class, bundleId, LoginModuleControlFlag.REQUISITE, Map.of(ThrottleLoginModule.THROTTLE, throttle)));
        if (propertiesOptions != null) {
            Map<String, Object> upgradeOptions = new HashMap<>(propertiesOptions);
            Map<String, ?> engineOptions = new HashMap<>(propertiesOptions);
            upgradeOptions.put(LegacyPasswordUpgradeModule.UPGRADE, (LegacyPasswordUpgradeModule.Upgrade) (user, password) -> {
                BackingEngine engine = new PropertiesBackingEngineFactory().build(engineOptions);
                if (engine == null) {
                    throw new IllegalStateException("Karaf cannot open the users file " + engineOptions.get("users"));
                }
                engine.addUser(user, password);
            });
            entries.add(ours(LegacyPasswordUpgradeModule.class, bundleId, LoginModuleControlFlag.OPTIONAL, upgradeOptions));
        }
        entries.addAll(rest);
        return entries.toArray(new AppConfigurationEntry[0]);
    }

    private static AppConfigurationEntry ours(Class<?> module, String bundleId, LoginModuleControlFlag flag, Map<String, ?> extra) {
        Map<String, Object> options = new HashMap<>(extra);
        options.put(ProxyLoginModule.PROPERTY_MODULE, module.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, bundleId);
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(), flag, options);
    }
}
