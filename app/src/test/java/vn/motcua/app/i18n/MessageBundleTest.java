package vn.motcua.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.core.account.Role;
import vn.motcua.core.queue.QueuePosition;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.dossier.DossierStatus;

/**
 * JabRef-style bundle checks: both bundles have the same keys, every key the code uses exists, no key sits
 * unused. The app's and core's sources are scanned for string literals that look like keys (their first
 * segment is one the bundles use); keys made of a prefix and an enum constant's name count as used when
 * the prefix literal is in the sources and the enum is registered in {@link #ENUM_PREFIXES}. Literals shaped
 * like {@code x.error.y} are keys whatever their first segment, so a new core error is never left untranslated.
 */
class MessageBundleTest {
    private static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("dossierStatus.", DossierStatus.class),
            Map.entry("role.", Role.class),
            Map.entry("documentForm.", DocumentForm.class),
            Map.entry("syncConnection.", vn.motcua.core.sync.ConnectionState.class),
            Map.entry("ticketStatus.", TicketStatus.class),
            Map.entry("queuePosition.", QueuePosition.class),
            Map.entry("gender.", vn.motcua.core.citizen.Gender.class),
            Map.entry("processingTime.", vn.motcua.core.calendar.ProcessingTime.Unit.class),
            Map.entry("resultDelivery.", vn.motcua.core.dossier.ResultDelivery.class),
            Map.entry("resultSignature.", vn.motcua.core.dossier.ResultSignature.State.class),
            Map.entry("dossier.result.source.", vn.motcua.core.dossier.ResultFile.Source.class),
            Map.entry("scanProblem.", vn.motcua.core.scan.ScanBatchResult.Problem.class),
            Map.entry("syncDelivery.", vn.motcua.core.sync.DossierSyncState.Delivery.class),
            Map.entry("ratingLevel.", vn.motcua.core.rating.RatingLevel.class),
            Map.entry("ratingFlag.", vn.motcua.core.rating.RatingFlag.class),
            Map.entry("setup.page.", vn.motcua.app.setup.SetupViewModel.Page.class),
            Map.entry("setup.scannerKind.", vn.motcua.app.setup.SetupViewModel.ScannerKind.class),
            Map.entry("setup.ticketKind.", vn.motcua.devices.printer.PrinterKind.class));
    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"),
            Path.of("../devices/src/main/java"));
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z]\\w*(?:\\.\\w+)+\\.?|[A-Za-z]\\w*\\.");
    private static final Pattern MESSAGES_CALL = Pattern.compile("messages\\(?\\)?\\.(?:get|format|has)\\(\\s*\"([^\"]+)\"");
    /** Core reports problems as keys like {@code citizenId.error.wrongLength}: always bundle keys. */
    private static final Pattern ERROR_KEY = Pattern.compile("\\w+\\.error\\.\\w+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties vietnamese;
    private static Properties english;
    private static Set<String> namespaces;
    private static Set<String> literals;
    private static Set<String> messageCalls;

    @BeforeAll
    static void load() throws IOException {
        vietnamese = bundle("messages.properties");
        english = bundle("messages_en.properties");
        namespaces = Stream.concat(vietnamese.stringPropertyNames().stream(), english.stringPropertyNames().stream())
                .map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toCollection(TreeSet::new));
        literals = new TreeSet<>();
        messageCalls = new TreeSet<>();
        for (Path root : SOURCE_ROOTS) {
            assertThat(root).as("source root (tests run from the app module)").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher literal = STRING_LITERAL.matcher(source);
                    while (literal.find()) {
                        String text = literal.group(1);
                        if (KEY_LIKE.matcher(text).matches() && (namespaces.contains(namespaceOf(text))
                                || ERROR_KEY.matcher(text).matches())) {
                            literals.add(text);
                        }
                    }
                    Matcher call = MESSAGES_CALL.matcher(source);
                    while (call.find()) {
                        messageCalls.add(call.group(1));
                    }
                }
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String namespaceOf(String key) {
        return key.substring(0, key.indexOf('.') + 1);
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).as("keys missing in messages_en.properties")
                .containsAll(vietnamese.stringPropertyNames());
        assertThat(vietnamese.stringPropertyNames()).as("keys missing in messages.properties")
                .containsAll(english.stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        Set<String> used = new TreeSet<>(messageCalls);
        literals.stream().filter(l -> !l.endsWith(".")).forEach(used::add);
        assertThat(used).as("sanity: the scan finds keys of app and core").contains("login.title",
                "password.error.tooShort", "account.error.exists", "citizenId.error.wrongLength");
        Set<String> missingVi = new TreeSet<>(used);
        missingVi.removeAll(vietnamese.stringPropertyNames());
        Set<String> missingEn = new TreeSet<>(used);
        missingEn.removeAll(english.stringPropertyNames());
        assertThat(missingVi).as("keys used in code but missing in messages.properties").isEmpty();
        assertThat(missingEn).as("keys used in code but missing in messages_en.properties").isEmpty();
    }

    @Test
    void everyEnumWithMessageKeysHasAllItsKeys() {
        List<String> missing = new ArrayList<>();
        ENUM_PREFIXES.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = prefix + constant.name();
                if (!vietnamese.containsKey(key) || !english.containsKey(key)) {
                    missing.add(key);
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPrefixBuiltInCodeIsKnownToThisTest() {
        Set<String> prefixes = literals.stream().filter(l -> l.endsWith(".")).collect(Collectors.toSet());
        assertThat(ENUM_PREFIXES.keySet()).as("registered prefixes are used in code").isSubsetOf(prefixes);
        assertThat(prefixes).as("a key prefix in code that this test does not know (add it to ENUM_PREFIXES)")
                .isSubsetOf(ENUM_PREFIXES.keySet());
    }

    @Test
    void noKeyIsUnused() {
        Set<String> unused = new TreeSet<>(vietnamese.stringPropertyNames());
        unused.addAll(english.stringPropertyNames());
        unused.removeAll(literals);
        unused.removeAll(messageCalls);
        ENUM_PREFIXES.forEach((prefix, type) -> {
            if (literals.contains(prefix)) {
                Arrays.stream(type.getEnumConstants()).map(c -> prefix + c.name()).forEach(unused::remove);
            }
        });
        assertThat(unused).as("keys no code uses: delete them or use them").isEmpty();
    }

    @Test
    void placeholdersMatchAndEveryTextIsAValidMessageFormat() {
        List<String> problems = new ArrayList<>();
        for (String key : vietnamese.stringPropertyNames()) {
            String vi = vietnamese.getProperty(key);
            String en = english.getProperty(key, "");
            if (!placeholders(vi).equals(placeholders(en))) {
                problems.add(key + ": placeholders differ " + placeholders(vi) + " vs " + placeholders(en));
            }
            for (String text : List.of(vi, en)) {
                try {
                    new MessageFormat(text);
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage());
                }
                if (text.contains("'")) {
                    problems.add(key + ": ASCII apostrophe (MessageFormat would eat it; use ’)");
                }
                if (text.isBlank()) {
                    problems.add(key + ": empty");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void vietnameseIsTheDefaultWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.forLocale(Locale.forLanguageTag("vi-VN")).get("login.signIn")).isEqualTo("Đăng nhập");
            assertThat(Messages.forLocale(Locale.forLanguageTag("vi")).get("login.signIn")).isEqualTo("Đăng nhập");
            assertThat(Messages.forLocale(Locale.ENGLISH).get("login.signIn")).isEqualTo("Sign in");
            assertThat(Messages.forLocale(Locale.forLanguageTag("fr-FR")).get("login.signIn"))
                    .as("an unknown language falls back to the Vietnamese base bundle").isEqualTo("Đăng nhập");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void datesAreDayMonthYearAnd24HourInHanoiTime() {
        Messages messages = Messages.vietnamese();
        assertThat(messages.dateTime(LocalDateTime.of(2026, 2, 17, 15, 5))).isEqualTo("17/02/2026 15:05");
        assertThat(messages.date(LocalDateTime.of(2026, 2, 17, 15, 5).toLocalDate())).isEqualTo("17/02/2026");
        Instant utcEvening = Instant.parse("2026-12-31T18:30:00Z");
        assertThat(messages.time(utcEvening)).isEqualTo("01:30");
        assertThat(messages.dateTime(utcEvening)).isEqualTo("01/01/2027 01:30");
        assertThat(messages.format("common.counter", 12)).isEqualTo("Quầy số 12");
        assertThat(messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
