package nl.werving.inbox;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of an HTML mail: markup, scripts and styles gone, line breaks where blocks end. Never shown as HTML. */
final class HtmlText {

    private static final Pattern HIDDEN = Pattern.compile("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("<br\\b[^>]*>|</(p|div|li|tr|h[1-6]|blockquote|table)\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "nbsp", " ", "euro", "€");

    private HtmlText() {
    }

    static String toPlainText(String html) {
        String text = HIDDEN.matcher(html).replaceAll(" ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = unescape(text);
        return text.replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String unescape(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = matcher.group();
            if (name.startsWith("#")) {
                int codePoint = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                if (Character.isValidCodePoint(codePoint)) {
                    replacement = new String(Character.toChars(codePoint));
                }
            } else if (NAMED.containsKey(name.toLowerCase(java.util.Locale.ROOT))) {
                replacement = NAMED.get(name.toLowerCase(java.util.Locale.ROOT));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
