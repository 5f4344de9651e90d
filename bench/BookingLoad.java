import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Many candidates book the same slot at the same moment, as browsers would: each first opens their booking page (its
 * own session cookies and CSRF token, not timed), then all POST at once, each with its candidate's cookies and token. The
 * POSTs go out from curl, which opens a connection for each: every answer's time includes its TCP connect, in a burst of
 * 200. Then the same burst of requests for a static file, the floor this machine sets. Needs curl 7.68 or later
 * (--parallel-immediate). Prints one line of key=value results.
 *
 * java bench/BookingLoad.java http://localhost:8095 seed.txt
 */
public class BookingLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    record Candidate(String path, String cookies, String csrf) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        String slotId = lines.get(0).strip();
        List<String> paths = lines.subList(1, lines.size());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        // The pages only hand out each candidate's cookies and CSRF token; they are fetched side by side to save time.
        List<CompletableFuture<HttpResponse<String>>> pages = paths.stream().map(path -> client.sendAsync(HttpRequest
                .newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            HttpResponse<String> page = pages.get(i).get(60, TimeUnit.SECONDS);
            Matcher token = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("booking page " + paths.get(i) + " answered " + page.statusCode());
            }
            String cookies = page.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                    .collect(Collectors.joining("; "));
            candidates.add(new Candidate(paths.get(i), cookies, token.group(1)));
        }
        // The POSTs go out from curl, all at once on connections of their own: one event loop in C takes far less of the
        // machine than two hundred Java threads, so the times measured are the server's.
        List<String> bookings = candidates.stream().map(candidate -> "url = \"" + base + candidate.path() + "\"\n"
                + "header = \"Cookie: " + candidate.cookies() + "\"\n"
                + "data = \"slotId=" + slotId + "&csrf-token=" + URLEncoder.encode(candidate.csrf(), StandardCharsets.UTF_8)
                + "\"\n").toList();
        Burst booking = burst(bookings);
        // The floor on this machine: the same burst of requests for a static file of a few hundred bytes (the logo).
        Burst trivial = burst(candidates.stream().map(candidate -> "url = \"" + base + "/img/werving.svg\"\n").toList());

        int booked = booking.statuses().getOrDefault(303L, 0);
        int full = booking.statuses().getOrDefault(409L, 0);
        int errors = booking.millis().size() - booked - full;
        System.out.printf("requests=%d booked=%d full=%d errors=%d p50=%d p99=%d max=%d wall=%d trivial_p50=%d trivial_p99=%d%n",
                booking.millis().size(), booked, full, errors, booking.percentile(50), booking.percentile(99),
                booking.percentile(100), booking.wall(), trivial.percentile(50), trivial.percentile(99));
    }

    record Burst(Map<Long, Integer> statuses, List<Long> millis, long wall) {

        long percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * millis.size()) - 1;
            return millis.get(Math.max(0, index));
        }
    }

    /** Sends every transfer at once with curl; each answer's status and time (from its connection's start). */
    private static Burst burst(List<String> transfers) throws Exception {
        Path config = Files.createTempFile("burst", ".curl");
        Files.writeString(config, transfers.stream().map(transfer -> transfer
                + "output = /dev/null\nwrite-out = \"%{http_code} %{time_total}\\n\"\nmax-time = 30\n")
                .collect(Collectors.joining("next\n")));
        long began = System.nanoTime();
        Process curl = new ProcessBuilder("curl", "-s", "--parallel", "--parallel-immediate", "--parallel-max",
                String.valueOf(transfers.size()), "-K", config.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> answers = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!curl.waitFor(60, TimeUnit.SECONDS) || curl.exitValue() != 0 || answers.size() != transfers.size()) {
            throw new IllegalStateException("curl answered " + answers.size() + " of " + transfers.size() + " requests");
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        Files.delete(config);
        Map<Long, Integer> statuses = new TreeMap<>();
        List<Long> millis = new ArrayList<>();
        for (String answer : answers) {
            String[] parts = answer.split(" ");
            statuses.merge(Long.parseLong(parts[0]), 1, Integer::sum);
            millis.add(Math.round(Double.parseDouble(parts[1]) * 1000));
        }
        Collections.sort(millis);
        return new Burst(statuses, millis, wall);
    }
}
