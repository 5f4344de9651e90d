package nl.werving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditMessages;
import nl.werving.automation.AutomationMessages;
import nl.werving.booking.BookingMessages;
import nl.werving.careers.CareersMessages;
import nl.werving.identity.IdentityMessages;
import nl.werving.identity.Roles;
import nl.werving.home.HomeMessages;
import nl.werving.interview.InterviewMessages;
import nl.werving.careers.JourneyMessages;
import nl.werving.mail.MailMessages;
import nl.werving.messaging.MessagingMessages;
import nl.werving.pipeline.PipelineMessages;
import nl.werving.privacy.PrivacyMessages;
import nl.werving.profile.MergeMessages;
import nl.werving.profile.ProfileMessages;
import nl.werving.profile.TagMessages;
import nl.werving.reference.ReferenceMessages;
import nl.werving.report.CalibrationMessages;
import nl.werving.report.ReportMessages;
import nl.werving.roleplay.RoleplayMessages;
import nl.werving.screening.ScreeningMessages;
import nl.werving.survey.SurveyMessages;
import nl.werving.vacancy.VacancyMessages;

/** Every text of every bundle renders in Dutch, English and French, and the three files have the same keys. */
@QuarkusTest
class MessagesTest {

    static final List<Class<?>> BUNDLES = List.of(WebMessages.class, IdentityMessages.class, VacancyMessages.class,
            CareersMessages.class, MailMessages.class, PipelineMessages.class, ProfileMessages.class, AuditMessages.class,
            InterviewMessages.class, RoleplayMessages.class, PrivacyMessages.class, ReferenceMessages.class,
            MergeMessages.class, HomeMessages.class, MessagingMessages.class, InterviewMessages.class, RoleplayMessages.class, PrivacyMessages.class, ReferenceMessages.class, TagMessages.class,
            ScreeningMessages.class, AutomationMessages.class, JourneyMessages.class, BookingMessages.class, CalibrationMessages.class,
            ReportMessages.class, SurveyMessages.class);
    static final List<String> LANGUAGES = List.of("nl", "en", "fr");

    static Stream<Arguments> bundlesAndLanguages() {
        return BUNDLES.stream().flatMap(bundle -> LANGUAGES.stream().map(language -> Arguments.of(bundle, language)));
    }

    static Stream<Class<?>> bundles() {
        return BUNDLES.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void rendersEveryMessage(Class<?> bundle, String language) throws Exception {
        Object messages = MessageBundles.get(bundle, Localized.Literal.of(language));
        for (Method method : bundle.getDeclaredMethods()) {
            for (Object[] args : sampleArguments(method)) {
                String text = (String) method.invoke(messages, args);
                assertFalse(text == null || text.isBlank(), method.getName() + " is empty in " + language);
                assertFalse(text.contains("{") || text.contains("}"), method.getName() + " has an unresolved expression: " + text);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void translationsHaveTheSameKeys(Class<?> bundle) throws IOException {
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Set<String> dutch = keys(name + "_nl");
        for (String language : List.of("en", "fr")) {
            assertEquals(dutch, keys(name + "_" + language), name + "_" + language + " differs from the Dutch keys");
        }
    }

    @Test
    void validationMessagesHaveTheSameKeysInEveryLanguage() throws IOException {
        Set<String> fallback = keys("/ValidationMessages");
        for (String language : LANGUAGES) {
            assertEquals(fallback, keys("/ValidationMessages_" + language), "ValidationMessages_" + language + " differs");
        }
    }

    private static Set<String> keys(String file) throws IOException {
        String path = file.startsWith("/") ? file + ".properties" : "/messages/" + file + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
            if (in == null) {
                fail("missing " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    /** One call per enum constant for enum parameters, a plausible value for the others. */
    private static List<Object[]> sampleArguments(Method method) {
        List<Object[]> calls = new ArrayList<>();
        calls.add(new Object[method.getParameterCount()]);
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            List<Object> values = type.isEnum() ? List.of(type.getEnumConstants())
                    : type == boolean.class ? List.of(true, false)
                    : "role".equals(parameters[i].getName()) ? List.copyOf(Roles.ALL)
                    : "type".equals(parameters[i].getName()) ? List.of("user", "vacancy", "candidate", "document", "application", "stage-template")
                    : List.of(sample(type));
            List<Object[]> expanded = new ArrayList<>();
            for (Object[] call : calls) {
                for (Object value : values) {
                    Object[] copy = call.clone();
                    copy[i] = value;
                    expanded.add(copy);
                }
            }
            calls = expanded;
        }
        return calls;
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "Voorbeeld";
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class) {
            return 10L;
        }
        if (type == List.class) {
            return List.of("Eerste.", "Tweede.");
        }
        throw new IllegalArgumentException("No sample for " + type);
    }
}
