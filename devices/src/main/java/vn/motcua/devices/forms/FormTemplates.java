package vn.motcua.devices.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and checks the form templates of one version: the bundled set
 * ({@code vn/motcua/devices/forms/{version}/{form}.json}) or a replacement set in a directory, so a changed
 * circular means new data, not new code. A template is checked when loaded: every value it names must be
 * one its form provides, every coded value needs its printed words, and blocks must be well formed.
 */
public final class FormTemplates {
    /** The Circular 03/2025 set as first issued. */
    public static final String CURRENT_VERSION = "v2025.1";
    private static final String BUNDLED_ROOT = "/vn/motcua/devices/forms/";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final String origin;
    private final TemplateSource source;
    private final Map<FormKind, FormTemplate> loaded = new ConcurrentHashMap<>();

    @FunctionalInterface
    private interface TemplateSource {
        /** The file's content; null when there is no such file. */
        InputStream open(String fileName) throws IOException;
    }

    private FormTemplates(String origin, TemplateSource source) {
        this.origin = origin;
        this.source = source;
    }

    public static FormTemplates bundled() {
        return bundled(CURRENT_VERSION);
    }

    public static FormTemplates bundled(String version) {
        Objects.requireNonNull(version, "version");
        String folder = BUNDLED_ROOT + version + "/";
        return new FormTemplates(version, name -> FormTemplates.class.getResourceAsStream(folder + name));
    }

    /** A replacement set: {@code mau-01.json} … and their fragments in one directory. */
    public static FormTemplates directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new FormTemplates(directory.toString(), name -> {
            try {
                return Files.newInputStream(directory.resolve(name));
            } catch (NoSuchFileException e) {
                return null;
            }
        });
    }

    /**
     * @throws FormTemplateException when the template is missing, unreadable or does not fit its form
     */
    public FormTemplate load(FormKind kind) {
        return loaded.computeIfAbsent(kind, this::read);
    }

    /** Loads every form's template, so a broken set is found at start-up rather than at the counter. */
    public void checkAll() {
        for (FormKind kind : FormKind.values()) {
            load(kind);
        }
    }

    private FormTemplate read(FormKind kind) {
        String file = kind.templateName() + ".json";
        String name = origin + "/" + file;
        FormTemplate parsed = parse(name, file, new TypeReference<FormTemplate>() { });
        FormTemplate template = parsed.withBlocks(expand(name, parsed.blocks()));
        List<String> problems = new TemplateCheck(kind, template).problems();
        if (!problems.isEmpty()) {
            throw new FormTemplateException(name, problems);
        }
        return template;
    }

    private List<TemplateBlock> expand(String name, List<TemplateBlock> blocks) {
        List<TemplateBlock> expanded = new ArrayList<>();
        for (TemplateBlock block : blocks) {
            if (block instanceof TemplateBlock.Include include) {
                List<TemplateBlock> fragment = parse(name, include.name() + ".json",
                        new TypeReference<List<TemplateBlock>>() { });
                if (fragment.stream().anyMatch(TemplateBlock.Include.class::isInstance)) {
                    throw new FormTemplateException(name, List.of("fragment " + include.name()
                            + " includes another fragment; fragments are one level deep"));
                }
                expanded.addAll(fragment);
            } else {
                expanded.add(block);
            }
        }
        return expanded;
    }

    private <T> T parse(String template, String file, TypeReference<T> type) {
        try (InputStream in = source.open(file)) {
            if (in == null) {
                throw new FormTemplateException(template, List.of("file " + file + " not found in " + origin));
            }
            T value = JSON.readValue(in, type);
            if (value == null) {
                throw new FormTemplateException(template, List.of(file + " is empty"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new FormTemplateException(template, file + ": " + e.getOriginalMessage() + locationOf(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read form template " + template + " (" + file + ")", e);
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
