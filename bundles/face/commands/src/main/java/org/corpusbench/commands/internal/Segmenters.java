package org.corpusbench.commands.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Segmenter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The segmenter services registered now, by their {@link Segmenter#NAME}. */
final class Segmenters {

    private Segmenters() {
    }

    static List<String> names(BundleContext context) {
        List<String> names = new ArrayList<>();
        for (ServiceReference<Segmenter> reference : references(context, null)) {
            names.add(String.valueOf(reference.getProperty(Segmenter.NAME)));
        }
        names.sort(String::compareTo);
        return names;
    }

    /** @throws NotFoundException naming the segmenters there are */
    static Segmenter find(BundleContext context, String name) {
        Collection<ServiceReference<Segmenter>> found = references(context, "(" + Segmenter.NAME + "=" + name + ")");
        if (found.isEmpty() || name.matches(".*[()*\\\\].*")) {
            throw new NotFoundException("segmenter", name);
        }
        return context.getService(found.iterator().next());
    }

    private static Collection<ServiceReference<Segmenter>> references(BundleContext context, String filter) {
        try {
            return context.getServiceReferences(Segmenter.class, filter);
        } catch (InvalidSyntaxException e) {
            return List.of();
        }
    }
}
