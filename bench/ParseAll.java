import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/** The batch floor: parse every project file of a folder (or every line of a .jsonl) on N threads. */
public class ParseAll {
    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        ObjectMapper yaml = new YAMLMapper();
        ObjectMapper json = new ObjectMapper();
        LongAdder nodes = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new java.util.ArrayList<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    futures.add(pool.submit(() -> {
                        nodes.add(yaml.readTree(Files.readAllBytes(file)).size());
                        return null;
                    }));
                }
            }
        } else {
            for (String line : Files.readAllLines(input)) {
                futures.add(pool.submit(() -> {
                    nodes.add(json.readTree(line).size());
                    return null;
                }));
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        System.out.println(futures.size() + " projects, " + nodes.sum() + " top-level keys");
    }
}
