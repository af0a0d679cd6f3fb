package org.corpusbench.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The folders that a user's paths must lie in, such as the import roots and the export roots.
 * A path is judged by its real location, after following symbolic links and resolving
 * {@code ..}, so neither can lead outside; folders that must never be reached (Karaf's
 * {@code etc}, {@code system}, {@code deploy}) stay out even when a root contains them. Roots are
 * resolved at each check: a root created or relinked after start counts as it is then.
 * Messages name paths relative to their root, never the server's absolute folders.
 * Immutable and thread-safe.
 */
public final class FolderRoots {
    private final String purpose;
    private final List<Path> roots;
    private final List<Path> forbidden;

    /**
     * @param purpose what the roots are for, in messages: "import" or "export"
     * @param roots the folders, in order of preference (a relative path is taken inside the first)
     * @param forbidden folders never reached, even inside a root
     */
    public FolderRoots(String purpose, List<Path> roots, List<Path> forbidden) {
        this.purpose = purpose;
        this.roots = List.copyOf(roots);
        this.forbidden = List.copyOf(forbidden);
    }

    /**
     * Roots as configured for a Karaf container: {@code ${karaf.home}}, {@code ${karaf.base}},
     * {@code ${karaf.data}}, {@code ${karaf.etc}} and {@code ${user.home}} are replaced, and Karaf's {@code etc},
     * {@code system}, {@code deploy}, {@code bin} and {@code lib} folders and the corpus store
     * ({@code ${karaf.data}/corpora}) are forbidden: they hold users, permissions, code and corpora.
     *
     * @param purpose "import" or "export"
     * @param configured the configured roots
     * @param property Karaf's framework properties ({@code karaf.home}, {@code karaf.data}, ...)
     * @return the roots
     */
    public static FolderRoots forKaraf(String purpose, List<String> configured, java.util.function.UnaryOperator<String> property) {
        String home = property.apply("karaf.home");
        String base = Optional.ofNullable(property.apply("karaf.base")).orElse(home);
        String data = property.apply("karaf.data");
        String etc = Optional.ofNullable(property.apply("karaf.etc")).orElse(home + "/etc");
        List<Path> roots = configured.stream().map(root -> Path.of(root.replace("${karaf.home}", home)
                .replace("${karaf.base}", base).replace("${karaf.data}", data).replace("${karaf.etc}", etc)
                .replace("${user.home}", String.valueOf(property.apply("user.home"))))).toList();
        List<Path> forbidden = new ArrayList<>(List.of(Path.of(etc), Path.of(data, "corpora")));
        for (String folder : List.of("system", "deploy", "bin", "lib", "etc")) {
            forbidden.add(Path.of(home, folder));
            forbidden.add(Path.of(base, folder));
        }
        return new FolderRoots(purpose, roots, forbidden);
    }

    /**
     * @param requested a file or folder to read, absolute or relative to the first root
     * @return its real path
     * @throws CorpusException if it does not exist, lies outside every root or in a forbidden folder
     */
    public Path existing(String requested) {
        Path real;
        try {
            real = place(requested).toRealPath();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new CorpusException("Cannot read '" + requested + "': no such file or folder in the " + purpose + " roots");
        }
        return inside(requested, real);
    }

    /**
     * @param requested a file to write, absolute or relative to the first root; its folder must exist
     * @return where to write it: the real folder with the file's name
     * @throws CorpusException if its folder does not exist, or it lies outside every root or in a forbidden folder
     */
    public Path writable(String requested) {
        Path target = place(requested);
        Path folder = target.getParent();
        if (folder == null || target.getFileName() == null) {
            throw new CorpusException("Cannot write '" + requested + "': give a file name");
        }
        Path real;
        try {
            real = Files.isSymbolicLink(target) || Files.exists(target) ? target.toRealPath()
                    : folder.toRealPath().resolve(target.getFileName());
        } catch (IOException e) {
            throw new CorpusException("Cannot write '" + requested + "': its folder does not exist in the " + purpose + " roots");
        }
        if (Files.isDirectory(real)) {
            throw new CorpusException("Cannot write '" + requested + "': it is a folder");
        }
        return inside(requested, real);
    }

    /** @return the first root as configured (where relative names go), if any */
    public Optional<Path> firstRoot() {
        return roots.stream().findFirst();
    }

    /** @return the path as a user should see it: its root's name and the path inside it, such as {@code export/a.csv} */
    public String describe(Path path) {
        for (Path root : existingRoots()) {
            if (path.startsWith(root)) {
                Path name = root.getFileName();
                String inside = root.relativize(path).toString().replace('\\', '/');
                String rootName = name == null ? "" : name.toString();
                return inside.isEmpty() ? rootName : rootName.isEmpty() ? inside : rootName + "/" + inside;
            }
        }
        return Optional.ofNullable(path.getFileName()).map(Path::toString).orElse("");
    }

    private Path place(String requested) {
        if (requested == null || requested.isBlank() || requested.chars().anyMatch(Character::isISOControl)) {
            throw new CorpusException("Give a path in the " + purpose + " roots, not '" + requested + "'");
        }
        Path path = Path.of(requested);
        Path placed = path.isAbsolute() || roots.isEmpty() ? path.toAbsolutePath().normalize()
                : roots.get(0).resolve(path).toAbsolutePath().normalize();
        // judged by its name first, so that nothing outside the roots is even looked at (its
        // existence is not revealed, and no network path is touched); by its real path after
        boolean named = roots.stream().map(root -> root.toAbsolutePath().normalize()).anyMatch(placed::startsWith)
                || existingRoots().stream().anyMatch(placed::startsWith);
        if (!named) {
            throw outside(requested);
        }
        return placed;
    }

    private CorpusException outside(String requested) {
        List<Path> existing = existingRoots();
        return new CorpusException("'" + requested + "' is outside the " + purpose + " roots ("
                + (existing.isEmpty() ? "none exist" : existing.stream().map(this::describe).collect(Collectors.joining(", ")))
                + "); give a path inside one, or a name relative to the first");
    }

    private Path inside(String requested, Path real) {
        List<Path> existing = existingRoots();
        boolean allowed = existing.stream().anyMatch(real::startsWith) && realForbidden().stream().noneMatch(real::startsWith);
        if (!allowed) {
            throw outside(requested);
        }
        return real;
    }

    private List<Path> existingRoots() {
        return realPaths(roots);
    }

    private List<Path> realForbidden() {
        return realPaths(forbidden);
    }

    private static List<Path> realPaths(List<Path> paths) {
        List<Path> real = new ArrayList<>();
        for (Path path : paths) {
            try {
                real.add(path.toRealPath());
            } catch (IOException e) {
                // not there (yet): admits or forbids nothing
            }
        }
        return real;
    }
}
