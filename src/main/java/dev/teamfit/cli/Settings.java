package dev.teamfit.cli;

import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Problem;
import dev.teamfit.input.SettingsReader;
import dev.teamfit.report.Format;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The defaults a user keeps for the options they always pass: from {@code teamfit.yaml} in the user
 * config folder, then {@code teamfit.yaml} in the working folder, then {@code TEAMFIT_*} environment
 * variables, each overriding the one before; the command line overrides them all.
 *
 * <p>Trust: a rules folder is code, and the working folder may be a client's. So only the user config
 * folder and the environment may add rules; a {@code teamfit.yaml} in the working folder that tries is an
 * error.
 */
final class Settings {

    /** The settings file's name, in the working folder and in the user config folder. */
    static final String FILE = "teamfit.yaml";

    /** A setting: its key in the file, its environment variable, and what it holds. */
    enum Key {
        FORMAT("format", SettingsReader.Kind.CHOICE, Arrays.stream(Format.values()).map(Format::id).toList()),
        FAIL_ON("fail-on", SettingsReader.Kind.CHOICE, Arrays.stream(FailOn.values()).map(FailOn::toString).toList()),
        STRICT("strict", SettingsReader.Kind.FLAG, List.of()),
        ADD_RULES("add-rules", SettingsReader.Kind.FOLDERS, List.of());

        final String name;
        final SettingsReader.Kind kind;
        final List<String> choices;

        Key(String name, SettingsReader.Kind kind, List<String> choices) {
            this.name = name;
            this.kind = kind;
            this.choices = choices;
        }

        /** The environment variable: {@code TEAMFIT_FAIL_ON}. */
        String variable() {
            return "TEAMFIT_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
        }
    }

    /**
     * A value in force and where it came from.
     *
     * @param value   a choice's id, "true" or "false", or the folders joined by the path separator
     * @param folders the folders of {@link Key#ADD_RULES}, else empty
     * @param origin  the environment variable, or {@code file:line:col}
     */
    record Setting(String value, List<Path> folders, String origin) {
    }

    /** A settings file looked for, and whether it was there. */
    record Source(Path file, String role, boolean found) {
    }

    /** No settings at all (a command line built outside {@link Cli#run}). */
    static final Settings NONE = new Settings(new EnumMap<>(Key.class), List.of());

    private final Map<Key, Setting> inForce;
    private final List<Source> sources;

    private Settings(Map<Key, Setting> inForce, List<Source> sources) {
        this.inForce = inForce;
        this.sources = List.copyOf(sources);
    }

