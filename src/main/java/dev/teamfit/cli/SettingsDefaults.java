package dev.teamfit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The user's settings as picocli's defaults, for the options picocli fills in itself: {@code --fail-on},
 * {@code --strict}, and a {@code --format} with a closed list of values (explain, rules list) when the
 * setting is one of them. {@link FormatOption} and {@link RuleFolderOptions} consult the settings
 * themselves: a report's format also follows {@code --output}'s extension, and {@code --add-rules} is a list.
 */
final class SettingsDefaults implements CommandLine.IDefaultValueProvider {

    private final Settings settings;

    SettingsDefaults(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        return switch (option.longestName()) {
            case "--fail-on" -> settings.get(Settings.Key.FAIL_ON).map(Settings.Setting::value).orElse(null);
            case "--strict" -> settings.get(Settings.Key.STRICT).map(Settings.Setting::value).orElse(null);
            case "--format" -> option.completionCandidates() == null ? null
                    : settings.get(Settings.Key.FORMAT).map(Settings.Setting::value)
                    .filter(f -> contains(option.completionCandidates(), f)).orElse(null);
            default -> null;
        };
    }

    private static boolean contains(Iterable<String> candidates, String value) {
        for (String candidate : candidates) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "teamfit's settings";
    }
}
