package nl.werving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of the main sources, drawn from their imports and fully qualified names (in code and in query strings,
 * not in comments), must not depend on each other in a circle: a feature builds on the ones below it. The packages are
 * read from the source tree, so a new or moved package is checked without touching this test.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java/nl/werving");

    /** {@code nl.werving.<package>.<Type>} or {@code nl.werving.<package>.*}; the package is everything before the type. */
    private static final Pattern REFERENCE = Pattern.compile("\\bnl\\.werving\\.((?:[a-z_][a-z0-9_]*\\.)*?[a-z_][a-z0-9_]*)\\.(?:[A-Z]|\\*)");

    /** The contract every feature implements for the export and the purge. */
    private static final String CONTRACT = "personaldata";

    /**
     * What {@code privacy} may build on: the contract, the shared infrastructure, and {@code candidate}, the data subject
     * whose consents, links and legal holds privacy manages. Everything else a feature holds reaches privacy through
     * its {@code PrivacyPart}.
     */
    private static final Set<String> PRIVACY_MAY_USE = Set.of(CONTRACT, "candidate", "web", "audit", "mail", "identity");

    /** Package → the packages it uses → the files that use them. */
    private static Map<String, Map<String, Set<String>>> graph;

    @BeforeAll
    static void readSources() {
        graph = dependencies(SOURCES);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        assertTrue(graph.size() > 5, "read the packages from " + SOURCES.toAbsolutePath());
        List<String> cycles = cycles(graph);
        assertTrue(cycles.isEmpty(), () -> "package cycles:\n" + String.join("\n", cycles));
    }

    @Test
    void privacyReachesFeaturesOnlyThroughTheContract() {
        Map<String, Set<String>> used = graph.getOrDefault("privacy", Map.of());
        assertFalse(used.isEmpty(), "privacy is read");
        Map<String, Set<String>> beyond = new TreeMap<>(used);
        beyond.keySet().removeAll(PRIVACY_MAY_USE);
        assertEquals(Map.of(), beyond, "privacy uses feature packages directly (package → files)");
    }

    @Test
    void theContractDependsOnNoOtherPackage() {
        assertTrue(graph.containsKey(CONTRACT), "the contract package exists");
        assertEquals(Map.of(), graph.get(CONTRACT), CONTRACT + " uses other packages (package → files)");
    }

    @Test
    void aCycleIsNamed() {
        Map<String, Map<String, Set<String>>> circle = new TreeMap<>(Map.of(
                "a", Map.of("b", Set.of("a/One.java")),
                "b", Map.of("c", Set.of("b/Two.java")),
                "c", Map.of("a", Set.of("c/Three.java")),
                "d", Map.of("a", Set.of("d/Four.java"))));
        assertEquals(List.of("a -> b (a/One.java) -> c (b/Two.java) -> a (c/Three.java)"), cycles(circle));
    }

    /** Reads every main source file and records, per package, which other packages it names and where. */
    static Map<String, Map<String, Set<String>>> dependencies(Path root) {
        Map<String, Map<String, Set<String>>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String from = packageOf(relative);
                Map<String, Set<String>> used = dependencies.computeIfAbsent(from, name -> new TreeMap<>());
                Matcher reference = REFERENCE.matcher(withoutComments(Files.readString(file)));
                while (reference.find()) {
                    String to = reference.group(1);
                    if (!to.equals(from)) {
                        used.computeIfAbsent(to, name -> new TreeSet<>()).add(relative);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies;
    }

    private static String packageOf(String relativeFile) {
        int slash = relativeFile.lastIndexOf('/');
        return slash < 0 ? "(nl.werving)" : relativeFile.substring(0, slash).replace('/', '.');
    }

    /** The source with its comments blanked out; string literals and text blocks (query strings) stay. */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? source.length() : end + 3;
                code.append(source, i, stop);
                i = stop;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != quote && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                int stop = Math.min(j + 1, source.length());
                code.append(source, i, stop);
                i = stop;
            } else {
                code.append(source.charAt(i++));
            }
        }
        return code.toString();
    }

    /**
     * One line per group of packages that reach each other (a strongly connected component), naming the shortest cycle
     * through its first package with the file behind each step.
     */
    static List<String> cycles(Map<String, Map<String, Set<String>>> graph) {
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : components(graph)) {
            if (component.size() > 1) {
                String start = component.iterator().next();
                List<String> path = shortestCycle(graph, component, start);
                StringBuilder line = new StringBuilder(start);
                for (int k = 1; k < path.size(); k++) {
                    String from = path.get(k - 1);
                    String to = path.get(k);
                    line.append(" -> ").append(to).append(" (").append(String.join(", ", graph.get(from).get(to))).append(')');
                }
                if (component.size() > path.size() - 1) {
                    line.append("; the same circle also takes in ").append(component.stream()
                            .filter(name -> !path.contains(name)).collect(Collectors.joining(", ")));
                }
                cycles.add(line.toString());
            }
        }
        return cycles;
    }

    /** Breadth first from {@code start} inside the component, back to {@code start}; the path starts and ends with it. */
    private static List<String> shortestCycle(Map<String, Map<String, Set<String>>> graph, Set<String> component, String start) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : new TreeSet<>(graph.getOrDefault(at, Map.of()).keySet())) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String step = at; !step.equals(start); step = cameFrom.get(step)) {
                        path.add(1, step);
                    }
                    path.add(start);
                    return path;
                }
                if (component.contains(next) && !cameFrom.containsKey(next)) {
                    cameFrom.put(next, at);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    /** Tarjan's strongly connected components, each sorted by name. */
    private static List<Set<String>> components(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        for (String node : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, components);
            }
        }
        return components;
    }

    private static void connect(String node, Map<String, Map<String, Set<String>>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Map.of()).keySet())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }
}