    /** The user config file: {@code $XDG_CONFIG_HOME/teamfit/teamfit.yaml}, else {@code ~/.config/teamfit/teamfit.yaml}. */
    static Optional<Path> userFile(Context context) {
        String xdg = context.env().get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "teamfit", FILE));
        }
        return Optional.ofNullable(context.home()).map(home -> home.resolve(".config").resolve("teamfit").resolve(FILE));
    }

    /** Reads and checks every source; a problem in any is exit 2, all of them reported at once. */
    static Settings load(Context context) {
        Map<Key, Setting> inForce = new EnumMap<>(Key.class);
        List<Source> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Optional<Path> user = userFile(context);
        Path local = context.workingFolder().resolve(FILE).normalize();
        if (user.isPresent()) {
            read(user.get(), "user config", true, context, inForce, sources, problems);
        }
        if (user.isEmpty() || !same(user.get(), local)) {
            read(local, "working folder", false, context, inForce, sources, problems);
        }
        for (Key key : Key.values()) {
            String text = context.env().get(key.variable());
            if (text != null && !text.isEmpty()) {
                environment(key, text, context, problems).ifPresent(s -> inForce.put(key, s));
            }
        }
        if (!problems.isEmpty()) {
            throw TeamfitException.invalid(problems, null);
        }
        return new Settings(inForce, sources);
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.normalize().equals(b.normalize()) || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void read(Path file, String role, boolean mayAddRules, Context context, Map<Key, Setting> inForce,
                             List<Source> sources, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            sources.add(new Source(file, role, false));
            return;
        }
        sources.add(new Source(file, role, true));
        String name = file.toString();
        try {
            byte[] bytes = new dev.teamfit.input.TreeReader(SettingsReader.MAX_BYTES).readBounded(file, name);
            Map<String, SettingsReader.Value> values = SettingsReader.read(name, bytes,
                    Arrays.stream(Key.values()).map(k -> new SettingsReader.Key(k.name, k.kind, k.choices)).toList());
            List<Problem> fileProblems = new ArrayList<>();
            for (Key key : Key.values()) {
                SettingsReader.Value value = values.get(key.name);
                if (value == null) {
                    continue;
                }
                if (key == Key.ADD_RULES && !mayAddRules) {
                    fileProblems.add(new Problem(value.at(), key.name, "a " + FILE + " in the working folder may not add "
                            + "rules: a rules folder is code, and this folder may come from someone else. Set add-rules "
                            + "in " + userFile(context).map(Path::toString).orElse("the user config folder's " + FILE)
                            + " or in " + key.variable() + "."));
                    continue;
                }
                inForce.put(key, setting(key, value, file.getParent(), context, name, fileProblems));
            }
            if (!fileProblems.isEmpty()) {
                throw new InvalidInputException(name, fileProblems);
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.lines());
        } catch (IOException e) {
            problems.add(name + ": cannot be read: " + Output.describe(e) + ".");
        }
    }

    private static Setting setting(Key key, SettingsReader.Value value, Path base, Context context, String file,
                                   List<Problem> problems) {
        String origin = file + ":" + value.at();
        if (key.kind == SettingsReader.Kind.FOLDERS) {
            List<Path> folders = new ArrayList<>();
            for (Object item : (List<?>) value.value()) {
                SettingsReader.Value folder = (SettingsReader.Value) item;
                Path path = folder(context, base, (String) folder.value());
                if (!Files.isDirectory(path)) {
                    problems.add(new Problem(folder.at(), folder.key(), path + " is not a folder."));
                }
                folders.add(path);
            }
            return folders(folders, origin);
        }
        return new Setting(String.valueOf(value.value()), List.of(), origin);
    }

    private static Optional<Setting> environment(Key key, String text, Context context, List<String> problems) {
        String variable = key.variable();
        if (key.kind == SettingsReader.Kind.FOLDERS) {
            List<Path> folders = new ArrayList<>();
            for (String part : text.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
                if (part.isEmpty()) {
                    continue;
                }
                Path path = folder(context, context.workingFolder(), part);
                if (!Files.isDirectory(path)) {
                    problems.add(variable + ": " + path + " is not a folder. Give folders separated by '"
                            + File.pathSeparator + "'.");
                }
                folders.add(path);
            }
            return Optional.of(folders(folders, variable));
        }
        boolean flag = key.kind == SettingsReader.Kind.FLAG;
        String value = !flag ? (key.choices.contains(text) ? text : null) : switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> "true";
            case "false", "0", "no" -> "false";
            default -> null;
        };
        if (value == null) {
            problems.add(variable + ": '" + dev.teamfit.model.Text.printable(text) + "' is not allowed. Allowed: "
                    + (flag ? "true, false (or 1, 0)" : String.join(", ", key.choices)) + ".");
        }
        return Optional.ofNullable(value).map(v -> new Setting(v, List.of(), variable));
    }

    private static Setting folders(List<Path> folders, String origin) {
        return new Setting(String.join(File.pathSeparator, folders.stream().map(Path::toString).toList()),
                List.copyOf(folders), origin);
    }

    /** A folder as written: {@code ~/} is the home folder, and a relative path is relative to {@code base}. */
    private static Path folder(Context context, Path base, String text) {
        if ((text.equals("~") || text.startsWith("~/")) && context.home() != null) {
            return context.home().resolve(text.equals("~") ? "" : text.substring(2)).normalize();
        }
        return base.resolve(text).normalize();
    }

    /** The value in force of a key, if any source set it. */
    Optional<Setting> get(Key key) {
        return Optional.ofNullable(inForce.get(key));
    }

    /** The rules folders to add when the command line adds none. */
    List<Path> addRules() {
        return get(Key.ADD_RULES).map(Setting::folders).orElse(List.of());
    }

    /** The configured format, when the command offers it. */
    Optional<Format> format(List<Format> offered) {
        return get(Key.FORMAT).flatMap(s -> offered.stream().filter(f -> f.id().equals(s.value())).findFirst());
    }

    /**
     * The settings as picocli's defaults, for the options picocli fills in itself: {@code --fail-on},
     * {@code --strict}, and a {@code --format} with a closed list of values (explain, rules list) when the
     * setting is one of them. {@link FormatOption} and {@link RuleFolderOptions} consult the settings
     * themselves: a report's format also follows {@code --output}'s extension, and {@code --add-rules} is a list.
     */
    String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        Optional<String> value = switch (option.longestName()) {
            case "--fail-on" -> get(Key.FAIL_ON).map(Setting::value);
            case "--strict" -> get(Key.STRICT).map(Setting::value);
            case "--format" -> get(Key.FORMAT).map(Setting::value).filter(f -> option.completionCandidates() != null
                    && StreamSupport.stream(option.completionCandidates().spliterator(), false).anyMatch(f::equals));
            default -> Optional.empty();
        };
        return value.orElse(null);
    }

    List<Source> sources() {
        return sources;
    }
}
