package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Reading the fields of a request, refusing with 422 and the field's name when one is missing or wrong. */
final class Fields {
    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,18}");

    private Fields() {
    }

    static boolean present(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank();
    }

    static String text(JsonNode node, String field) {
        return text(node, field, field);
    }

    static String text(JsonNode node, String field, String shownAs) {
        if (!present(node, field)) {
            throw Refusal.missing(shownAs);
        }
        return node.path(field).asText().strip();
    }

    static long number(JsonNode node, String field, long min, long max, String shownAs) {
        Long value = numberOrNull(node.path(field));
        if (value == null) {
            throw Refusal.missing(shownAs);
        }
        if (value < min || value > max) {
            throw Refusal.invalid(shownAs, shownAs + " phải từ " + min + " đến " + max);
        }
        return value;
    }

    static void optionalNumber(JsonNode node, String field, long min, long max) {
        if (!node.path(field).isMissingNode() && !node.path(field).isNull()) {
            number(node, field, min, max, field);
        }
    }

    static String stamp(JsonNode node, String field, String shownAs) {
        String value = text(node, field, shownAs);
        if (ProvinceTime.parse(value).isEmpty()) {
            throw Refusal.invalid(shownAs, shownAs + " phải có dạng yyyyMMddHHmmss");
        }
        return value;
    }

    private static Long numberOrNull(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        return value.isTextual() && DIGITS.matcher(value.asText().strip()).matches()
                ? Long.parseLong(value.asText().strip()) : null;
    }
}
