package dev.teamfit.cli;

import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Problem;
import dev.teamfit.input.SettingsReader;
import dev.teamfit.report.Format;

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
        FORMAT("format", SettingsReader.Kind.CHOICE, Arrays.stream(Format.values()).map(Format::id).toList(),
                "--format: the output format, where the command offers it"),
        FAIL_ON("fail-on", SettingsReader.Kind.CHOICE, Arrays.stream(FailOn.values()).map(FailOn::toString).toList(),
                "--fail-on: the least severe gap that makes assess, portfolio and compare exit 3"),
        STRICT("strict", SettingsReader.Kind.FLAG, List.of(), "--strict: an unknown skill is an error"),
        ADD_RULES("add-rules", SettingsReader.Kind.FOLDERS, List.of(),
                "--add-rules: rules folders added on top of the bundled rules (not from the working folder)");

        final String name;
        final SettingsReader.Kind kind;
        final List<String> choices;
        final String description;

        Key(String name, SettingsReader.Kind kind, List<String> choices, String description) {
            this.name = name;
            this.kind = kind;
            this.choices = choices;
            this.description = description;
        }

        /** The environment variable: {@code TEAMFIT_FAIL_ON}. */
        String variable() {
            return "TEAMFIT_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
        }

        SettingsReader.Key spec() {
            return new SettingsReader.Key(name, kind, choices);
        }
    }

    /**
     * A value in force and where it came from.
     *
     * @param value   a choice's id, "true" or "false", or the folders joined by the path separator
     * @param folders the folders of {@link Key#ADD_RULES}, else empty
     * @param origin  the environment variable, or {@code file:line:col}
     */
    record Setting(Key key, String value, List<Path> folders, String origin) {
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
                    Arrays.stream(Key.values()).map(Key::spec).toList());
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
            return folders(key, folders, origin);
        }
        return new Setting(key, String.valueOf(value.value()), List.of(), origin);
    }

    private static Optional<Setting> environment(Key key, String text, Context context, List<String> problems) {
        String variable = key.variable();
        switch (key.kind) {
            case CHOICE -> {
                if (key.choices.contains(text)) {
                    return Optional.of(new Setting(key, text, List.of(), variable));
                }
                problems.add(variable + ": '" + dev.teamfit.model.Text.printable(text) + "' is not allowed. Allowed: "
                        + String.join(", ", key.choices) + ".");
            }
            case FLAG -> {
                String flag = switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "1", "yes" -> "true";
                    case "false", "0", "no" -> "false";
                    default -> null;
                };
                if (flag != null) {
                    return Optional.of(new Setting(key, flag, List.of(), variable));
                }
                problems.add(variable + ": '" + dev.teamfit.model.Text.printable(text) + "' is not allowed. Allowed: "
                        + "true, false (or 1, 0).");
            }
            case FOLDERS -> {
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
                return Optional.of(folders(key, folders, variable));
            }
            default -> throw new IllegalStateException(key.kind.name());
        }
        return Optional.empty();
    }

    private static Setting folders(Key key, List<Path> folders, String origin) {
        return new Setting(key, String.join(File.pathSeparator, folders.stream().map(Path::toString).toList()),
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

    List<Source> sources() {
        return sources;
    }
}
