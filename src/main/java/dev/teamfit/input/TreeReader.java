package dev.teamfit.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.teamfit.model.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.IOException;
import java.io.Reader;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a YAML or JSON file into a {@link Node} tree, refusing hostile input before it costs much:
 * the size is checked before parsing (a huge YAML scalar takes quadratic time in SnakeYAML), then
 * the encoding, nesting depth, duplicate keys, anchors, aliases and tags.
 */
public final class TreeReader {

    /** The default size limit of one project: 1 MiB. */
    public static final long DEFAULT_MAX_BYTES = 1L << 20;
    /** The deepest nesting a project may have. */
    public static final int MAX_DEPTH = 64;

    /** The two syntaxes a project file may use. */
    public enum Syntax {
        YAML, JSON;

        /** The syntax of a file, by its extension; YAML (a superset of JSON) when unknown. */
        public static Syntax of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".json") || name.endsWith(".jsonl") ? JSON : YAML;
        }

        /** The syntax of input without a name (stdin): JSON when it starts with {@code {}, else YAML. */
        public static Syntax ofContent(byte[] bytes) {
            int i = bom(bytes);
            while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
                i++;
            }
            return i < bytes.length && bytes[i] == '{' ? JSON : YAML;
        }
    }

    /** The most characters (code points) SnakeYAML reads in one document: its own default limit. */
    static final int YAML_CODE_POINTS = new LoaderOptions().getCodePointLimit();

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 16)
            .maxStringLength(1 << 20)
            .maxNumberLength(64)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final YAMLFactory YAML = new Strict(YAMLFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL));

    /**
     * Jackson's YAML parser, which reads a project in one pass over SnakeYAML's events, with each
     * token's event in view: Jackson reports aliases but not every anchor (none on a scalar) or tag
     * (none on a key), and a project file may hold neither.
     */
    private static final class Strict extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        Strict(com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new Events(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }
    }

    /** The YAML parser with the event behind its current token. */
    private static final class Events extends YAMLParser {
        Events(IOContext context, int features, int yamlFeatures, LoaderOptions options,
               com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
            super(context, features, yamlFeatures, options, codec, reader);
        }

        Event event() {
            return _lastEvent;
        }
    }

    private final long maxBytes;

    public TreeReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads and parses a file; its name in messages is {@code file}. */
    public Node read(Path path, String file) throws InvalidInputException, IOException {
        return parse(file, readBounded(path, file), Syntax.of(path.getFileName().toString()));
    }

    /** Reads at most the size limit, without trusting the size the file system reports. */
    public byte[] readBounded(Path path, String file) throws InvalidInputException, IOException {
        if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
            throw tooLarge(file, Files.size(path));
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(file, bytes.length);
            }
            return bytes;
        }
    }

    /** Reads a stream (stdin) up to the size limit; input over it is refused without reading the rest. */
    public byte[] readBounded(InputStream in, String file) throws InvalidInputException, IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(file, new Problem(null, "", "the input is over the limit of " + maxBytes
                    + " bytes. Split it, or raise the limit with --max-input-bytes."));
        }
        return bytes;
    }

    private InvalidInputException tooLarge(String file, long size) {
        return new InvalidInputException(file, new Problem(null, "",
                "the file is " + size + " bytes, over the limit of " + maxBytes
                        + " bytes. Split it, or raise the limit with --max-input-bytes."));
    }

    /** Parses one document of the given syntax from raw bytes. */
    public Node parse(String file, byte[] bytes, Syntax syntax) throws InvalidInputException {
        if (bytes.length > maxBytes) {
            throw tooLarge(file, bytes.length);
        }
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw new InvalidInputException(file, new Problem(null, "", "the file is empty. A project needs at least id, name and problem.kind."));
        }
        if (syntax == Syntax.YAML && text.length() > YAML_CODE_POINTS
                && text.codePointCount(0, text.length()) > YAML_CODE_POINTS) {
            // SnakeYAML would refuse it too, but only at the end, after scanning it all (minutes for long values).
            throw new InvalidInputException(file, new Problem(null, "", "the YAML document is over "
                    + YAML_CODE_POINTS + " characters, the most teamfit reads as YAML. Split it, or write it as JSON."));
        }
        Builder builder = new Builder();
        try (JsonParser parser = syntax == Syntax.JSON ? JSON.createParser(text) : YAML.createParser(new java.io.StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(file, new Problem(null, "",
                        "the file holds no project, only comments or blank lines."));
            }
            Node root = builder.value(parser, "", 1);
            if (builder.problems.isEmpty() && parser.nextToken() != null) {
                builder.problems.add(new Problem(location(parser.currentTokenLocation()), "",
                        "a second document or value follows the project. Put one project in each file."));
            }
            if (!builder.problems.isEmpty()) {
                throw new InvalidInputException(file, builder.problems);
            }
            return root;
        } catch (TooDeep e) {
            String path = e.path.length() <= 40 ? e.path : e.path.substring(0, 37) + "...";
            throw new InvalidInputException(file, new Problem(e.at, path,
                    "nesting is deeper than " + MAX_DEPTH + " levels; a project needs only a few."));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof org.yaml.snakeyaml.reader.ReaderException reader) {
                throw new InvalidInputException(file, new Problem(locate(text, reader.getPosition()), "",
                        String.format("the character U+%04X is not allowed in YAML; remove it.", reader.getCodePoint())));
            }
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                org.yaml.snakeyaml.error.Mark mark = yaml.getProblemMark();
                throw new InvalidInputException(file, new Problem(new Location(mark.getLine() + 1, mark.getColumn() + 1),
                        "", "not valid YAML: " + yaml.getProblem()));
            }
            throw new InvalidInputException(file, new Problem(location(e.getLocation()), "", syntaxMessage(e, syntax)));
        } catch (IOException e) {
            throw new InvalidInputException(file, new Problem(null, "", "cannot be read: " + e.getMessage()));
        }
    }

    /** The text of UTF-8 bytes, without a byte order mark; a problem at the first byte that is not UTF-8. */
    private static String decode(String file, byte[] bytes) throws InvalidInputException {
        int start = bom(bytes);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports what is not UTF-8
        if (!decoder.decode(in, out, true).isError() && !decoder.flush(out).isError()) {
            return out.flip().toString();
        }
        int offset = Math.min(in.position(), bytes.length - 1);
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        throw new InvalidInputException(file, new Problem(new Location(line, column), "", String.format(
                "the file is not valid UTF-8 (byte 0x%02X at offset %d). Save it as UTF-8.", bytes[offset] & 0xff, offset)));
    }

    /** The length of the UTF-8 byte order mark the bytes start with: 3, or 0 without one. */
    private static int bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3 : 0;
    }

    private static String syntaxMessage(JsonProcessingException e, Syntax syntax) {
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String first = excerpts(original.lines().findFirst().orElse(original).strip());
        if (first.contains("Duplicate field")) {
            return first;
        }
        if (first.contains("surrogate") && first.contains("field name")) {
            // Newer Jackson refuses half a surrogate pair in a key as it parses it: said as teamfit says it of a value.
            java.util.regex.Matcher code = SURROGATE_IN_KEY.matcher(first);
            return "a key holds an unpaired surrogate" + (code.find() ? " (\\u"
                    + code.group(1).toUpperCase(java.util.Locale.ROOT) + ")" : "")
                    + ", which is not a character; write the character itself, or a whole pair.";
        }
        return "not valid " + syntax + ": " + first;
    }

    private static final java.util.regex.Pattern SURROGATE_IN_KEY = java.util.regex.Pattern.compile(
            "surrogate in field name: 0x([0-9a-fA-F]{4})");

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']{16})[^']{4,}'");

    /**
     * The parser's message with what it quotes from the input cut short: an input that is not valid may
     * be anything (a token file a link pointed at), and a message is no place to show it.
     */
    static String excerpts(String message) {
        return Text.printable(QUOTED.matcher(message).replaceAll("'$1…'"));
    }

    /** The line and column of a character offset in the text. */
    private static Location locate(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(line, column);
    }

    static Location location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return null;
        }
        return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** Raised when nesting exceeds {@link #MAX_DEPTH}; it ends the parse at once. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Location at;
        final String path;

        TooDeep(Location at, String path) {
            super(null, null, false, false);
            this.at = at;
            this.path = path;
        }
    }

    /** Builds the tree from the token stream, collecting problems that need not stop the parse. */
    private static final class Builder {
        final List<Problem> problems = new ArrayList<>();
        Node value(JsonParser parser, String path, int depth) throws IOException {
            Location at = location(parser.currentTokenLocation());
            if (depth > MAX_DEPTH) {
                throw new TooDeep(at, path);
            }
            plainYaml(parser, at, path);
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return mapping(parser, path, depth, at);
                case START_ARRAY:
                    List<Node> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(value(parser, path + "[" + items.size() + "]", depth + 1));
                    }
                    return new Node.Sequence(items, at);
                case VALUE_STRING:
                    String text = parser.getText();
                    checkUnicode(text, at, path, "the value");
                    return new Node.Scalar(text, at);
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    try {
                        return new Node.Scalar(token == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue()
                                : parser.getDecimalValue(), at);
                    } catch (NumberFormatException | ArithmeticException e) {
                        problems.add(new Problem(at, path, "the number " + Binder.clip(parser.getText())
                                + " is out of range."));
                        return new Node.Scalar(null, at);
                    }
                case VALUE_TRUE:
                    return new Node.Scalar(Boolean.TRUE, at);
                case VALUE_FALSE:
                    return new Node.Scalar(Boolean.FALSE, at);
                case VALUE_NULL:
                    return new Node.Scalar(null, at);
                default:
                    problems.add(new Problem(at, path, "unsupported value (" + token + ")."));
                    return new Node.Scalar(null, at);
            }
        }

        /** Refuses what makes YAML more than plain data: anchors, aliases and tags. */
        private void plainYaml(JsonParser parser, Location at, String path) {
            if (!(parser instanceof Events events)) {
                return;
            }
            Event event = events.event();
            if (event instanceof AliasEvent alias) {
                problems.add(new Problem(at, path, "YAML aliases (*" + alias.getAnchor()
                        + ") are not supported. Write the value out in full."));
                return;
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                problems.add(new Problem(at, path, "YAML anchors (&" + node.getAnchor()
                        + ") are not supported. Write the value out in full."));
            }
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
            if (tag != null) {
                problems.add(new Problem(at, path, "YAML tags (" + tag + ") are not supported. Remove the tag."));
            }
        }

        /**
         * JSON's {@code \\uD800} escape can spell half of a surrogate pair on its own, which is no
         * character at all: refused, as text that is not UTF-8 is.
         */
        private void checkUnicode(String text, Location at, String path, String what) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    problems.add(new Problem(at, path, what + " holds an unpaired surrogate (\\u"
                            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                            + "), which is not a character; write the character itself, or a whole pair."));
                    return;
                }
            }
        }

        private Node mapping(JsonParser parser, String path, int depth, Location at) throws IOException {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = location(parser.currentTokenLocation());
                String childPath = path.isEmpty() ? key : path + "." + key;
                checkUnicode(key, keyAt, childPath, "the key");
                plainYaml(parser, keyAt, childPath);
                parser.nextToken();
                Node child = value(parser, childPath, depth + 1);
                Node.Entry previous = entries.get(key);
                if (previous != null) {
                    problems.add(new Problem(keyAt, childPath, "duplicate key; it first appears at line "
                            + (previous.keyAt() == null ? "?" : previous.keyAt().line()) + ". Keep only one."));
                } else {
                    entries.put(key, new Node.Entry(key, keyAt, child));
                }
            }
            return new Node.Mapping(entries, at);
        }

    }
}
