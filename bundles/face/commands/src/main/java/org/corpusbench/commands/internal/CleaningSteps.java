package org.corpusbench.commands.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.NotFoundException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The cleaning steps and splitters registered now, and switching one on or off through its
 * configuration (Config Admin), which the step's component turns into its
 * {@link CleaningStep#ENABLED} property. A step's configuration PID comes from the DS runtime, so
 * hot-deployed steps of other bundles are switched the same way.
 */
final class CleaningSteps {
    /** How long to wait for a step to show its new setting. */
    private static final long SETTLE_MILLIS = 10_000;

    /**
     * A registered step or splitter.
     *
     * @param name its name
     * @param kind "step" or "splitter"
     * @param order where it runs
     * @param enabled whether imports use it
     * @param settings its other service properties
     * @param reference its service
     */
    record Step(String name, String kind, int order, boolean enabled, String settings, ServiceReference<?> reference) {
    }

    private final BundleContext context;

    CleaningSteps(BundleContext context) {
        this.context = context;
    }

    /** @return the steps in the order they run, then the splitters */
    List<Step> list() {
        List<Step> steps = new ArrayList<>();
        add(steps, CleaningStep.class, CleaningStep.NAME, "step");
        add(steps, DocumentSplitter.class, DocumentSplitter.NAME, "splitter");
        steps.sort(Comparator.comparing(Step::kind).reversed().thenComparingInt(Step::order).thenComparing(Step::name));
        return steps;
    }

    private void add(List<Step> steps, Class<?> type, String nameKey, String kind) {
        try {
            for (ServiceReference<?> reference : context.getServiceReferences(type.getName(), null)) {
                Object order = reference.getProperty(CleaningStep.ORDER);
                steps.add(new Step(String.valueOf(reference.getProperty(nameKey)), kind,
                        order instanceof Number number ? number.intValue() : 0, enabled(reference), settings(reference), reference));
            }
        } catch (InvalidSyntaxException | NullPointerException none) {
            // no filter is given, and getServiceReferences returns null when nothing is registered
        }
    }

    /**
     * Switches a step or splitter on or off and waits until its service shows it.
     *
     * @return the configuration PID that was changed
     * @throws NotFoundException if no step or splitter has that name
     */
    String switchTo(String name, boolean on, ConfigurationAdmin configurations, ServiceComponentRuntime runtime)
            throws IOException, InterruptedException {
        Step step = list().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("cleaning step", name));
        String pid = pid(step.reference(), runtime);
        Configuration configuration = configurations.getConfiguration(pid, "?");
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>() : configuration.getProperties();
        properties.put(CleaningStep.ENABLED, on);
        configuration.update(properties);
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (list().stream().anyMatch(s -> s.name().equals(name) && s.enabled() == on)) {
                return pid;
            }
            Thread.sleep(50);
        }
        throw new CorpusException("Cleaning step '" + name + "' did not take its new setting within "
                + SETTLE_MILLIS / 1000 + " s (configuration " + pid + ")");
    }

    private static String pid(ServiceReference<?> reference, ServiceComponentRuntime runtime) {
        Object component = reference.getProperty("component.name");
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(reference.getBundle())) {
            if (description.name.equals(component) && description.configurationPid.length > 0) {
                return description.configurationPid[0];
            }
        }
        throw new CorpusException("Cleaning step " + reference.getProperty(CleaningStep.NAME)
                + " is not a Declarative Services component with a configuration; it cannot be switched");
    }

    private static boolean enabled(ServiceReference<?> reference) {
        return !"false".equalsIgnoreCase(String.valueOf(reference.getProperty(CleaningStep.ENABLED)));
    }

    private static String settings(ServiceReference<?> reference) {
        Map<String, String> settings = new TreeMap<>();
        for (String key : reference.getPropertyKeys()) {
            if (!key.startsWith("service.") && !key.startsWith("component.") && !key.startsWith("osgi.") && !key.startsWith("felix.")
                    && !key.equals("objectClass") && !key.startsWith("corpus.")) {
                Object value = reference.getProperty(key);
                settings.put(key, value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value));
            }
        }
        return settings.toString();
    }
}
