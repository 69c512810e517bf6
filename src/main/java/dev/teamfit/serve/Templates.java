package dev.teamfit.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The web app's pages from the templates the build compiled (src/main/jte, shared with the HTML reports):
 * jte's HTML escaping, on by default, is the only escaping they use.
 */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }

    /**
     * The CSP source of the pages' one inline style sheet ({@code layout/style.jte}), as its SHA-256 hash:
     * computed from the template itself, so that it follows the sheet when the sheet changes.
     */
    String styleHash() {
        String page = render("layout/style.jte", Map.of());
        int start = page.indexOf('>', page.indexOf("<style")) + 1;
        String sheet = page.substring(start, page.indexOf("</style>"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sheet.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
