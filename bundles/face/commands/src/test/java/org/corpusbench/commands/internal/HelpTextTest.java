package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.junit.jupiter.api.Test;

/** What {@code --help} shows: every command says what it does, shows itself in an example, and describes every option and argument. */
class HelpTextTest {

    @Test
    void everyCommandHasADescriptionAndAnExampleOfItself() throws Exception {
        List<Class<?>> commands = commands();
        assertTrue(commands.contains(RunCommand.class) && commands.size() >= 18, "found the commands: " + commands);
        for (Class<?> type : commands) {
            Command command = type.getAnnotation(Command.class);
            assertFalse(command.description().isBlank(), type.getSimpleName() + " has a description");
            String details = command.detailedDescription();
            String itself = "corpus:" + command.name();
            assertTrue(details.startsWith("Examples:\n") && details.lines().map(String::trim)
                    .anyMatch(line -> line.equals(itself) || line.startsWith(itself + " ")),
                    type.getSimpleName() + " shows an example of " + itself + " in its details: " + details);
        }
    }

    @Test
    void everyOptionAndArgumentIsDescribed() throws Exception {
        for (Class<?> type : commands()) {
            for (Class<?> level = type; level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    Option option = field.getAnnotation(Option.class);
                    Argument argument = field.getAnnotation(Argument.class);
                    String description = option != null ? option.description() : argument != null ? argument.description() : "x";
                    assertFalse(description.isBlank(), type.getSimpleName() + "." + field.getName() + " is described");
                }
            }
        }
    }

    /** Every class of the bundle's command package that Karaf would show as a command. */
    private static List<Class<?>> commands() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RunCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path folder = classes.resolve(RunCommand.class.getPackageName().replace('.', '/'));
        List<Class<?>> commands = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
                String simpleName = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(RunCommand.class.getPackageName() + "." + simpleName);
                if (type.isAnnotationPresent(Command.class)) {
                    commands.add(type);
                }
            }
        }
        return commands;
    }
}
