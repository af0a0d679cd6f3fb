package org.corpusbench.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A Declarative Services component activated in a unit test as the DS runtime activates it with no
 * configuration: its properties read from the component description bnd generated
 * ({@code OSGI-INF/<name>.xml} on the class path), and its constructor given them as a {@code Map} and as
 * its component property types. So a test can compare the OSGi way of building a service with a plain-Java one.
 */
public final class DsComponents {
    private DsComponents() {
    }

    /**
     * @param component the component's class, whose name is its component name
     * @return its component properties as the description declares them (Integer, Boolean, String, String[])
     */
    public static Map<String, Object> properties(Class<?> component) {
        String resource = "/OSGI-INF/" + component.getName() + ".xml";
        try (InputStream in = component.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No component description " + resource + " on the class path");
            }
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("property");
            Map<String, Object> properties = new LinkedHashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element property = (Element) nodes.item(i);
                properties.put(property.getAttribute("name"), value(property));
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    /**
     * @param component the component's class, with one public constructor taking a {@code Map} of properties
     *        and component property types (annotations), in any order
     * @param properties its component properties
     * @return the component, constructed as DS constructs it
     */
    public static <T> T activate(Class<T> component, Map<String, Object> properties) {
        Constructor<?> constructor = component.getConstructors()[0];
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(type -> type == Map.class ? Map.copyOf(properties) : propertyType(type, properties)).toArray();
        try {
            return component.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A component property type reads the property named by its method: {@code _} for {@code .}, {@code __} for {@code _}. */
    private static Object propertyType(Class<?> type, Map<String, Object> properties) {
        if (!type.isAnnotation()) {
            throw new IllegalArgumentException("Not a component property type: " + type);
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            String key = method.getName().replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
            Object value = properties.get(key);
            return value != null ? value : method.getDefaultValue();
        });
    }

    private static Object value(Element property) {
        String type = property.hasAttribute("type") ? property.getAttribute("type") : "String";
        if (!property.hasAttribute("value")) { // an array: one value a line
            return property.getTextContent().lines().map(String::trim).filter(line -> !line.isEmpty()).toArray(String[]::new);
        }
        String value = property.getAttribute("value");
        return switch (type) {
            case "Integer" -> Integer.valueOf(value);
            case "Long" -> Long.valueOf(value);
            case "Boolean" -> Boolean.valueOf(value);
            case "String" -> value;
            default -> throw new IllegalArgumentException("Property type " + type + " is not read here");
        };
    }
}
