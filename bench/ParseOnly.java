import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;

/** The cold-start floor: a fresh JVM that only parses one project file with Jackson and prints it. */
public class ParseOnly {
    public static void main(String[] args) throws Exception {
        Object tree = new YAMLMapper().readTree(Files.readAllBytes(Path.of(args[0])));
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    }
}
