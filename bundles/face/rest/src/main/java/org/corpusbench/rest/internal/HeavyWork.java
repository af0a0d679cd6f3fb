package org.corpusbench.rest.internal;

import javax.ws.rs.ServiceUnavailableException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The one {@link WorkGate} of the v1 API that every heavy request passes (analyses, exports, token
 * downloads, concordances, segmentation), so its bounds hold for all of them together.
 */
@Component(service = HeavyWork.class, configurationPid = RestApplication.CONFIGURATION_PID)
@Designate(ocd = RestSettings.class)
public final class HeavyWork {
    /** How long a refused client is asked to wait, by the gate and by a full job queue ({@link BusyErrors}). */
    static final long RETRY_AFTER_SECONDS = 5;

    private final WorkGate gate;

    /** The bounds of heavy work, as {@link RestSettings} describes them. */
    @interface Config {
        int heavy_concurrency() default 0;

        int heavy_queue() default 4;
    }

    @Activate
    public HeavyWork(Config config) {
        this(new WorkGate(config.heavy_concurrency() > 0 ? config.heavy_concurrency()
                : Runtime.getRuntime().availableProcessors(), Math.max(0, config.heavy_queue())));
    }

    HeavyWork(WorkGate gate) {
        this.gate = gate;
    }

    /**
     * @return a place among the heavy requests running now; close it when the work is done
     * @throws ServiceUnavailableException (503 with Retry-After) if too many wait already, or if
     *         interrupted while waiting
     */
    WorkGate.Permit enter() {
        try {
            return gate.enter().orElseThrow(() -> new ServiceUnavailableException(
                    "The server is busy with other large requests; try again in a few seconds", RETRY_AFTER_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("The server is stopping", RETRY_AFTER_SECONDS);
        }
    }
}
