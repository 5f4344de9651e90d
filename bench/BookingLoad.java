import java.net.CookieManager;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many candidates book the same slot at the same moment, as browsers would: each first opens their booking page (its
 * own cookies and CSRF token, not timed), then all POST at once. Prints one line of key=value results.
 *
 * java bench/BookingLoad.java http://localhost:8095 seed.txt
 */
public class BookingLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    record Candidate(String path, HttpClient client, String csrf) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        String slotId = lines.get(0).strip();
        List<String> paths = lines.subList(1, lines.size());
        List<Candidate> candidates = new ArrayList<>();
        for (String path : paths) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("booking page " + path + " answered " + page.statusCode());
            }
            candidates.add(new Candidate(path, client, token.group(1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(candidates.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> results = new ArrayList<>();
        for (Candidate candidate : candidates) {
            results.add(pool.submit(() -> {
                String form = "slotId=" + slotId + "&csrf-token=" + URLEncoder.encode(candidate.csrf(), StandardCharsets.UTF_8);
                HttpRequest post = HttpRequest.newBuilder(URI.create(base + candidate.path())).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                start.await();
                long began = System.nanoTime();
                HttpResponse<String> answer = candidate.client().send(post, HttpResponse.BodyHandlers.ofString());
                return new long[] { answer.statusCode(), System.nanoTime() - began };
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        Map<Long, Integer> statuses = new TreeMap<>();
        List<Long> millis = new ArrayList<>();
        for (Future<long[]> result : results) {
            long[] r = result.get(60, TimeUnit.SECONDS);
            statuses.merge(r[0], 1, Integer::sum);
            millis.add(TimeUnit.NANOSECONDS.toMillis(r[1]));
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        pool.shutdownNow();
        Collections.sort(millis);
        int booked = statuses.getOrDefault(303L, 0);
        int full = statuses.getOrDefault(409L, 0);
        int errors = millis.size() - booked - full;
        System.out.printf("requests=%d booked=%d full=%d errors=%d p50=%d p99=%d max=%d wall=%d%n", millis.size(), booked, full, errors,
                percentile(millis, 50), percentile(millis, 99), millis.get(millis.size() - 1), wall);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
