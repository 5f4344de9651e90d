package nl.werving.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import io.quarkus.qute.EngineConfiguration;
import io.quarkus.qute.Expression;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.MultiResultNode;
import io.quarkus.qute.ResultNode;
import io.quarkus.qute.Scope;
import io.quarkus.qute.SectionHelper;
import io.quarkus.qute.SectionHelperFactory;
import io.quarkus.qute.SingleResultNode;

/**
 * Every form of our pages: {@code {#form action=str:concat('/app/vacancies/', vacancy.id, '/hold') class='d-inline'}…{/form}}.
 * The method defaults to post, and a post form always carries the CSRF token. The other attributes ({@link #OPTIONAL})
 * are written when given a value (true writes a bare one: {@code novalidate=true}); false, null or an empty value leaves
 * them out. Any other attribute is refused when the templates are built; a form that needs one adds it to the list.
 *
 * <p>A section rather than a user tag: a tag renders its content one level below the page's data, with the tag's
 * arguments in between, so every name the form's fields read from the page (the form's values, its errors, the vacancy)
 * was first looked for among the arguments, a lookup that fails only after asking each of Qute's value resolvers. The
 * apply form made forty of those per page. This section renders its content where it stands.
 */
@EngineConfiguration
public class FormSection implements SectionHelperFactory<FormSection.Helper> {

    /** The attributes a form may have besides method and action, in the order they are written. */
    static final List<String> OPTIONAL = List.of("class", "id", "role", "enctype", "novalidate", "aria-label", "aria-labelledby",
            "aria-describedby");

    private static final String CSRF_NAME = "csrf-parameter-name";
    private static final String CSRF_TOKEN = "csrf-token-value";
    private static final HtmlEscaper ESCAPER = new HtmlEscaper(List.of());
    private static final ResultNode CLOSING_TAG = new SingleResultNode("\n</form>");

    @Override
    public List<String> getDefaultAliases() {
        return List.of("form");
    }

    @Override
    public ParametersInfo getParameters() {
        return ParametersInfo.EMPTY;
    }

    @Override
    public Scope initializeBlock(Scope outerScope, BlockInfo block) {
        if (block.getLabel().equals(MAIN_BLOCK_NAME)) {
            if (!block.hasParameter("action")) {
                throw block.createParserError("{#form} needs an action");
            }
            for (Map.Entry<String, String> parameter : block.getParameters().entrySet()) {
                String name = parameter.getKey();
                if (!name.equals("action") && !name.equals("method") && !OPTIONAL.contains(name)) {
                    throw block.createParserError("{#form} does not write the attribute " + name + "; add it to FormSection");
                }
                block.addExpression(name, parameter.getValue());
            }
            block.addExpression(CSRF_NAME, "inject:csrf.parameterName");
            block.addExpression(CSRF_TOKEN, "inject:csrf.token");
        }
        return outerScope;
    }

    @Override
    public Helper initialize(SectionInitContext context) {
        Map<String, Expression> attributes = new LinkedHashMap<>();
        for (String name : context.getParameters().keySet()) {
            attributes.put(name, context.getExpression(name));
        }
        Map<String, Expression> csrf = Map.of(CSRF_NAME, context.getExpression(CSRF_NAME), CSRF_TOKEN,
                context.getExpression(CSRF_TOKEN));
        return new Helper(attributes, csrf);
    }

    /** One {@code {#form}} of a template. */
    static final class Helper implements SectionHelper {

        private final Map<String, Expression> attributes;
        private final Map<String, Expression> csrf;

        Helper(Map<String, Expression> attributes, Map<String, Expression> csrf) {
            this.attributes = attributes;
            this.csrf = csrf;
        }

        @Override
        public CompletionStage<ResultNode> resolve(SectionResolutionContext context) {
            return context.evaluate(attributes).thenCompose(values -> {
                boolean post = !values.containsKey("method") || "post".equals(String.valueOf(values.get("method")));
                CompletionStage<Map<String, Object>> token = post ? context.evaluate(csrf) : CompletableFuture.completedStage(Map.of());
                return token.thenCompose(tokens -> {
                    ResultNode openingTag = new SingleResultNode(openingTag(values, post, tokens));
                    return context.execute().thenApply(content -> {
                        @SuppressWarnings("unchecked")
                        Supplier<ResultNode>[] parts = new Supplier[] { () -> openingTag, () -> content, () -> CLOSING_TAG };
                        return new MultiResultNode(parts);
                    });
                });
            });
        }
    }

    /** {@code <form method="post" action="/…" class="…">} and, for a post form, the CSRF token's hidden field. */
    static String openingTag(Map<String, Object> values, boolean post, Map<String, Object> csrf) {
        StringBuilder html = new StringBuilder(160).append("<form method=\"").append(post ? "post" : escape(values.get("method")))
                .append("\" action=\"").append(escape(values.get("action"))).append('"');
        for (String name : OPTIONAL) {
            Object value = values.get(name);
            if (value == null || Boolean.FALSE.equals(value) || value.toString().isEmpty()) {
                continue;
            }
            html.append(' ').append(name);
            if (!Boolean.TRUE.equals(value)) {
                html.append("=\"").append(escape(value)).append('"');
            }
        }
        html.append('>');
        if (post) {
            html.append("\n  <input type=\"hidden\" name=\"").append(escape(csrf.get(CSRF_NAME))).append("\" value=\"")
                    .append(escape(csrf.get(CSRF_TOKEN))).append("\">");
        }
        return html.append('\n').toString();
    }

    private static String escape(Object value) {
        return ESCAPER.map(String.valueOf(value), null);
    }
}
