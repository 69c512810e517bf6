package dev.teamfit.html;

import dev.teamfit.cli.CliRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the CLI for an HTML report and checks what every page must be: self-contained and accessible. */
final class HtmlPages {

    private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?:|//|url\\(|@import|javascript:|data:)");

    private HtmlPages() {
    }

    /** The page a successful run printed, parsed. */
    static Document render(String... args) {
        CliRunner.Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return Jsoup.parse(run.out());
    }

    /**
     * Nothing is fetched and nothing runs: no script, no element that loads a resource, no event handler,
     * no link or style that points outside the page.
     */
    static void assertSelfContained(Document page) {
        assertTrue(page.select("script, link, img, iframe, object, embed, audio, video, source, base, form, meta[http-equiv]")
                .isEmpty(), "no element that runs code or loads a resource");
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), "no event handler: " + e.tagName() + " " + key);
                if (key.equals("href") || key.equals("xlink:href")) {
                    assertTrue(a.getValue().startsWith("#"), "links stay in the page: " + a);
                }
                assertFalse(key.equals("src") || key.equals("srcset") || key.equals("action")
                        || key.equals("formaction") || key.equals("poster"), "nothing to fetch: " + a);
                if (key.equals("style")) {
                    assertFalse(EXTERNAL.matcher(a.getValue()).find(), "inline style fetches nothing: " + a);
                }
            }
        }
        for (Element style : page.select("style")) {
            assertFalse(EXTERNAL.matcher(style.data()).find(), "the style sheet fetches nothing");
        }
    }

    /** A language, a title, unique ids, tables with headers scoped to their rows or columns. */
    static void assertAccessible(Document page) {
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertFalse(page.title().isBlank(), "a title");
        assertEquals(1, page.select("h1").size(), "one h1");
        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            assertTrue(ids.add(e.id()), "ids are unique: " + e.id());
        }
        for (Element a : page.select("a[href]")) {
            assertTrue(ids.contains(a.attr("href").substring(1)), "a link to an element of the page: " + a);
        }
        for (Element th : page.select("th")) {
            String scope = th.attr("scope");
            boolean head = th.parent().parent().tagName().equals("thead");
            assertEquals(head ? "col" : "row", scope, "th scope: " + th);
        }
        for (Element table : page.select("table")) {
            assertFalse(table.select("thead th").isEmpty(), "a table with column headers");
        }
        // Drawings only repeat the text beside them: charts write their numbers out.
        for (Element svg : page.select("svg")) {
            assertEquals("true", svg.attr("aria-hidden"), "a drawing is hidden from screen readers: " + svg);
        }
        for (Element bar : page.select("ol.bars > li")) {
            assertFalse(bar.select(".label").text().isBlank() || bar.select(".value").text().isBlank(),
                    "a bar's label and numbers are text: " + bar);
        }
        assertEquals(1, page.select("main").size(), "one main landmark");
        assertTrue(page.select("body > *").stream().allMatch(e -> e.is("header, main, footer")),
                "everything is in a landmark: " + page.select("body > *").eachAttr("class"));
        for (Element region : page.select(".scroll")) {
            assertEquals("region", region.attr("role"));
            assertEquals("0", region.attr("tabindex"), "a scroll region can be scrolled from the keyboard");
            assertFalse(region.attr("aria-label").isBlank(), "a scroll region is named");
            assertEquals(1, region.select("table").size(), "a scroll region holds a table");
        }
        for (Element table : page.select("table")) {
            assertTrue(table.parent().hasClass("scroll"), "every table scrolls in its own region");
        }
        for (Element details : page.select("details")) {
            assertEquals("summary", details.child(0).tagName(), "details open with a summary");
        }
    }
}
