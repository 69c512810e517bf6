package dev.teamfit.report;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;

import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * The HTML reports' templates (src/main/jte), compiled with the sources: jte's escaping of HTML, on by
 * default, is the only escaping the reports use. A page is one self-contained file: no script, no font,
 * no image or style fetched from anywhere, so it opens offline.
 */
final class Html {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Stands for a page's slot while its halves are rendered: a comment, which no escaped text can be. */
    private static final String SLOT = "<!--teamfit:slot-->";

    private Html() {
    }

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }

    static void render(String template, Map<String, Object> params, Writer out) {
        render(template, params, new WriterOutput(out));
    }

    static void render(String template, Map<String, Object> params, TemplateOutput out) {
        ENGINE.render(template, params, out);
    }

    /** A template as the value of another's {@link Content} parameter. */
    static Content content(String template, Map<String, Object> params) {
        return output -> ENGINE.render(template, params, output);
    }

    /** A template's output before and after its slot. */
    record Halves(String before, String after) {
    }

    /**
     * The output of a template either side of its {@link Content} parameter {@code slot}, for a page
     * written in pieces: what precedes the slot, then whatever is streamed into it, then what follows.
     * (jte templates must close every tag they open, so a page cannot be cut into two templates.)
     */
    static Halves split(String template, Map<String, Object> params, String slot) {
        Map<String, Object> all = new HashMap<>(params);
        all.put(slot, (Content) output -> output.writeContent(SLOT));
        String page = render(template, all);
        int at = page.indexOf(SLOT);
        return new Halves(page.substring(0, at), page.substring(at + SLOT.length()));
    }

    /** A fragment id from text such as a project id: anything but {@code [A-Za-z0-9._-]} becomes '-'. */
    static String anchor(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
